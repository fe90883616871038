using System.Diagnostics;

namespace JourneyStudio.Benchmarks;

/// <summary>
/// CPU seconds spent so far by this process and by every PostgreSQL process of the machine (Linux /proc), to tell
/// the app's own work from the database's when both share the cores. A PostgreSQL process that ends during a
/// measurement takes its time with it; the benchmarks' server keeps its backends for the whole run. Off Linux the
/// database's figure is NaN.
/// </summary>
public readonly record struct CpuTime(double App, double Database)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public static CpuTime Now() => new(Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, PostgresSeconds());

    public static CpuTime operator -(CpuTime after, CpuTime before) => new(after.App - before.App, after.Database - before.Database);

    /// <summary>CPU seconds spent so far by one process (Linux /proc), such as the PostgreSQL backend of a connection.</summary>
    public static double OfProcess(int pid) => OperatingSystem.IsLinux() ? Ticks(File.ReadAllText($"/proc/{pid}/stat")) / TicksPerSecond : double.NaN;

    private static long Ticks(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11]) + long.Parse(fields[12]); // utime, stime
    }

    private static double PostgresSeconds()
    {
        if (!OperatingSystem.IsLinux()) return double.NaN;
        var ticks = 0L;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var open = stat.IndexOf('(');
                var close = stat.LastIndexOf(')');
                if (open < 0 || close < 0 || stat[(open + 1)..close] != "postgres") continue;
                ticks += Ticks(stat);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return ticks / TicksPerSecond;
    }
}
