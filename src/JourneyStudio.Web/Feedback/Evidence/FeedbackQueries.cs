using JourneyStudio.Domain.Feedback;
using JourneyStudio.Domain.Feedback.Matching;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Feedback.Import;
using JourneyStudio.Web.Feedback.Sources;
using JourneyStudio.Web.Maps;
using Marten;
using Marten.Pagination;

namespace JourneyStudio.Web.Feedback.Evidence;

/// <summary>Filters of the explorer, the inbox and a touchpoint's evidence; all optional.</summary>
public sealed record FeedbackFilter(
    string? Text = null, Guid? SourceId = null, Guid? MapId = null, Guid? StageId = null, Guid? CardId = null, double? MinScore = null,
    double? MaxScore = null, DateTimeOffset? From = null, DateTimeOffset? To = null, bool UnmatchedOnly = false, bool UnscoredOnly = false,
    int Page = 1, int PageSize = 25);

public sealed record FeedbackPage(long Total, int Page, int PageSize, IReadOnlyList<FeedbackItem> Items, IReadOnlyDictionary<Guid, string> SourceNames);

/// <summary>A touchpoint's evidence in figures: how many items, their mean score, and the share that is negative (score below zero).</summary>
public sealed record EvidenceSummary(int Count, int Scored, double? MeanScore, double? NegativeShare, DateTimeOffset? Latest);

/// <summary>Assigning an item to a touchpoint from the inbox; <see cref="Rule"/> also adds a rule to the touchpoint so the like of it matches by itself.</summary>
public sealed record AssignRequest(Guid MapId, Guid CardId, FeedbackRule? Rule = null);

