using JasperFx.Events;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Events;
using Marten.Events.Aggregation;

namespace JourneyStudio.Web.Maps;

/// <summary>The inline snapshot of each map stream: Marten hands each event to the domain's own evolve.</summary>
public sealed class MapProjection : SingleStreamProjection<JourneyMap, Guid>
{
    public override JourneyMap? Evolve(JourneyMap? snapshot, Guid id, IEvent e) => e.Data switch
    {
        MapCreated created => JourneyMap.Create(created),
        IMapEvent change when snapshot is not null => snapshot.Apply(change),
        _ => snapshot,
    };
}
