using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Workspaces;

namespace JourneyStudio.Domain.Heat;

/// <summary>A touchpoint a department is accountable for, with its heat over the matrix's window.</summary>
public sealed record OwnedTouchpoint(Guid MapId, Guid CardId, string StageName, string Text, bool MomentOfTruth, HeatFigures Heat);

/// <summary>A pain point a department owns.</summary>
public sealed record OwnedPainPoint(Guid MapId, Guid CardId, string StageName, string Text, PainPointStatus Status, int Severity)
{
    /// <summary>Work still with the owner; a resolved one waits for feedback to verify it, not for the department.</summary>
    public bool StillOpen => Status is PainPointStatus.Open or PainPointStatus.Acknowledged or PainPointStatus.InProgress;
}

/// <summary>
/// What one department (or nobody, when <see cref="DepartmentId"/> is null) answers for in one journey, or in all of
/// them when <see cref="MapId"/> is null: its touchpoints, its pain points, and the combined heat of those touchpoints.
/// </summary>
public sealed record AccountabilityCell(
    Guid? MapId, Guid? DepartmentId, IReadOnlyList<OwnedTouchpoint> Touchpoints, IReadOnlyList<OwnedPainPoint> PainPoints, HeatFigures Heat)
{
    public int OpenPainPoints => PainPoints.Count(p => p.StillOpen);

    public bool IsEmpty => Touchpoints.Count == 0 && PainPoints.Count == 0;
}

/// <summary>A department's row: one cell per journey, in the matrix's journey order, and its whole part.</summary>
public sealed record AccountabilityRow(Department? Department, IReadOnlyList<AccountabilityCell> Cells, AccountabilityCell Total);

public sealed record AccountabilityJourney(Guid MapId, string Title, MapState State);

/// <summary>
/// Who answers for which moments of the customer's experience, and how those moments feel: departments × journeys,
/// each cell the touchpoints and pain points the department owns in that journey, its heat rolled up from the
/// touchpoints' weekly tallies (volume-weighted, as <see cref="HeatRollup"/> does). Rows run from the most pain to
/// the least, cells without enough evidence last; a "no owner" row, last, holds what nobody answers for — cards
/// without a department or whose department was removed — since those gaps are what the matrix is for.
/// </summary>
public sealed record AccountabilityMatrix(
    HeatWindow Window, int EvidenceMinimum, IReadOnlyList<AccountabilityJourney> Journeys, IReadOnlyList<AccountabilityRow> Rows)
{
    /// <param name="cell">The stored tally of one touchpoint of one map in one week (a card id is unique within its map only).</param>
    public static AccountabilityMatrix Build(IReadOnlyList<JourneyMap> maps, IReadOnlyList<Department> departments,
        Func<Guid, HeatCell, HeatTally> cell, HeatWindow window, HeatSettings settings)
    {
        var journeys = maps.OrderBy(m => m.Title, StringComparer.CurrentCultureIgnoreCase).ThenBy(m => m.Id).ToList();
        var known = departments.Select(d => d.Id).ToHashSet();
        Guid? OwnerOf(Card card) => card.OwnerDepartmentId is { } id && known.Contains(id) ? id : null;

        var owned = journeys.SelectMany(map => map.Cards
                .Where(c => c.Kind is CardKind.Touchpoint or CardKind.PainPoint)
                .Select(c => (Map: map, Card: c, Owner: OwnerOf(c), Stage: map.FindStage(c.StageId)?.Name ?? "")))
            .ToList();
        var tallies = owned.Where(o => o.Card.Kind == CardKind.Touchpoint)
            .ToDictionary(o => (o.Map.Id, o.Card.Id), o => HeatTally.Sum(window.Weeks.Select(w => cell(o.Map.Id, new HeatCell(o.Card.Id, w)))));

        AccountabilityCell CellOf(Guid? mapId, Guid? owner)
        {
            var mine = owned.Where(o => o.Owner == owner && (mapId is null || o.Map.Id == mapId)).ToList();
            var touchpointTallies = mine.Where(o => o.Card.Kind == CardKind.Touchpoint).Select(o => (o, Tally: tallies[(o.Map.Id, o.Card.Id)])).ToList();
            var touchpoints = touchpointTallies
                .Select(t => new OwnedTouchpoint(t.o.Map.Id, t.o.Card.Id, t.o.Stage, t.o.Card.Text, t.o.Card.Touchpoint?.MomentOfTruth is not null, t.Tally.Figures(settings)))
                .OrderByDescending(t => t.Heat.ColourPain ?? -1).ThenBy(t => t.Text, StringComparer.CurrentCulture)
                .ToList();
            var painPoints = mine.Where(o => o.Card.PainPoint is not null)
                .Select(o => new OwnedPainPoint(o.Map.Id, o.Card.Id, o.Stage, o.Card.Text, o.Card.PainPoint!.Status, o.Card.PainPoint.Severity))
                .OrderByDescending(p => p.StillOpen).ThenByDescending(p => p.Severity).ThenBy(p => p.Text, StringComparer.CurrentCulture)
                .ToList();
            var heat = HeatRollup.Combine(touchpointTallies.Select(t => t.Tally), settings);
            return new AccountabilityCell(mapId, owner, touchpoints, painPoints, heat);
        }

        AccountabilityRow RowOf(Department? department) =>
            new(department, journeys.Select(m => CellOf(m.Id, department?.Id)).ToList(), CellOf(null, department?.Id));

        var rows = departments.Select(RowOf)
            .OrderByDescending(r => r.Total.Heat.ColourPain ?? -1)
            .ThenByDescending(r => r.Total.OpenPainPoints)
            .ThenBy(r => r.Department!.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        var nobody = RowOf(null);
        if (!nobody.Total.IsEmpty) rows.Add(nobody);
        return new AccountabilityMatrix(window, settings.EvidenceMinimum, journeys.Select(m => new AccountabilityJourney(m.Id, m.Title, m.State)).ToList(), rows);
    }
}
