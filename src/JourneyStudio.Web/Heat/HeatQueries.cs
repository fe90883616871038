using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Heat;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Heat.Storage;
using JourneyStudio.Web.Maps;
using Marten;

namespace JourneyStudio.Web.Heat;

/// <summary>
/// Heat for the caller's workspace: checks the caller's role on every call (other workspaces' maps are not found),
/// reads the stored weekly tallies of one window and rolls them up with the domain's <see cref="HeatRollup"/>.
/// </summary>
public sealed class HeatQueries(MapReader maps, ICurrentActor caller, IQuerySession session, HeatRows rows, TimeProvider clock)
{
    public const string LastFourWeeks = "last4";
    public const string Quarter = "quarter";
    public const string Custom = "custom";

    /// <summary>
    /// The window named by a request: <c>last4</c> (default), <c>quarter</c>, or <c>custom</c> with <c>from</c> and <c>to</c>.
    /// The first two end today, or at <paramref name="asOf"/>: a past version of a map is read with the feedback of its own time.
    /// </summary>
    public HeatWindow Window(string? window, DateOnly? from, DateOnly? to, DateTimeOffset? asOf = null) => (window ?? LastFourWeeks).Trim().ToLowerInvariant() switch
    {
        LastFourWeeks when asOf is { } at => HeatWindow.WeeksTo(4, at),
        LastFourWeeks => HeatWindow.LastWeeks(4, clock.GetUtcNow()),
        Quarter => HeatWindow.Quarter(asOf ?? clock.GetUtcNow()),
        Custom when from is { } f && to is { } t => HeatWindow.Custom(f, t),
        Custom => throw new DomainRuleViolation(from is null ? "from" : "to", "A custom window needs both from and to, as dates like 2026-10-05."),
        var other => throw new DomainRuleViolation("window", $"'{other}' is not a window; use last4, quarter or custom."),
    };

    /// <summary>
    /// The map's heat in the window named as for <see cref="Window"/>, or null when the map is not in the caller's
    /// workspace. With a <paramref name="version"/>, the map as it was then, and the window ends at that version's time.
    /// </summary>
    public async Task<MapHeatView?> MapAsync(Guid mapId, int? version, string? window, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        if (await maps.GetAsync(mapId, version, ct) is not { } map) return null;
        return await ForAsync(map, Window(window, from, to, version is null ? null : map.UpdatedAt), ct);
    }

    /// <summary>Heat of a map the caller already holds (the canvas), re-checking the caller's role and workspace.</summary>
    public async Task<MapHeatView?> ForAsync(JourneyMap map, HeatWindow window, CancellationToken ct)
    {
        var who = await caller.RequireAsync(Permission.ReadMaps, ct);
        if (map.WorkspaceId != who.WorkspaceId) return null;
        var settings = await SettingsAsync(who.WorkspaceId, ct);
        var cells = await rows.TouchpointsAsync(map.Id, window, ct);
        return MapHeatView.Of(HeatRollup.ForMap(map, cells, window, settings), settings);
    }

    /// <summary>Every map of the workspace and its stages, from the roll-up tables.</summary>
    public async Task<WorkspaceHeatView> WorkspaceAsync(HeatWindow window, CancellationToken ct)
    {
        var who = await caller.RequireAsync(Permission.ReadMaps, ct);
        var settings = await SettingsAsync(who.WorkspaceId, ct);
        var stored = await rows.WorkspaceAsync(who.WorkspaceId, window, ct);
        var summaries = await maps.ListAsync(null, false, ct);
        var mapIds = summaries.Select(s => s.Id).ToHashSet();
        var loaded = (await session.LoadManyAsync<JourneyMap>(ct, stored.Stages.Keys.Select(k => k.MapId).Where(mapIds.Contains).Distinct().ToArray()))
            .ToDictionary(m => m.Id);
        var byMap = summaries.Where(s => stored.Maps.Keys.Any(k => k.MapId == s.Id)).Select(s => new MapRollupView(
                s.Id, s.Title,
                SeriesView.Of(HeatSeries.Of(w => stored.Maps.GetValueOrDefault((s.Id, w)), window, settings)),
                (loaded.GetValueOrDefault(s.Id)?.OrderedStages ?? []).Select(stage => new StageHeatView(stage.Id, stage.Name,
                    SeriesView.Of(HeatSeries.Of(w => stored.Stages.GetValueOrDefault((s.Id, stage.Id, w)), window, settings)))).ToList()))
            .OrderByDescending(m => m.Heat.Window.PainIndex ?? -1)
            .ToList();
        return new WorkspaceHeatView(WindowView.Of(window), settings.EvidenceMinimum,
            SeriesView.Of(HeatSeries.Of(w => stored.Workspace.GetValueOrDefault(w), window, settings)), byMap);
    }

    public async Task<HeatSettings> SettingsAsync(Guid workspaceId, CancellationToken ct) =>
        (await session.LoadAsync<HeatWorkspacePreferences>(workspaceId, ct))?.Settings ?? HeatSettings.Default;

    /// <summary>Admins set how many items a cell needs before it is coloured.</summary>
    public async Task<HeatSettings> SetEvidenceMinimumAsync(int minimum, IDocumentSession writer, CancellationToken ct)
    {
        var who = await caller.RequireAsync(Permission.ManageWorkspace, ct);
        var settings = new HeatSettings(minimum);
        writer.Store(new HeatWorkspacePreferences { Id = who.WorkspaceId, EvidenceMinimum = minimum, UpdatedAt = clock.GetUtcNow(), UpdatedBy = who.Actor.Name });
        await writer.SaveChangesAsync(ct);
        return settings;
    }
}
