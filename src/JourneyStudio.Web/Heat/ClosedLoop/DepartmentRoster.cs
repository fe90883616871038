using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Accounts.Audit;
using Marten;

namespace JourneyStudio.Web.Heat.ClosedLoop;

/// <summary>The workspace's departments and, for each member, the departments they belong to (and so hear about).</summary>
public sealed record DepartmentRosterView(IReadOnlyList<Department> Departments, IReadOnlyDictionary<Guid, IReadOnlyList<Guid>> DepartmentsOf);

/// <summary>
/// Admins put members into departments and take them out, so the people who own a pain point hear about it without
/// each having to join from the notices menu. Every call checks that the caller is an admin; every change is audited.
/// </summary>
public sealed class DepartmentRoster(IDocumentStore store, ICurrentActor actor, AuditTrail audit)
{
    public async Task<DepartmentRosterView> ReadAsync(CancellationToken ct)
    {
        var caller = await actor.RequireAsync(Permission.ManageWorkspace, ct);
        await using var query = store.QuerySession();
        var workspace = await query.LoadAsync<Workspace>(caller.WorkspaceId, ct);
        var lists = await query.Query<DepartmentMembers>().Where(d => d.WorkspaceId == caller.WorkspaceId).ToListAsync(ct);
        var departments = workspace?.Departments ?? [];
        var of = lists.SelectMany(d => d.UserIds.Select(u => (User: u, Department: d.Id)))
            .Where(x => departments.Any(d => d.Id == x.Department))
            .GroupBy(x => x.User)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)g.Select(x => x.Department).ToList());
        return new DepartmentRosterView(departments, of);
    }

    /// <summary>Puts <paramref name="userId"/> into the department or takes them out; false when the workspace has no such department.</summary>
    public async Task<bool> SetAsync(Guid departmentId, Guid userId, bool member, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(Permission.ManageWorkspace, ct);
        await using var session = store.LightweightSession();
        var workspace = await session.LoadAsync<Workspace>(caller.WorkspaceId, ct);
        if (workspace?.Departments.FirstOrDefault(d => d.Id == departmentId) is not { } department) return false;
        var account = await session.LoadAsync<UserAccount>(userId, ct);
        if (account?.MembershipIn(caller.WorkspaceId) is null) throw new DomainRuleViolation("userId", "That person is not a member of this workspace.");
        var members = await session.LoadAsync<DepartmentMembers>(departmentId, ct) ?? new DepartmentMembers { Id = departmentId, WorkspaceId = caller.WorkspaceId };
        if (members.UserIds.Contains(userId) == member) return true;
        members.Set(userId, member);
        session.Store(members);
        await session.SaveChangesAsync(ct);
        await audit.RecordAsync(caller.WorkspaceId, caller.Actor.Name, member ? "department member added" : "department member removed",
            $"{account.Email}: {department.Name}", ct);
        return true;
    }
}
