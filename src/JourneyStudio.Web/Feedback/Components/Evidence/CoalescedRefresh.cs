namespace JourneyStudio.Web.Feedback.Components.Evidence;

/// <summary>
/// A refresh asked for by every notice but run at most once per <paramref name="interval"/>: a running import
/// announces each batch, and a page that re-read on each would query the database many times a second. Requests
/// that come while one is pending join it; the refresh runs after the interval, so it sees what they announced.
/// </summary>
public sealed class CoalescedRefresh(TimeSpan interval)
{
    private int pending;

    /// <param name="dispatch">The component's <c>InvokeAsync</c>, so the refresh runs on its renderer.</param>
    /// <param name="refresh">Reads again and renders.</param>
    public void Request(Func<Func<Task>, Task> dispatch, Func<Task> refresh)
    {
        if (Interlocked.Exchange(ref pending, 1) == 1) return;
        _ = dispatch(async () =>
        {
            await Task.Delay(interval);
            Volatile.Write(ref pending, 0);
            await refresh();
        });
    }
}
