namespace JourneyStudio.Domain.Maps;

public enum MapState { Current, Future }

public enum LaneKind
{
    Actions, Touchpoints, Channels, Thoughts, Emotions, PainPoints, Opportunities,
    Backstage, SupportProcesses, Metrics, Custom,
}

public enum CardKind { Note, Touchpoint, Emotion, PainPoint }

public enum PainPointStatus { Open, Acknowledged, InProgress, Resolved, Verified }

public static class PainPointStatuses
{
    /// <summary>The status as people write it ("In progress").</summary>
    public static string Name(PainPointStatus status) => status == PainPointStatus.InProgress ? "In progress" : status.ToString();
}

public enum CardColour { Yellow, Orange, Red, Pink, Purple, Blue, Teal, Green, Grey }

public static class CardKinds
{
    /// <summary>A card of the kind as people call it ("A pain point").</summary>
    public static string Label(CardKind kind) => kind switch
    {
        CardKind.Touchpoint => "A touchpoint",
        CardKind.Emotion => "An emotion point",
        CardKind.PainPoint => "A pain point",
        _ => "A note",
    };
}

public static class LaneKinds
{
    /// <summary>The kind as people write it ("Pain points").</summary>
    public static string Label(LaneKind kind) => kind switch
    {
        LaneKind.PainPoints => "Pain points",
        LaneKind.SupportProcesses => "Support processes",
        _ => kind.ToString(),
    };

    /// <summary>Whether a lane's name says no more than its kind, as in the templates' "Touchpoints" lane.</summary>
    public static bool NamedAfterKind(string name, LaneKind kind) => string.Equals(name.Trim(), Label(kind), StringComparison.OrdinalIgnoreCase);

    /// <summary>A card's kind follows its lane, so the grid never holds, say, an emotion in the touchpoints row.</summary>
    public static CardKind CardKindFor(LaneKind lane) => lane switch
    {
        LaneKind.Touchpoints => CardKind.Touchpoint,
        LaneKind.Emotions => CardKind.Emotion,
        LaneKind.PainPoints => CardKind.PainPoint,
        _ => CardKind.Note,
    };
}
