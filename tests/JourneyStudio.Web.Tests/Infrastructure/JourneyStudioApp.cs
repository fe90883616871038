using System.Collections.Concurrent;
using System.Net.Http.Json;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Web.Accounts;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JourneyStudio.Testing;

/// <summary>
/// The real app (real Marten on the run's PostgreSQL) in a schema of its own, with the demo data and demo
/// accounts loaded as on a first start. Shared by the tests of one class; classes never see each other's data.
/// </summary>
public class JourneyStudioApp : WebApplicationFactory<Program>
{
    public const string DemoPassword = "test-only demo password 7431";

    private readonly ConcurrentDictionary<WorkspaceRole, Task<HttpClient>> clients = new();

    public string Schema { get; init; } = TestDatabase.NewSchema("app");

    /// <summary>False for a second instance on another's schema: the first drops it when it stops.</summary>
    public bool OwnsSchema { get; init; } = true;

    /// <summary>The repository's seed-data folder, found above the test's build output.</summary>
    public static string SeedData
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "seed-data", "feedback"))) return Path.Combine(dir.FullName, "seed-data");
            throw new DirectoryNotFoundException("seed-data/feedback not found above the test folder.");
        }
    }

    public static string EmailFor(WorkspaceRole role) => AccountsBootstrap.DemoAccounts.Single(a => a.Role == role).Email;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Postgres", TestDatabase.ConnectionString);
        builder.UseSetting("JourneyStudio:Schema", Schema);
        builder.UseSetting("JourneyStudio:DemoPassword", DemoPassword);
    }

    /// <summary>A client signed in as the demo account with this role, through the real sign-in endpoint.</summary>
    public Task<HttpClient> ClientAsAsync(WorkspaceRole role) => clients.GetOrAdd(role, SignInAsync);

    public async Task<HttpClient> SignInAsync(string email, string password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/account/signin", new { email, password });
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Signing in as {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    /// <summary>A client signed in as a member, with <paramref name="role"/>, of another workspace made for the purpose.</summary>
    public async Task<HttpClient> OutsiderAsync(WorkspaceRole role)
    {
        const string password = "the rival's password 123";
        var other = new Workspace { Id = Guid.NewGuid(), Name = "Rival Corp" };
        var email = $"spy-{Guid.NewGuid():N}@rival.example";
        var account = new UserAccount { Id = Guid.NewGuid(), Email = email, DisplayName = email, Memberships = [new Membership(other.Id, role)] };
        account.PasswordHash = Services.GetRequiredService<PasswordCheck>().Hash(account, password);
        await using (var session = Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.Store(other);
            session.Store(account);
            await session.SaveChangesAsync();
        }
        return await SignInAsync(email, password);
    }

    private Task<HttpClient> SignInAsync(WorkspaceRole role) => SignInAsync(EmailFor(role), DemoPassword);

    /// <summary>Stops the app, then drops its schemas, so a developer's PostgreSQL does not fill up across runs.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!OwnsSchema) return;
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand(
            $"set lock_timeout = '10s'; drop schema if exists \"{Schema}\" cascade; drop schema if exists \"{Schema}_hangfire\" cascade", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
