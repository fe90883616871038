using JourneyStudio.Domain.Feedback.Matching;
using JourneyStudio.Domain.Maps;
using Marten;

namespace JourneyStudio.Web.Feedback.Import;

/// <summary>The matching rules of every touchpoint on the workspace's maps that are not archived, read from the maps' snapshots.</summary>
public static class TouchpointRuleBook
{
    public static async Task<TouchpointMatcher> MatcherAsync(IQuerySession session, Guid workspaceId, CancellationToken ct) =>
        new(await RulesAsync(session, workspaceId, ct));

    public static async Task<IReadOnlyList<TouchpointRules>> RulesAsync(IQuerySession session, Guid workspaceId, CancellationToken ct)
    {
        var maps = await session.Query<JourneyMap>().Where(m => m.WorkspaceId == workspaceId && !m.Archived).ToListAsync(ct);
        return maps.SelectMany(Of).ToList();
    }

    public static IEnumerable<TouchpointRules> Of(JourneyMap map) =>
        map.Cards.Where(c => c.Touchpoint is { FeedbackRules.Count: > 0 })
            .Select(c => new TouchpointRules(map.Id, c.StageId, c.Id, c.Label, c.Touchpoint!.FeedbackRules));

    /// <summary>Every touchpoint card still on a live map of the workspace, with its stage: manual matches to anything else lapse.</summary>
    public static async Task<Dictionary<Guid, (Guid MapId, Guid StageId)>> TouchpointsAsync(IQuerySession session, Guid workspaceId, CancellationToken ct)
    {
        var maps = await session.Query<JourneyMap>().Where(m => m.WorkspaceId == workspaceId && !m.Archived).ToListAsync(ct);
        return maps.SelectMany(m => m.Cards.Where(c => c.Kind == CardKind.Touchpoint).Select(c => (c.Id, m.Id, c.StageId)))
            .ToDictionary(x => x.Item1, x => (x.Item2, x.StageId));
    }
}
