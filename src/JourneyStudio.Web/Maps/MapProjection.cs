using JasperFx.Events;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Events;
using Marten.Events.Aggregation;

namespace JourneyStudio.Web.Maps;

/// <summary>The inline snapshot of each map stream: Marten hands each event to the domain's own evolve.</summary>
public sealed class MapProjection : SingleStreamProjection<JourneyMap, Guid>
{
    public override JourneyMap? Evolve(JourneyMap? snapshot, Guid id, IEvent e)
    {
        var next = e.Data switch
        {
            MapCreated created => JourneyMap.Start(created),
            IMapEvent change when snapshot is not null => snapshot.Evolve(change),
            _ => snapshot,
        };
        // The stream's own version is the truth; the domain's count agrees with it, and this keeps them from drifting.
        if (next is not null) next.Version = (int)e.Version;
        return next;
    }
}
