namespace JourneyStudio.Testing;

/// <summary>The one PostgreSQL of this test run, started by ./build.sh test. Each app fixture isolates itself by schema.</summary>
public static class TestDatabase
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("JOURNEYSTUDIO_TEST_PG")
        ?? throw new InvalidOperationException(
            "JOURNEYSTUDIO_TEST_PG is not set. Run the tests with ./build.sh test, which starts a throw-away PostgreSQL and sets it.");

    public static string NewSchema(string owner) =>
        $"t_{new string(owner.ToLowerInvariant().Where(char.IsLetterOrDigit).Take(12).ToArray())}_{Guid.NewGuid():N}";
}
