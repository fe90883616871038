using JourneyStudio.Domain.Maps;

namespace JourneyStudio.Web.Feedback.Evidence;

/// <summary>One touchpoint as pickers and filters show it: where it sits (journey and stage) and what it says.</summary>
public sealed record TouchpointChoice(Guid MapId, string MapTitle, MapState State, Guid StageId, string StageName, Guid CardId, string Label, string? Channel)
{
    /// <summary>True when every word typed appears in its label, channel, stage or journey, ignoring case.</summary>
    public bool Fits(string search)
    {
        var haystack = $"{Label} {Channel} {StageName} {MapTitle}";
        return search.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => haystack.Contains(w, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>The touchpoints of the workspace's live maps, journey by journey and stage by stage, in the maps' own order.</summary>
public static class TouchpointDirectory
{
    public static IReadOnlyList<TouchpointChoice> Of(IEnumerable<JourneyMap> maps) =>
        maps.SelectMany(map => map.OrderedStages.SelectMany(stage => map.OrderedLanes
                .SelectMany(lane => map.CardsIn(stage.Id, lane.Id))
                .Where(c => c.Kind == CardKind.Touchpoint)
                .Select(c => new TouchpointChoice(map.Id, map.Title, map.State, stage.Id, stage.Name, c.Id, c.Label, c.Touchpoint?.Channel))))
            .ToList();
}
