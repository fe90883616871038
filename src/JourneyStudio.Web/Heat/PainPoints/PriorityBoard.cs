using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Heat;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Heat.ClosedLoop;
using JourneyStudio.Web.Feedback.Storage;
using Marten;

namespace JourneyStudio.Web.Heat.PainPoints;

/// <summary>Which pain points the ranked list shows; all optional.</summary>
public sealed record PriorityFilter(Guid? MapId = null, PainPointStatus? Status = null, Guid? OwnerId = null, bool OverdueOnly = false);

public sealed record PriorityPart(string Name, double Points, int MaxPoints, string Explanation);

/// <summary>One row of the ranked list: the pain point, its priority out of 100 in parts, and where it stands against its target.</summary>
public sealed record PriorityRow(
    int Rank, Guid MapId, string MapTitle, Guid CardId, string Label, PainPointStatus Status, int Severity, Guid? OwnerId, string? OwnerName,
    string? OwnerColour, double Score, IReadOnlyList<PriorityPart> Parts, long Items, bool Overdue, string Deadline);

public sealed record MapChoice(Guid Id, string Title);

public sealed record PriorityList(string Window, IReadOnlyList<PriorityRow> Rows, IReadOnlyList<MapChoice> Maps, IReadOnlyList<Department> Departments);

/// <summary>
/// Ranks the pain points that still need work (all but Verified) of one map or the whole workspace by
/// PainPointPriority, over the last <see cref="Weeks"/> weeks of feedback at their touchpoints. Readable by every member.
/// </summary>
public sealed class PriorityBoard(IDocumentStore store, FeedbackStore feedback, ICurrentActor actor, TimeProvider clock)
{
    public const int Weeks = 12;

    public async Task<PriorityList?> RankAsync(PriorityFilter filter, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(Permission.ReadMaps, ct);
        await using var query = store.QuerySession();
        var maps = await query.Query<JourneyMap>().Where(m => m.WorkspaceId == caller.WorkspaceId && !m.Archived).ToListAsync(ct);
        var shown = maps;
        if (filter.MapId is { } mapId)
        {
            shown = maps.Where(m => m.Id == mapId).ToList();
            if (shown.Count == 0) return null;
        }
        var workspace = (await query.LoadAsync<Workspace>(caller.WorkspaceId, ct))?.Catalog ?? new WorkspaceCatalog(caller.WorkspaceId, [], []);
        var settings = await ClosedLoopChecker.SettingsAsync(query, caller.WorkspaceId, ct);
        var now = clock.GetUtcNow();
        var window = HeatWindow.LastWeeks(Weeks, now);

        var touchpoints = shown.SelectMany(m => m.Cards.Where(c => c.PainPoint is { Status: not PainPointStatus.Verified }).SelectMany(c => c.PainPoint!.ConcernsTouchpointIds))
            .Distinct().ToList();
        var rows = await LoopFeedback.RowsAsync(feedback, caller.WorkspaceId, touchpoints, window.Start, window.End, ct);
        var cells = rows.Where(r => r.Score is not null)
            .GroupBy(r => new HeatCell(r.CardId, IsoWeek.Of(r.ReceivedAt)))
            .ToDictionary(g => g.Key, g => HeatTally.Of(g.Select(r => new ScoredItem(r.ReceivedAt, r.Score!.Value))));

        var inputs = shown.SelectMany(m => PriorityInput.ForMap(m, c => cells.GetValueOrDefault(c), window)).ToList();
        var byId = shown.SelectMany(m => m.Cards.Where(c => c.PainPoint is not null).Select(c => (m, c))).ToDictionary(x => x.c.Id);
        var ranked = PainPointPriority.Rank(inputs, PrioritySettings.Default)
            .Select(p => (Priority: p, Map: byId[p.Input.PainPointId].m, Deadline: settings.Targets.Deadline(byId[p.Input.PainPointId].c.PainPoint!, now)))
            .Where(x => filter.Status is null || x.Priority.Input.Status == filter.Status)
            .Where(x => filter.OwnerId is null || x.Priority.Input.OwnerDepartmentId == filter.OwnerId)
            .Where(x => !filter.OverdueOnly || x.Deadline.IsOverdue)
            .Select((x, i) =>
            {
                var input = x.Priority.Input;
                var owner = workspace.Departments.FirstOrDefault(d => d.Id == input.OwnerDepartmentId);
                return new PriorityRow(i + 1, x.Map.Id, x.Map.Title, input.PainPointId, byId[input.PainPointId].c.Text, input.Status, input.Severity, input.OwnerDepartmentId,
                    owner?.Name ?? (input.OwnerDepartmentId is null ? null : "a removed department"), owner?.Colour, Math.Round(x.Priority.Score, 1),
                    x.Priority.Components.Select(c => new PriorityPart(c.Name, Math.Round(c.Points, 1), c.MaxPoints, c.Explanation)).ToList(),
                    input.Evidence.Count, x.Deadline.IsOverdue, x.Deadline.Sentence);
            })
            .ToList();
        var label = $"feedback of the last {Weeks} weeks ({window.First.Monday:d MMM} – {window.Last.Monday.AddDays(6):d MMM yyyy})";
        return new PriorityList(label, ranked, maps.OrderBy(m => m.Title).Select(m => new MapChoice(m.Id, m.Title)).ToList(), workspace.Departments);
    }
}
