using Hangfire;
using JourneyStudio.Domain.Feedback;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Web.Feedback.Import;
using JourneyStudio.Web.Feedback.Storage;
using JourneyStudio.Web.Maps;
using Marten;

namespace JourneyStudio.Web.Feedback.Jobs;

/// <summary>
/// Applies the rules again to all of a workspace's feedback when a touchpoint's rules change (or a touchpoint moves,
/// goes or comes back): rule matches are worked out afresh, manual assignments stay while their touchpoint exists.
/// Only items whose matches changed are written, with their match rows, in batches.
/// </summary>
public sealed class RematchJob(IDocumentStore store, FeedbackStore items, FeedbackNotifier notifier)
{
    private const int Batch = 500;

    [Queue("feedback")]
    [AutomaticRetry(Attempts = 2)]
    [JobDisplayName("Match feedback again in workspace {0}")]
    public async Task RunAsync(Guid workspaceId, CancellationToken ct)
    {
        await using var query = store.QuerySession();
        var rules = new Rules(await TouchpointRuleBook.MatcherAsync(query, workspaceId, ct), await TouchpointRuleBook.TouchpointsAsync(query, workspaceId, ct));
        var stale = new List<Guid>();
        var maps = new HashSet<Guid>();
        var cards = new HashSet<Guid>();
        await foreach (var item in items.WorkspaceAsync(workspaceId, ct))
        {
            if (rules.Rematch(item) is null) continue;
            stale.Add(item.Id);
            if (stale.Count >= Batch) { await WriteAsync(workspaceId, stale, rules, maps, cards, ct); stale.Clear(); }
        }
        await WriteAsync(workspaceId, stale, rules, maps, cards, ct);
        if (maps.Count > 0 || cards.Count > 0) notifier.Publish(new FeedbackChanges(workspaceId, maps, cards));
    }

    private sealed record Rules(Domain.Feedback.Matching.TouchpointMatcher Matcher, IReadOnlyDictionary<Guid, (Guid MapId, Guid StageId)> Touchpoints)
    {
        /// <summary>The item with its matches as the rules now say, or null when they are what it has.</summary>
        public FeedbackItem? Rematch(FeedbackItem item)
        {
            var matches = FeedbackWriter.Combine(Matcher.Match(item.ForMatching()), item.Matches, Touchpoints);
            return Same(matches, item.Matches) ? null : item.WithMatches(matches);
        }
    }

    private static bool Same(IReadOnlyList<Domain.Feedback.Matching.TouchpointMatch> a, IReadOnlyList<Domain.Feedback.Matching.TouchpointMatch> b) =>
        a.Count == b.Count && a.OrderBy(m => m.CardId).SequenceEqual(b.OrderBy(m => m.CardId));

    // The items are read again inside the write, under the workspace's feedback lock, so an import or an assignment
    // that changed one while the job walked the workspace is built on, not overwritten with what the walk saw.
    private async Task WriteAsync(Guid workspaceId, List<Guid> ids, Rules rules, HashSet<Guid> maps, HashSet<Guid> cards, CancellationToken ct)
    {
        if (ids.Count == 0) return;
        await items.WriteAsync(workspaceId, async (connection, token) =>
        {
            var changes = new FeedbackChangeSet();
            foreach (var before in await items.LoadManyAsync(connection, ids, token))
            {
                if (rules.Rematch(before) is not { } after) continue;
                var (rows, gone) = FeedbackMatch.Rewrite(after, before.Matches, maps, cards);
                changes.GoneMatches.AddRange(gone.Select(card => (after.Id, card)));
                changes.Matches.AddRange(rows);
                changes.Changed.Add(after);
            }
            return (true, changes);
        }, ct);
    }
}

/// <summary>
/// Hears committed map changes: a change to a touchpoint's rules, or a touchpoint or stage moved, removed or
/// restored, queues a <see cref="RematchJob"/> for the map's workspace. It hears them once the map's snapshot is
/// stored, so the job reads the rules as they now are.
/// </summary>
public sealed class RulesChangedListener(IBackgroundJobClient jobs) : IMapCommitListener
{
    private static readonly HashSet<Type> Triggers =
        [typeof(FeedbackRulesSet), typeof(CardRemoved), typeof(StageRemoved), typeof(MapArchived), typeof(MapRestored)];

    public Task CommittedAsync(CommittedChange change)
    {
        // A card moving between stages is frequent in a workshop; only a touchpoint's move changes where its evidence sits.
        var relevant = change.Events.Any(e => Triggers.Contains(e.Data.GetType())
            || e.Data is CardMoved moved && moved.FromStageId != moved.ToStageId && change.Map.FindCard(moved.CardId)?.Kind == CardKind.Touchpoint);
        if (relevant) jobs.Enqueue<RematchJob>("feedback", job => job.RunAsync(change.Map.WorkspaceId, CancellationToken.None));
        return Task.CompletedTask;
    }
}
