using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Accounts.Audit;

namespace JourneyStudio.Web.Maps;

/// <summary>
/// Binds a request to its caller: checks, on every call, that the caller's current role allows it, and supplies
/// who acts, in which workspace, against which departments and personas.
/// </summary>
public sealed class MapRequests(ICurrentActor actor, MapWriter writer, AuditTrail audit, IEvidenceTexts evidence, TimeProvider clock)
{
    public async Task<DecisionContext> ContextAsync(Permission permission, CancellationToken ct)
    {
        var (caller, workspace) = await actor.RequireInWorkspaceAsync(permission, ct);
        return new DecisionContext(caller.Actor, clock.GetUtcNow(), workspace, Guid.NewGuid);
    }

    public async Task<CommittedChange?> ApplyAsync(Guid mapId, IReadOnlyList<MapCommand> commands, CancellationToken ct, bool keepBefore = false)
    {
        var lifecycle = commands.Any(c => c is ArchiveMap or RestoreMap);
        var (caller, workspace) = await actor.RequireInWorkspaceAsync(lifecycle ? Permission.ManageMaps : Permission.EditMaps, ct);
        commands = await QuoteEvidenceAsync(caller.WorkspaceId, commands, ct);
        var change = await writer.ApplyAsync(mapId, commands, caller.Actor, workspace, ct, keepBefore);
        if (lifecycle && change is { Events.Count: > 0 })
            await audit.RecordAsync(caller.WorkspaceId, caller.Actor.Name, commands.Any(c => c is ArchiveMap) ? "map archived" : "map restored",
                $"'{change.Map.Title}' ({mapId})", ct);
        return change;
    }

    /// <summary>
    /// An edit whose commands are picked against the map inside the writer's turn (an undo or redo, whose guards must
    /// hold on the state its commands are decided on). Edits only: archiving and restoring need their own permission,
    /// so they go through the overload above.
    /// </summary>
    public async Task<CommittedChange?> ApplyAsync(
        Guid mapId, Func<JourneyMap, IReadOnlyList<MapCommand>> pick, CancellationToken ct, bool keepBefore = false)
    {
        var (caller, workspace) = await actor.RequireInWorkspaceAsync(Permission.EditMaps, ct);
        return await writer.ApplyAsync(mapId, map => EditsOnly(pick(map)), caller.Actor, workspace, ct, keepBefore);
    }

    /// <summary>A link to feedback names an item of this workspace, and its excerpt is that item's own words.</summary>
    private async Task<IReadOnlyList<MapCommand>> QuoteEvidenceAsync(Guid workspaceId, IReadOnlyList<MapCommand> commands, CancellationToken ct)
    {
        var links = commands.OfType<LinkPainPointEvidence>().Select(l => l.FeedbackItemId).Where(id => id != Guid.Empty).Distinct().ToList();
        if (links.Count == 0) return commands;
        var texts = await evidence.TextsAsync(workspaceId, links, ct);
        return commands.Select(c => c is LinkPainPointEvidence link && link.FeedbackItemId != Guid.Empty
            ? texts.TryGetValue(link.FeedbackItemId, out var text)
                ? LinkPainPointEvidence.Quoting(link.CardId, link.FeedbackItemId, text)
                : throw new DomainRuleViolation("feedbackItemId", $"There is no feedback item {link.FeedbackItemId} in this workspace.")
            : c).ToList();
    }

    private static IReadOnlyList<MapCommand> EditsOnly(IReadOnlyList<MapCommand> commands) =>
        commands.Any(c => c is ArchiveMap or RestoreMap)
            ? throw new InvalidOperationException("Archiving and restoring a map go through the command overload, which checks their permission.")
            : commands;
}
