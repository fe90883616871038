using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JourneyStudio.Testing;

/// <summary>
/// The real app (real Marten on the run's PostgreSQL) in a schema of its own, with the demo data loaded as on a
/// first start. Shared by the tests of one class; classes never see each other's data.
/// </summary>
public class JourneyStudioApp : WebApplicationFactory<Program>
{
    public string Schema { get; } = TestDatabase.NewSchema("app");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Postgres", TestDatabase.ConnectionString);
        builder.UseSetting("JourneyStudio:Schema", Schema);
    }
}
