using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Feedback;
using JourneyStudio.Domain.Feedback.Matching;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Feedback.Import;
using JourneyStudio.Web.Feedback.Sources;
using JourneyStudio.Web.Feedback.Storage;
using JourneyStudio.Web.Maps;
using Marten;

namespace JourneyStudio.Web.Feedback.Evidence;

public sealed record FeedbackPage(long Total, int Page, int PageSize, IReadOnlyList<FeedbackItem> Items, IReadOnlyDictionary<Guid, string> SourceNames);

/// <summary>A set of feedback in figures: how many items, how many have a score, their mean, and the share that is negative (score below zero).</summary>
public sealed record EvidenceSummary(int Count, int Scored, double? MeanScore, double? NegativeShare, DateTimeOffset? Latest);

/// <summary>One week (starting Monday, UTC) of a filter's feedback: volume, scored items, mean score and negatives.</summary>
public sealed record WeekFigures(DateOnly Week, int Count, int Scored, double? MeanScore, int Negative);

/// <summary>The figures and the weekly series of one filter, for the explorer's and a touchpoint's charts.</summary>
public sealed record EvidenceFigures(EvidenceSummary Summary, IReadOnlyList<WeekFigures> Weeks);

/// <summary>How many of a touchpoint's items each of its rules matched; <see cref="RuleIndex"/> null counts the items assigned by hand.</summary>
public sealed record RuleHits(int? RuleIndex, int Count);

/// <summary>Assigning an item to a touchpoint from the inbox; <see cref="Rule"/> also adds a rule to the touchpoint so the like of it matches by itself.</summary>
public sealed record AssignRequest(Guid MapId, Guid CardId, FeedbackRule? Rule = null);

/// <summary>
/// Reads and triages the caller's workspace's feedback; every call checks the caller's role. Items and touchpoints of
/// other workspaces read as missing (null, which the API answers with 404).
/// </summary>
public sealed class FeedbackQueries(IDocumentStore store, FeedbackStore items, ICurrentActor actor, MapRequests maps, FeedbackNotifier notifier)
{
    public async Task<FeedbackPage> SearchAsync(FeedbackFilter filter, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(FeedbackAccess.Read, ct);
        filter.Check();
        var sql = new FeedbackSql(items, caller.WorkspaceId, filter);
        List<FeedbackItem> page = [];
        long total;
        await using (var connection = await items.OpenAsync(ct))
        {
            await using (var count = FeedbackStore.Command(connection, $"select count(*) from {items.Items} d where {sql.Where}", sql.Parameters))
                total = (long)(await count.ExecuteScalarAsync(ct))!;
            if (total > 0)
            {
                var where = sql.Where;
                var paging = $"limit {sql.Next(filter.PageSize)} offset {sql.Next((filter.Page - 1) * filter.PageSize)}";
                page = await FeedbackStore.QueryAsync(connection,
                    $"{items.SelectItems} where {where} order by d.received_at desc, d.id {paging}", sql.Parameters, ct);
            }
        }
        var sourceIds = page.Select(i => i.SourceId).Distinct().ToArray();
        await using var query = store.QuerySession();
        var names = sourceIds.Length == 0 ? new Dictionary<Guid, string>()
            : (await query.LoadManyAsync<FeedbackSource>(ct, sourceIds)).ToDictionary(s => s.Id, s => s.Name);
        return new FeedbackPage(total, filter.Page, filter.PageSize, page, names);
    }

    /// <summary>Figures and weekly series of everything the filter selects (paging ignored), aggregated in the database.</summary>
    public async Task<EvidenceFigures> FiguresAsync(FeedbackFilter filter, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(FeedbackAccess.Read, ct);
        filter.Check();
        var sql = new FeedbackSql(items, caller.WorkspaceId, filter);
        var weeks = new List<WeekFigures>();
        DateTimeOffset? latest = null;
        await using var connection = await items.OpenAsync(ct);
        await using var command = FeedbackStore.Command(connection,
            $"""
            select {FeedbackSql.Week} as w, count(*), count(d.score), avg(d.score), count(*) filter (where d.score < 0), max(d.received_at)
            from {items.Items} d where {sql.Where} group by 1 order by 1
            """, sql.Parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            weeks.Add(new WeekFigures(DateOnly.FromDateTime(reader.GetDateTime(0)), (int)reader.GetInt64(1), (int)reader.GetInt64(2),
                reader.IsDBNull(3) ? null : reader.GetDouble(3), (int)reader.GetInt64(4)));
            latest = reader.GetFieldValue<DateTimeOffset>(5);
        }
        return new EvidenceFigures(Summarise(weeks, latest), weeks);
    }

