using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps.Commands;

/// <summary>
/// Brings the map back to how it was at <see cref="FromVersion"/> by recording a new event: history is never
/// rewritten, so the restore itself can be seen, and undone by restoring the version before it.
/// </summary>
/// <param name="Content">The map's content at that version, read from the event store by the caller.</param>
public sealed record RestoreVersion(int FromVersion, MapContent Content) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        if (FromVersion < 1 || FromVersion >= map.Version)
            throw new DomainRuleViolation("version", $"Version {FromVersion} is not an earlier version of this map (it is at version {map.Version}).");
        if (map.Archived)
            throw new DomainRuleViolation("version", "The map is archived; restore it from the archive before restoring a version.");
        return One(new VersionRestored(map.Id, FromVersion, Content, ctx.By, ctx.At));
    }
}
