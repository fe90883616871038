namespace JourneyStudio.Web.Feedback.Components.Sources;

/// <summary>
/// Calls a page back every two seconds until it goes: a run that another instance's job server picked up announces
/// nothing through this instance's <see cref="Import.FeedbackNotifier"/>, but its document is saved as it goes.
/// </summary>
public sealed class RunPolling : IDisposable
{
    private readonly CancellationTokenSource stop = new();

    public async Task RunAsync(Func<CancellationToken, Task> tick)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2));
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token)) await tick(stop.Token);
        }
        catch (OperationCanceledException) { }
    }

    public void Dispose() => stop.Cancel();
}
