namespace JourneyStudio.Web.Maps;

/// <summary>Hears every change committed to a map, in version order per map within this app instance.</summary>
public interface IMapCommitListener
{
    /// <summary>
    /// True for the live broadcast, whose delay every other editor feels: it hears a change as soon as the events are
    /// durable, before the map's snapshot is rewritten. Others hear it after, when every reader sees the new map.
    /// </summary>
    bool Early => false;

    Task CommittedAsync(CommittedChange change);
}