/// <summary>Reads and triages the caller's workspace's feedback. Items of other workspaces read as missing.</summary>
public sealed class FeedbackQueries(IDocumentStore store, ICurrentActor actor, MapRequests maps, FeedbackNotifier notifier)
{
    public async Task<FeedbackPage> SearchAsync(FeedbackFilter filter, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(FeedbackAccess.Read, ct);
        if (filter.Page < 1) throw new DomainRuleViolation("page", "page starts at 1.");
        if (filter.PageSize is < 1 or > 200) throw new DomainRuleViolation("pageSize", "pageSize must be between 1 and 200.");
        await using var query = store.QuerySession();
        var items = query.Query<FeedbackItem>().Where(i => i.WorkspaceId == caller.WorkspaceId);
        if (filter.SourceId is { } sourceId) items = items.Where(i => i.SourceId == sourceId);
        if (filter.CardId is { } cardId) items = items.Where(i => i.Matches.Any(m => m.CardId == cardId));
        else if (filter.StageId is { } stageId) items = items.Where(i => i.Matches.Any(m => m.StageId == stageId));
        else if (filter.MapId is { } mapId) items = items.Where(i => i.Matches.Any(m => m.MapId == mapId));
        if (filter.UnmatchedOnly) items = items.Where(i => i.MatchCount == 0);
        if (filter.UnscoredOnly) items = items.Where(i => i.Unscored);
        if (filter.MinScore is { } min) items = items.Where(i => i.Score >= min);
        if (filter.MaxScore is { } max) items = items.Where(i => i.Score <= max);
        if (filter.From is { } from) items = items.Where(i => i.ReceivedAt >= from);
        if (filter.To is { } to) items = items.Where(i => i.ReceivedAt < to);
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            items = items.Where(i => i.Text.Contains(text, StringComparison.OrdinalIgnoreCase) || i.Title!.Contains(text, StringComparison.OrdinalIgnoreCase)
                                     || i.Author!.Contains(text, StringComparison.OrdinalIgnoreCase));
        }
        var page = await items.OrderByDescending(i => i.ReceivedAt).ToPagedListAsync(filter.Page, filter.PageSize, ct);
        var sourceIds = page.Select(i => i.SourceId).Distinct().ToArray();
        var names = (await query.LoadManyAsync<FeedbackSource>(ct, sourceIds)).ToDictionary(s => s.Id, s => s.Name);
        return new FeedbackPage(page.TotalItemCount, filter.Page, filter.PageSize, page.ToList(), names);
    }

    public async Task<EvidenceSummary> SummaryAsync(Guid cardId, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(FeedbackAccess.Read, ct);
        await using var query = store.QuerySession();
        var rows = await query.Query<FeedbackMatch>().Where(m => m.WorkspaceId == caller.WorkspaceId && m.CardId == cardId)
            .Select(m => new EvidenceRow(m.Score, m.ReceivedAt)).ToListAsync(ct);
        var scores = rows.Where(r => r.Score is not null).Select(r => r.Score!.Value).ToList();
        return new EvidenceSummary(rows.Count, scores.Count, scores.Count == 0 ? null : Math.Round(scores.Average(), 3),
            scores.Count == 0 ? null : Math.Round(scores.Count(s => s < 0) / (double)scores.Count, 3), rows.Count == 0 ? null : rows.Max(r => r.ReceivedAt));
    }

    public sealed record EvidenceRow(double? Score, DateTimeOffset ReceivedAt);

    /// <summary>Ties an item to a touchpoint by hand (and, if asked, adds a rule to that touchpoint through the map's own command).</summary>
    public async Task<FeedbackItem?> AssignAsync(Guid itemId, AssignRequest request, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(FeedbackAccess.Triage, ct);
        await using var session = store.LightweightSession();
        var item = await session.LoadAsync<FeedbackItem>(itemId, ct);
        if (item is null || item.WorkspaceId != caller.WorkspaceId) return null;
        var map = await session.LoadAsync<JourneyMap>(request.MapId, ct);
        if (map is null || map.WorkspaceId != caller.WorkspaceId || map.Archived) throw new DomainRuleViolation("mapId", "No such map in this workspace.");
        var card = map.FindCard(request.CardId);
        if (card is not { Kind: CardKind.Touchpoint }) throw new DomainRuleViolation("cardId", "Feedback can only be assigned to a touchpoint on that map.");

        if (request.Rule is { } rule)
        {
            var rules = card.Touchpoint!.FeedbackRules.Append(rule).ToList();
            // The map's own command checks the rule; the rules-changed listener then matches the workspace's feedback again.
            await maps.ApplyAsync(map.Id, [new SetFeedbackRules(card.Id, rules)], ct);
        }
        if (item.Matches.Any(m => m.CardId == card.Id)) return item;
        var match = new TouchpointMatch(map.Id, card.StageId, card.Id, MatchOrigin.Manual, null, $"assigned by {caller.Actor.Name}");
        var assigned = item.WithMatches([.. item.Matches, match]);
        session.Store(assigned);
        session.Store(FeedbackMatch.Of(assigned, match, DateTimeOffset.UtcNow));
        await session.SaveChangesAsync(ct);
        notifier.Publish(new FeedbackChanges(caller.WorkspaceId, [map.Id], [card.Id]));
        return assigned;
    }

    /// <summary>The workspace's live maps with their touchpoints, for pickers and filters.</summary>
    public async Task<IReadOnlyList<JourneyMap>> MapsAsync(CancellationToken ct)
    {
        var caller = await actor.RequireAsync(FeedbackAccess.Read, ct);
        await using var query = store.QuerySession();
        return (await query.Query<JourneyMap>().Where(m => m.WorkspaceId == caller.WorkspaceId && !m.Archived).ToListAsync(ct)).OrderBy(m => m.Title).ToList();
    }

    public async Task<IReadOnlyList<FeedbackSource>> SourcesAsync(CancellationToken ct)
    {
        var caller = await actor.RequireAsync(FeedbackAccess.Read, ct);
        await using var query = store.QuerySession();
        return (await query.Query<FeedbackSource>().Where(s => s.WorkspaceId == caller.WorkspaceId).ToListAsync(ct)).OrderBy(s => s.Name).ToList();
    }
}