    private static EvidenceSummary Summarise(IReadOnlyList<WeekFigures> weeks, DateTimeOffset? latest)
    {
        var count = weeks.Sum(w => w.Count);
        var scored = weeks.Sum(w => w.Scored);
        if (scored == 0) return new EvidenceSummary(count, 0, null, null, latest);
        var mean = weeks.Where(w => w.MeanScore is not null).Sum(w => w.MeanScore!.Value * w.Scored) / scored;
        return new EvidenceSummary(count, scored, Math.Round(mean, 3), Math.Round(weeks.Sum(w => w.Negative) / (double)scored, 3), latest);
    }

    /// <summary>A touchpoint's evidence in figures; null when no live map of the caller's workspace has that touchpoint.</summary>
    public async Task<EvidenceFigures?> TouchpointAsync(Guid cardId, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(FeedbackAccess.Read, ct);
        await using (var query = store.QuerySession())
        {
            var known = await query.Query<JourneyMap>()
                .AnyAsync(m => m.WorkspaceId == caller.WorkspaceId && !m.Archived && m.Cards.Any(c => c.Id == cardId && c.Kind == CardKind.Touchpoint), ct);
            if (!known) return null;
        }
        return await FiguresAsync(new FeedbackFilter(CardId: cardId), ct);
    }

    /// <summary>How many items each rule of the touchpoint matched (as of the last matching), and how many were assigned by hand.</summary>
    public async Task<IReadOnlyList<RuleHits>> RuleHitsAsync(Guid cardId, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(FeedbackAccess.Read, ct);
        var hits = new List<RuleHits>();
        await using var connection = await items.OpenAsync(ct);
        await using var command = FeedbackStore.Command(connection,
            $"select m.rule_index, count(*) from {items.Matches} m where m.card_id = $1 and m.workspace_id = $2 group by 1", [cardId, caller.WorkspaceId]);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) hits.Add(new RuleHits(reader.IsDBNull(0) ? null : reader.GetInt32(0), (int)reader.GetInt64(1)));
        return hits;
    }

    /// <summary>How many items of the workspace wait in the triage inbox.</summary>
    public async Task<long> UnmatchedCountAsync(CancellationToken ct)
    {
        var caller = await actor.RequireAsync(FeedbackAccess.Read, ct);
        await using var connection = await items.OpenAsync(ct);
        await using var command = FeedbackStore.Command(connection,
            $"select count(*) from {items.Items} d where d.workspace_id = $1 and d.match_count = 0", [caller.WorkspaceId]);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Ties an item to a touchpoint by hand (and, if asked, adds a rule to that touchpoint through the map's own command).</summary>
    public async Task<FeedbackItem?> AssignAsync(Guid itemId, AssignRequest request, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(FeedbackAccess.Triage, ct);
        var item = await items.LoadAsync(itemId, ct);
        if (item is null || item.WorkspaceId != caller.WorkspaceId) return null;
        JourneyMap? map;
        await using (var query = store.QuerySession())
            map = await MapSnapshots.LatestAsync(query, request.MapId, ct);
        if (map is null || map.WorkspaceId != caller.WorkspaceId || map.Archived) throw new DomainRuleViolation("mapId", "No such map in this workspace.");
        var card = map.FindCard(request.CardId);
        if (card is not { Kind: CardKind.Touchpoint }) throw new DomainRuleViolation("cardId", "Feedback can only be assigned to a touchpoint on that map.");

        SetFeedbackRules? addRule = null;
        if (request.Rule is { } rule)
        {
            // Checked against the map before anything is stored, so a bad rule leaves the item as it was.
            addRule = new SetFeedbackRules(card.Id, card.Touchpoint!.FeedbackRules.Append(rule).ToList());
            addRule.Decide(map, await maps.ContextAsync(Permission.EditMaps, ct));
        }
        var match = new TouchpointMatch(map.Id, card.StageId, card.Id, MatchOrigin.Manual, null, $"assigned by {caller.Actor.Name}");
        // Read again under the workspace's feedback lock: a re-match or import that changed the item since is kept.
        var (assigned, added) = await items.WriteAsync(caller.WorkspaceId, async (connection, token) =>
        {
            var now = (await items.LoadManyAsync(connection, [item.Id], token)).Single();
            var changes = new FeedbackChangeSet();
            if (now.Matches.Any(m => m.CardId == card.Id)) return ((now, false), changes);
            var after = now.WithMatches([.. now.Matches, match]);
            changes.Changed.Add(after);
            changes.Matches.Add(FeedbackMatch.Of(after, match));
            return ((after, true), changes);
        }, ct);
        if (added) notifier.Publish(new FeedbackChanges(caller.WorkspaceId, [map.Id], [card.Id]));
        // The assignment is stored first: the rules-changed listener's re-match must find it, or it would take the
        // item for rule-matched only and drop it again when the rule goes.
        if (addRule is not null) await maps.ApplyAsync(map.Id, [addRule], ct);
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
