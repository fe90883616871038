using JourneyStudio.Domain.Maps.Events;

namespace JourneyStudio.Web.Maps;

public static class EventNames
{
    public static string Of(IMapEvent e) => e.GetType().Name;
}
