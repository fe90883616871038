using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Web.Seeding;
using Marten;

namespace JourneyStudio.Web.Accounts;

/// <summary>
/// On start: makes sure the configured admin exists (JourneyStudio:Admin:Email and :Password, from configuration
/// or environment, never from the repository), and, when JourneyStudio:DemoPassword is set, one demo account per
/// role in the demo workspace. Existing accounts are left as they are.
/// </summary>
public sealed class AccountsBootstrap(IDocumentStore store, PasswordCheck passwords, IConfiguration configuration, ILogger<AccountsBootstrap> log) : IHostedService
{
    public static readonly IReadOnlyList<(string Email, string Name, WorkspaceRole Role)> DemoAccounts =
    [
        ("admin@northwind.example", "Amira Haddad (admin)", WorkspaceRole.Admin),
        ("facilitator@northwind.example", "Felix Brandt (facilitator)", WorkspaceRole.Facilitator),
        ("editor@northwind.example", "Elena Rossi (editor)", WorkspaceRole.Editor),
        ("viewer@northwind.example", "Victor Osei (viewer, executive)", WorkspaceRole.Viewer),
    ];

    public async Task StartAsync(CancellationToken ct)
    {
        var workspaceId = SeedIds.Workspace(configuration["JourneyStudio:Workspace"] ?? "northwind");
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<Workspace>(workspaceId, ct) is null)
        {
            session.Store(new Workspace { Id = workspaceId, Name = configuration["JourneyStudio:WorkspaceName"] ?? "My organisation" });
        }
        if (configuration["JourneyStudio:Admin:Email"] is { Length: > 0 } adminEmail)
        {
            var password = configuration["JourneyStudio:Admin:Password"]
                ?? throw new InvalidOperationException("JourneyStudio:Admin:Email is set but JourneyStudio:Admin:Password is not.");
            await EnsureAsync(session, adminEmail, "Administrator", WorkspaceRole.Admin, password, workspaceId, ct);
        }
        if (configuration["JourneyStudio:DemoPassword"] is { Length: > 0 } demoPassword)
        {
            foreach (var (email, name, role) in DemoAccounts) await EnsureAsync(session, email, name, role, demoPassword, workspaceId, ct);
            log.LogInformation("Demo accounts ({Emails}) sign in with the demo password", string.Join(", ", DemoAccounts.Select(a => a.Email)));
        }
        await session.SaveChangesAsync(ct);
    }

    private async Task EnsureAsync(IDocumentSession session, string email, string name, WorkspaceRole role, string password, Guid workspaceId, CancellationToken ct)
    {
        var normalised = UserAccount.Normalise(email);
        if (await session.Query<UserAccount>().AnyAsync(u => u.Email == normalised, ct)) return;
        var account = new UserAccount
        {
            Id = SeedIds.For("user", normalised), Email = normalised, DisplayName = name,
            Memberships = [new Membership(workspaceId, role)], CreatedAt = DateTimeOffset.UtcNow,
        };
        account.PasswordHash = passwords.Hash(account, password);
        session.Store(account);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
