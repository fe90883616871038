namespace JourneyStudio.Web.Seeding;

/// <summary>Where seed-data/ is: JourneyStudio:SeedData if set, else the nearest seed-data folder above the app.</summary>
public sealed class SeedDataFolder(string root)
{
    public string Root { get; } = root;

    public string File(string name) => Path.Combine(Root, name);

    public IEnumerable<string> Files(string subfolder)
    {
        var dir = Path.Combine(Root, subfolder);
        return Directory.Exists(dir) ? Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal) : [];
    }

    public static SeedDataFolder Locate(IConfiguration configuration, string contentRoot)
    {
        if (configuration["JourneyStudio:SeedData"] is { Length: > 0 } configured) return new SeedDataFolder(Path.GetFullPath(configured));
        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seed-data");
                if (Directory.Exists(candidate)) return new SeedDataFolder(candidate);
            }
        }
        throw new DirectoryNotFoundException("No seed-data folder found; set JourneyStudio:SeedData.");
    }
}
