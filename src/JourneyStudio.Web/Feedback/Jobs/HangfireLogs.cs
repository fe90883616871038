using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace JourneyStudio.Web.Feedback.Jobs;

/// <summary>
/// Hangfire keeps one log provider for the whole process, set by whichever app configured it last. When that app
/// stops while another in the same process runs on (the test suite starts many), asking its disposed logger factory
/// for a logger throws inside Hangfire's workers, and jobs stay fetched but never run. This provider stays quiet instead.
/// </summary>
internal sealed class HangfireLogs(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider inner = new(factory);

    public ILog GetLogger(string name)
    {
        try { return inner.GetLogger(name); }
        catch (ObjectDisposedException) { return Silent.Instance; }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
