namespace JourneyStudio.Web.Maps;

/// <summary>Hears every change committed to a map, in version order per map within this app instance.</summary>
public interface IMapCommitListener
{
    Task CommittedAsync(CommittedChange change);
}
