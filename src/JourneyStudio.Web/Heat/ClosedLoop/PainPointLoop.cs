using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Feedback;
using JourneyStudio.Domain.Heat;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Feedback.Sources;
using JourneyStudio.Web.Heat.PainPoints;
using JourneyStudio.Web.Maps;
using JourneyStudio.Web.Feedback.Storage;
using Marten;

namespace JourneyStudio.Web.Heat.ClosedLoop;

/// <summary>A feedback item behind a pain point, with who sent it where the source said so.</summary>
public sealed record LoopEvidenceItem(
    Guid Id, string Why, DateTimeOffset ReceivedAt, string Source, string Text, double? Score, string? RawScore,
    string? Author, string? Contact, string? Channel, string? Url);

public sealed record WatcherView(Guid UserId, string Name);

/// <summary>Everything the lifecycle section shows for one pain point.</summary>
public sealed record PainPointLoopView(
    Guid MapId,
    Guid CardId,
    PainPointStatus Status,
    DateTimeOffset? FixedAt,
    PainPointDeadline Deadline,
    LoopEvaluation? Evaluation,
    IReadOnlyList<LoopEvidenceItem> Linked,
    IReadOnlyList<LoopEvidenceItem> Suggested,
    IReadOnlyList<WatcherView> Watchers,
    bool Watching,
    ClosedLoopSettings Settings);

/// <summary>What the lifecycle section asks of the closed loop for one pain point.</summary>
public interface IPainPointLoop
{
    /// <summary>Null when the map or pain point is not the caller's workspace's.</summary>
    Task<PainPointLoopView?> ViewAsync(Guid mapId, Guid cardId, CancellationToken ct);

    Task<LoopCheckResult?> CheckNowAsync(Guid mapId, Guid cardId, CancellationToken ct);

    Task<bool> WatchAsync(Guid mapId, Guid cardId, bool watch, CancellationToken ct);
}

