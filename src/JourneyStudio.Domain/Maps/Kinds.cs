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

public static class LaneKinds
{
    /// <summary>A card's kind follows its lane, so the grid never holds, say, an emotion in the touchpoints row.</summary>
    public static CardKind CardKindFor(LaneKind lane) => lane switch
    {
        LaneKind.Touchpoints => CardKind.Touchpoint,
        LaneKind.Emotions => CardKind.Emotion,
        LaneKind.PainPoints => CardKind.PainPoint,
        _ => CardKind.Note,
    };
}
