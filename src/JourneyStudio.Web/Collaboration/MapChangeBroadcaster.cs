using JourneyStudio.Web.Maps;
using Microsoft.AspNetCore.SignalR;

namespace JourneyStudio.Web.Collaboration;

/// <summary>Sends every committed change to the map's group, on this instance and (through the backplane) on every other.</summary>
public sealed class MapChangeBroadcaster(IHubContext<MapHub> hub) : IMapCommitListener
{
    public bool Early => true;

    public Task CommittedAsync(CommittedChange change) =>
        change.Events.Count == 0
            ? Task.CompletedTask
            : hub.Clients.Group(MapHub.GroupOf(change.MapId))
                .SendAsync(MapHub.ChangedMessage, new MapChanged(change.MapId, change.Version, change.Events, change.Map.UpdatedBy));
}