/// <summary>
/// The closed loop for the signed-in caller: every call checks their role and that the map is in their workspace
/// (another workspace's pain point reads as missing), then reads or acts on one pain point.
/// </summary>
public sealed class PainPointLoop(IDocumentStore store, FeedbackStore feedback, ICurrentActor actor, ClosedLoopChecker checker, NoticeBoard notices, MapRequests requests, TimeProvider clock)
    : IPainPointLoop
{
    private sealed record Found(Caller Caller, JourneyMap Map, Card Card);

    private async Task<Found?> FindAsync(IQuerySession session, Guid mapId, Guid cardId, Permission permission, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(permission, ct);
        var map = await MapSnapshots.LatestAsync(session, mapId, ct);
        if (map is null || map.WorkspaceId != caller.WorkspaceId) return null;
        return map.FindCard(cardId) is { PainPoint: not null } card ? new Found(caller, map, card) : null;
    }

    public async Task<PainPointLoopView?> ViewAsync(Guid mapId, Guid cardId, CancellationToken ct)
    {
        await using var query = store.QuerySession();
        if (await FindAsync(query, mapId, cardId, Permission.ReadMaps, ct) is not { } found) return null;
        var pain = found.Card.PainPoint!;
        var settings = await ClosedLoopChecker.SettingsAsync(query, found.Map.WorkspaceId, ct);
        var evaluation = await checker.EvaluateAsync(query, found.Map, found.Card, settings.ClosedLoop, ct);
        var linked = await ItemsAsync(query, found.Caller.WorkspaceId, pain.EvidenceItemIds, _ => "linked as evidence", ct);
        var suggested = await SuggestionsAsync(query, found, ct);
        var watcherIds = await notices.WatchersAsync(found.Caller.WorkspaceId, cardId, ct);
        var accounts = watcherIds.Count == 0 ? [] : await query.LoadManyAsync<UserAccount>(ct, watcherIds);
        var watchers = accounts.Where(a => a.MembershipIn(found.Caller.WorkspaceId) is not null)
            .Select(a => new WatcherView(a.Id, a.DisplayName)).OrderBy(w => w.Name).ToList();
        return new PainPointLoopView(mapId, cardId, pain.Status, pain.ResolvedAt, settings.Targets.Deadline(pain, clock.GetUtcNow()), evaluation,
            linked, suggested, watchers, watcherIds.Contains(found.Caller.Actor.Id), settings.ClosedLoop);
    }

    public const int Suggestions = 5;

    /// <summary>The latest negative feedback at the pain point's touchpoints (last 90 days) not linked yet: what an editor is likely to link.</summary>
    private async Task<IReadOnlyList<LoopEvidenceItem>> SuggestionsAsync(IQuerySession query, Found found, CancellationToken ct)
    {
        var pain = found.Card.PainPoint!;
        var now = clock.GetUtcNow();
        var rows = await LoopFeedback.RowsAsync(feedback, found.Caller.WorkspaceId, pain.ConcernsTouchpointIds, now.AddDays(-90), now.AddMinutes(1), ct);
        var ids = rows.Where(r => r.Score < 0 && !pain.EvidenceItemIds.Contains(r.ItemId)).OrderByDescending(r => r.ReceivedAt)
            .Select(r => r.ItemId).Distinct().Take(Suggestions).ToList();
        return await ItemsAsync(query, found.Caller.WorkspaceId, ids, _ => "negative feedback at its touchpoints", ct);
    }

    /// <summary>"Check now": verifies the fix at once and applies the verdict, as the daily job would. Editors and up.</summary>
    public async Task<LoopCheckResult?> CheckNowAsync(Guid mapId, Guid cardId, CancellationToken ct)
    {
        await using (var query = store.QuerySession())
        {
            if (await FindAsync(query, mapId, cardId, Permission.EditMaps, ct) is not { } found) return null;
            if (found.Card.PainPoint!.ResolvedAt is null)
                throw new DomainRuleViolation("status", $"'{found.Card.Label}' is {PainPointStatuses.Name(found.Card.PainPoint.Status)}; only a resolved pain point can be checked against feedback.");
        }
        return await checker.CheckAsync(mapId, cardId, ct);
    }

    /// <summary>
    /// Links a feedback item to the pain point through the map's own command (so it is in the history and can be
    /// undone); <see cref="MapRequests"/> checks the item is the workspace's and quotes it.
    /// </summary>
    public async Task<CommittedChange?> LinkEvidenceAsync(Guid mapId, Guid cardId, Guid feedbackItemId, CancellationToken ct)
    {
        await using (var query = store.QuerySession())
        {
            if (await FindAsync(query, mapId, cardId, Permission.EditMaps, ct) is null) return null;
        }
        return await requests.ApplyAsync(mapId, [new LinkPainPointEvidence(cardId, feedbackItemId, "")], ct);
    }

    public async Task<bool> WatchAsync(Guid mapId, Guid cardId, bool watch, CancellationToken ct)
    {
        await using var query = store.QuerySession();
        if (await FindAsync(query, mapId, cardId, Permission.ReadMaps, ct) is not { } found) return false;
        await notices.WatchAsync(found.Caller.WorkspaceId, mapId, cardId, found.Caller.Actor.Id, watch, ct);
        return true;
    }

    /// <summary>
    /// The people behind a fix, for following up: the items linked as evidence, then the negative feedback at its
    /// touchpoints in the window before the fix. Contact details make this Editors and up.
    /// </summary>
    public async Task<(string Label, IReadOnlyList<LoopEvidenceItem> Items)?> PeopleAsync(Guid mapId, Guid cardId, CancellationToken ct)
    {
        await using var query = store.QuerySession();
        if (await FindAsync(query, mapId, cardId, Permission.EditMaps, ct) is not { } found) return null;
        var pain = found.Card.PainPoint!;
        var linked = await ItemsAsync(query, found.Caller.WorkspaceId, pain.EvidenceItemIds, _ => "linked as evidence", ct);
        var before = new List<LoopEvidenceItem>();
        if (pain.ResolvedAt is { } fixedAt)
        {
            var settings = await ClosedLoopChecker.SettingsAsync(query, found.Map.WorkspaceId, ct);
            var rows = await LoopFeedback.RowsAsync(feedback, found.Map.WorkspaceId, pain.ConcernsTouchpointIds, fixedAt.AddDays(-settings.BeforeDays), fixedAt, ct);
            var negative = rows.Where(r => r.Score < 0).Select(r => r.ItemId).Distinct().Except(pain.EvidenceItemIds).ToList();
            before.AddRange(await ItemsAsync(query, found.Caller.WorkspaceId, negative, _ => "negative feedback before the fix", ct));
        }
        return (found.Card.Label, [.. linked, .. before.OrderBy(i => i.ReceivedAt)]);
    }

    private async Task<IReadOnlyList<LoopEvidenceItem>> ItemsAsync(
        IQuerySession query, Guid workspaceId, IReadOnlyList<Guid> ids, Func<FeedbackItem, string> why, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var items = (await feedback.LoadManyAsync(ids, ct)).Where(i => i.WorkspaceId == workspaceId).ToDictionary(i => i.Id);
        var sourceIds = items.Values.Select(i => i.SourceId).Distinct().ToArray();
        var sources = (await query.LoadManyAsync<FeedbackSource>(ct, sourceIds)).ToDictionary(s => s.Id, s => s.Name);
        return ids.Where(items.ContainsKey).Select(id => items[id]).Select(i => new LoopEvidenceItem(
            i.Id, why(i), i.ReceivedAt, sources.GetValueOrDefault(i.SourceId) ?? "a removed source", i.Text, i.Score, i.RawScore,
            i.Author, i.Contact, i.Channel, i.Url)).ToList();
    }
}
