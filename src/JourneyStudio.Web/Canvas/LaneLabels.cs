using JourneyStudio.Domain.Maps;

namespace JourneyStudio.Web.Canvas;

public static class LaneLabels
{
    public static string Of(LaneKind kind) => kind switch
    {
        LaneKind.PainPoints => "Pain points",
        LaneKind.SupportProcesses => "Support processes",
        _ => kind.ToString(),
    };
}
