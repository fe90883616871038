using System.Globalization;

namespace JourneyStudio.Benchmarks;

public sealed class Report
{
    private readonly List<(string Name, double Value, string Unit, string FloorName, double Floor)> rows = [];

    public void Add(string name, double value, string unit, string floorName, double floor) => rows.Add((name, value, unit, floorName, floor));

    /// <summary>An earlier figure of this run, to serve as another measure's floor.</summary>
    public double Find(string nameStart) => rows.First(r => r.Name.StartsWith(nameStart, StringComparison.Ordinal)).Value;

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine($"JourneyStudio benchmarks · {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC · {Environment.ProcessorCount} cores · .NET {Environment.Version}");
        Console.WriteLine();
        Console.WriteLine("| measure | figure | floor (same run) | ratio |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var r in rows)
        {
            var ratio = r.Value / r.Floor;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Value:0.##} {r.Unit} | {r.FloorName}: {r.Floor:0.##} {r.Unit} | {ratio:0.00}× |"));
        }
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
