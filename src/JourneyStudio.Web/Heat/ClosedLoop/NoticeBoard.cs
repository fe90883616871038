using JourneyStudio.Domain.Accounts;
using JourneyStudio.Web.Accounts;
using Marten;

namespace JourneyStudio.Web.Heat.ClosedLoop;

public sealed record NoticeView(Guid Id, DateTimeOffset At, string Title, string Body, string Link, bool Read);

/// <summary>
/// Tells members about their pain points: when a fix is verified or reopened by the closed loop, the owner
/// department's members and the pain point's watchers each get a notice. Also the caller's own notices, watches
/// and department memberships. Every call is for the caller's workspace only.
/// </summary>
public sealed class NoticeBoard(IDocumentStore store, ICurrentActor actor, TimeProvider clock)
{
    public const int Shown = 30;

    /// <summary>Sends one notice to each recipient (a person in both groups hears once). Runs as the system: no caller.</summary>
    public async Task SendAsync(Guid workspaceId, Guid mapId, Guid cardId, Guid? departmentId, string title, string body, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var watchers = await session.LoadAsync<PainPointWatchers>(cardId, ct);
        var members = departmentId is { } d ? await session.LoadAsync<DepartmentMembers>(d, ct) : null;
        var recipients = (watchers?.WorkspaceId == workspaceId ? watchers.UserIds : [])
            .Concat(members?.WorkspaceId == workspaceId ? members.UserIds : [])
            .Distinct().ToList();
        if (recipients.Count == 0) return;
        var at = clock.GetUtcNow();
        foreach (var user in recipients)
            session.Store(new Notice
            {
                Id = Guid.NewGuid(), WorkspaceId = workspaceId, UserId = user, At = at, Title = title, Body = body,
                Link = $"/maps/{mapId}?card={cardId}",
            });
        await session.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<NoticeView>> MineAsync(CancellationToken ct)
    {
        var caller = await actor.RequireAsync(Permission.ReadMaps, ct);
        await using var query = store.QuerySession();
        var notices = await query.Query<Notice>().Where(n => n.UserId == caller.Actor.Id && n.WorkspaceId == caller.WorkspaceId)
            .OrderByDescending(n => n.At).Take(Shown).ToListAsync(ct);
        return notices.Select(n => new NoticeView(n.Id, n.At, n.Title, n.Body, n.Link, n.ReadAt is not null)).ToList();
    }

    /// <summary>Marks one of the caller's notices read; false when it is not theirs (or does not exist).</summary>
    public async Task<bool> MarkReadAsync(Guid noticeId, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(Permission.ReadMaps, ct);
        await using var session = store.LightweightSession();
        var notice = await session.LoadAsync<Notice>(noticeId, ct);
        if (notice is null || notice.UserId != caller.Actor.Id || notice.WorkspaceId != caller.WorkspaceId) return false;
        notice.ReadAt ??= clock.GetUtcNow();
        session.Store(notice);
        await session.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Starts or stops the caller watching a pain point of their workspace (the caller checks the map and card first).</summary>
    public async Task WatchAsync(Guid workspaceId, Guid mapId, Guid cardId, Guid userId, bool watch, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var watchers = await session.LoadAsync<PainPointWatchers>(cardId, ct) ?? new PainPointWatchers { Id = cardId, WorkspaceId = workspaceId, MapId = mapId };
        watchers.UserIds.Remove(userId);
        if (watch) watchers.UserIds.Add(userId);
        session.Store(watchers);
        await session.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<Guid>> WatchersAsync(Guid workspaceId, Guid cardId, CancellationToken ct)
    {
        await using var query = store.QuerySession();
        var watchers = await query.LoadAsync<PainPointWatchers>(cardId, ct);
        return watchers?.WorkspaceId == workspaceId ? watchers.UserIds : [];
    }

    /// <summary>The departments the caller belongs to, for their notices.</summary>
    public async Task<IReadOnlySet<Guid>> MyDepartmentsAsync(CancellationToken ct)
    {
        var caller = await actor.RequireAsync(Permission.ReadMaps, ct);
        await using var query = store.QuerySession();
        var mine = await query.Query<DepartmentMembers>().Where(d => d.WorkspaceId == caller.WorkspaceId).ToListAsync(ct);
        return mine.Where(d => d.UserIds.Contains(caller.Actor.Id)).Select(d => d.Id).ToHashSet();
    }

    /// <summary>The caller joins or leaves a department of their workspace; false when there is no such department.</summary>
    public async Task<bool> JoinAsync(Guid departmentId, bool join, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(Permission.ReadMaps, ct);
        await using var session = store.LightweightSession();
        var workspace = await session.LoadAsync<Domain.Workspaces.Workspace>(caller.WorkspaceId, ct);
        if (workspace?.Departments.Any(d => d.Id == departmentId) != true) return false;
        var members = await session.LoadAsync<DepartmentMembers>(departmentId, ct) ?? new DepartmentMembers { Id = departmentId, WorkspaceId = caller.WorkspaceId };
        members.Set(caller.Actor.Id, join);
        session.Store(members);
        await session.SaveChangesAsync(ct);
        return true;
    }
}
