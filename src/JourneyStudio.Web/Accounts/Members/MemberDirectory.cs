using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Web.Accounts.Audit;
using Marten;

namespace JourneyStudio.Web.Accounts.Members;

public sealed record Member(Guid Id, string Name, string Email, WorkspaceRole Role);

/// <summary>Members and invitations of the caller's workspace. Every method checks that the caller is an admin.</summary>
public sealed class MemberDirectory(IDocumentStore store, ICurrentActor actor, PasswordCheck passwords, AuditTrail audit)
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    public async Task<IReadOnlyList<Member>> ListAsync(CancellationToken ct)
    {
        var caller = await actor.RequireAsync(Permission.ManageWorkspace, ct);
        await using var session = store.QuerySession();
        var accounts = await session.Query<UserAccount>().Where(u => u.Memberships.Any(m => m.WorkspaceId == caller.WorkspaceId)).ToListAsync(ct);
        return accounts.Select(a => new Member(a.Id, a.DisplayName, a.Email, a.MembershipIn(caller.WorkspaceId)!.Role))
            .OrderByDescending(m => m.Role).ThenBy(m => m.Name).ToList();
    }

    public async Task ChangeRoleAsync(Guid userId, WorkspaceRole role, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(Permission.ManageWorkspace, ct);
        await using var session = store.LightweightSession();
        var account = await session.LoadAsync<UserAccount>(userId, ct);
        var membership = account?.MembershipIn(caller.WorkspaceId)
            ?? throw new DomainRuleViolation("userId", "That person is not a member of this workspace.");
        if (membership.Role == role) return;
        if (membership.Role == WorkspaceRole.Admin && role != WorkspaceRole.Admin)
        {
            var admins = await session.Query<UserAccount>().Where(u => u.Memberships.Any(m => m.WorkspaceId == caller.WorkspaceId && m.Role == WorkspaceRole.Admin)).CountAsync(ct);
            if (admins <= 1) throw new DomainRuleViolation("role", "A workspace needs at least one admin; make someone else admin first.");
        }
        account!.Memberships = account.Memberships.Select(m => m.WorkspaceId == caller.WorkspaceId ? m with { Role = role } : m).ToList();
        session.Store(account);
        await session.SaveChangesAsync(ct);
        await audit.RecordAsync(caller.WorkspaceId, caller.Actor.Name, "role changed", $"{account.Email}: {membership.Role} → {role}", ct);
    }

    /// <summary>Makes an invitation and answers the token, which is shown once and never stored.</summary>
    public async Task<string> InviteAsync(WorkspaceRole role, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(Permission.ManageWorkspace, ct);
        var token = SecretToken.New();
        var now = DateTimeOffset.UtcNow;
        await using var session = store.LightweightSession();
        session.Store(new Invitation(Guid.NewGuid(), SecretToken.Hash(token), caller.WorkspaceId, role, caller.Actor.Name, now, now + InvitationLifetime));
        await session.SaveChangesAsync(ct);
        await audit.RecordAsync(caller.WorkspaceId, caller.Actor.Name, "invitation created", $"as {role}, valid until {now + InvitationLifetime:yyyy-MM-dd}", ct);
        return token;
    }

    public static async Task<Invitation?> FindOpenAsync(IQuerySession session, string token, CancellationToken ct)
    {
        var hash = SecretToken.Hash(token);
        var invitation = await session.Query<Invitation>().FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        return invitation is not null && invitation.IsOpen(DateTimeOffset.UtcNow) ? invitation : null;
    }

    /// <summary>Creates the account for an open invitation (anonymous caller: the token is the permission).</summary>
    public async Task<UserAccount> AcceptAsync(string token, string? name, string? email, string? password, CancellationToken ct)
    {
        var displayName = Guard.Text(name, "name", 80);
        var normalised = UserAccount.Normalise(Guard.Text(email, "email", 200));
        if (!normalised.Contains('@')) throw new DomainRuleViolation("email", "That is not an email address.");
        if ((password ?? "").Length < 12) throw new DomainRuleViolation("password", "Use a password of at least 12 characters.");
        await using var session = store.LightweightSession();
        var invitation = await FindOpenAsync(session, token, ct)
            ?? throw new DomainRuleViolation("token", "This invitation has expired or has already been used.");
        if (await session.Query<UserAccount>().AnyAsync(u => u.Email == normalised, ct))
            throw new DomainRuleViolation("email", "An account with this email exists; sign in instead, and ask an admin to add you.");
        var account = new UserAccount
        {
            Id = Guid.NewGuid(), Email = normalised, DisplayName = displayName, CreatedAt = DateTimeOffset.UtcNow,
            Memberships = [new Membership(invitation.WorkspaceId, invitation.Role)],
        };
        account.PasswordHash = passwords.Hash(account, password!);
        session.Store(account);
        session.Store(invitation with { AcceptedAt = DateTimeOffset.UtcNow, AcceptedBy = normalised });
        await session.SaveChangesAsync(ct);
        await audit.RecordAsync(invitation.WorkspaceId, normalised, "invitation accepted", $"joined as {invitation.Role}", ct);
        return account;
    }
}
