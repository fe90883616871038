using JourneyStudio.Web.Feedback.Components.Evidence;

namespace JourneyStudio.Web.Tests.Feedback;

public class CoalescedRefreshTests
{
    [Fact]
    public async Task A_burst_of_notices_reads_again_once_and_a_later_notice_reads_again()
    {
        var refresh = new CoalescedRefresh(TimeSpan.FromMilliseconds(100));
        var reads = 0;
        var read = new TaskCompletionSource();
        Task Dispatch(Func<Task> work) => work();
        Task Read()
        {
            Interlocked.Increment(ref reads);
            read.TrySetResult();
            return Task.CompletedTask;
        }

        for (var batch = 0; batch < 50; batch++) refresh.Request(Dispatch, Read);
        await read.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, reads);

        read = new TaskCompletionSource();
        refresh.Request(Dispatch, Read);
        await read.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, reads);
    }
}
