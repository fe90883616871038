using JourneyStudio.Domain.Maps;

namespace JourneyStudio.Domain.Heat;

/// <summary>One week's figures in a series (a sparkline point, a step of the play control).</summary>
public sealed record WeekHeat(IsoWeek Week, HeatFigures Figures);

/// <summary>Figures over a whole window, and week by week inside it (empty weeks included, with no evidence).</summary>
public sealed record HeatSeries(HeatFigures Window, IReadOnlyList<WeekHeat> Weeks)
{
    public static HeatSeries Of(Func<IsoWeek, HeatTally> weekly, HeatWindow window, HeatSettings settings)
    {
        var tallies = window.Weeks.Select(w => (Week: w, Tally: weekly(w))).ToList();
        return new HeatSeries(
            HeatTally.Sum(tallies.Select(t => t.Tally)).Figures(settings),
            tallies.Select(t => new WeekHeat(t.Week, t.Tally.Figures(settings))).ToList());
    }
}

public sealed record TouchpointHeat(Guid TouchpointId, Guid StageId, string Label, HeatSeries Heat);

public sealed record StageHeat(Guid StageId, string Name, IReadOnlyList<Guid> TouchpointIds, HeatSeries Heat);

/// <summary>A map's heat over one window: each touchpoint, each stage column and the whole map.</summary>
public sealed record MapHeat(Guid MapId, HeatWindow Window, IReadOnlyList<TouchpointHeat> Touchpoints, IReadOnlyList<StageHeat> Stages, HeatSeries Map)
{
    public TouchpointHeat? Touchpoint(Guid id) => Touchpoints.FirstOrDefault(t => t.TouchpointId == id);

    public StageHeat? Stage(Guid id) => Stages.FirstOrDefault(s => s.StageId == id);
}

/// <summary>
/// Rolls touchpoint heat up to stages and the map, and weeks up to windows. Every roll-up adds the underlying
/// tallies and computes its figures from the sum, which makes each combined ratio the volume-weighted mean of its
/// parts: mean = Σ nᵢ·meanᵢ / Σ nᵢ, negative share = Σ nᵢ·shareᵢ / Σ nᵢ, pain = Σ nᵢ·painᵢ / Σ nᵢ — a touchpoint with
/// 400 items weighs forty times one with 10. The Wilson interval and the evidence level are recomputed from the
/// summed counts, so a stage whose touchpoints are each too thin may still have enough evidence as a whole.
/// An item matched to two touchpoints of one stage counts in the stage once for each, as it does on each touchpoint.
/// </summary>
public static class HeatRollup
{
    public static MapHeat ForMap(JourneyMap map, IReadOnlyDictionary<HeatCell, HeatTally> cells, HeatWindow window, HeatSettings settings) =>
        ForMap(map, cell => cells.GetValueOrDefault(cell), window, settings);

    public static MapHeat ForMap(JourneyMap map, HeatLedger ledger, HeatWindow window, HeatSettings settings) =>
        ForMap(map, cell => ledger[cell], window, settings);

    /// <param name="map">The map whose touchpoint cards, in stage order, are rolled up.</param>
    /// <param name="cell">The stored tally of one touchpoint in one week (empty when there is none).</param>
    /// <param name="window">The weeks to combine.</param>
    /// <param name="settings">The workspace's evidence minimum.</param>
    public static MapHeat ForMap(JourneyMap map, Func<HeatCell, HeatTally> cell, HeatWindow window, HeatSettings settings)
    {
        var laneOrder = map.OrderedLanes.Select((l, i) => (l.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var touchpointsByStage = map.OrderedStages.Select(stage => (
                Stage: stage,
                Cards: map.Cards.Where(c => c.StageId == stage.Id && c.Kind == CardKind.Touchpoint)
                    .OrderBy(c => laneOrder.GetValueOrDefault(c.LaneId)).ThenBy(c => c.OrderKey, StringComparer.Ordinal).ThenBy(c => c.Id)
                    .ToList()))
            .ToList();

        // read each stored cell once
        var weekly = touchpointsByStage.SelectMany(s => s.Cards)
            .ToDictionary(c => c.Id, c => window.Weeks.ToDictionary(w => w, w => cell(new HeatCell(c.Id, w))));

        HeatTally TouchpointWeek(Guid id, IsoWeek w) => weekly[id][w];
        HeatTally StageWeek(IReadOnlyList<Card> cards, IsoWeek w) => HeatTally.Sum(cards.Select(c => TouchpointWeek(c.Id, w)));

        var touchpoints = touchpointsByStage.SelectMany(s => s.Cards.Select(c =>
                new TouchpointHeat(c.Id, s.Stage.Id, c.Label, HeatSeries.Of(w => TouchpointWeek(c.Id, w), window, settings))))
            .ToList();
        var stages = touchpointsByStage.Select(s =>
                new StageHeat(s.Stage.Id, s.Stage.Name, s.Cards.Select(c => c.Id).ToList(), HeatSeries.Of(w => StageWeek(s.Cards, w), window, settings)))
            .ToList();
        var all = touchpointsByStage.SelectMany(s => s.Cards).ToList();
        return new MapHeat(map.Id, window, touchpoints, stages, HeatSeries.Of(w => StageWeek(all, w), window, settings));
    }

    /// <summary>The combined figures of several parts (touchpoints, stages or maps), weighted by their volumes.</summary>
    public static HeatFigures Combine(IEnumerable<HeatTally> parts, HeatSettings settings) => HeatTally.Sum(parts).Figures(settings);
}
