using JourneyStudio.Domain.Heat;

namespace JourneyStudio.Web.Heat;

/// <summary>One cell's figures as the API and the canvas show them; <see cref="Step"/> is the colour step, null when hatched or empty.</summary>
public sealed record FiguresView(
    long Volume, long NegativeItems, double? MeanScore, double? NegativeShare, double? NegativeShareLower, double? NegativeShareUpper,
    double? PainIndex, EvidenceLevel Evidence, int EvidenceMinimum, string EvidenceText, int? Step)
{
    public static FiguresView Of(HeatFigures f) => new(
        f.Volume, f.NegativeItems, f.MeanScore, f.NegativeShare, f.NegativeShareInterval?.Lower, f.NegativeShareInterval?.Upper,
        f.PainIndex, f.Evidence, f.EvidenceMinimum, f.EvidenceText, f.ColourPain is { } pain ? HeatScale.Step(pain) : null);

    public bool Hatched => Evidence == EvidenceLevel.Insufficient;
}

/// <summary>A window's figures and the same figures week by week (aligned with <see cref="WindowView.Weeks"/>).</summary>
public sealed record SeriesView(FiguresView Window, IReadOnlyList<FiguresView> Weeks)
{
    public static SeriesView Of(HeatSeries s) => new(FiguresView.Of(s.Window), s.Weeks.Select(w => FiguresView.Of(w.Figures)).ToList());

    /// <summary>The whole window's figures, or one week's when <paramref name="week"/> is set (the play control).</summary>
    public FiguresView At(int? week) => week is { } i && i >= 0 && i < Weeks.Count ? Weeks[i] : Window;
}

public sealed record WindowView(string First, string Last, string Label, IReadOnlyList<string> Weeks)
{
    public static WindowView Of(HeatWindow w) => new(w.First.ToString(), w.Last.ToString(), w.Label, w.Weeks.Select(x => x.ToString()).ToList());
}

public sealed record TouchpointHeatView(Guid CardId, Guid StageId, string Label, SeriesView Heat);

public sealed record StageHeatView(Guid StageId, string Name, SeriesView Heat);

/// <summary>GET /api/maps/{id}/heat: every touchpoint, every stage column and the whole map over one window.</summary>
public sealed record MapHeatView(Guid MapId, WindowView Window, int EvidenceMinimum, SeriesView Map,
    IReadOnlyList<StageHeatView> Stages, IReadOnlyList<TouchpointHeatView> Touchpoints)
{
    public static MapHeatView Of(MapHeat heat, HeatSettings settings) => new(
        heat.MapId, WindowView.Of(heat.Window), settings.EvidenceMinimum, SeriesView.Of(heat.Map),
        heat.Stages.Select(s => new StageHeatView(s.StageId, s.Name, SeriesView.Of(s.Heat))).ToList(),
        heat.Touchpoints.Select(t => new TouchpointHeatView(t.TouchpointId, t.StageId, t.Label, SeriesView.Of(t.Heat))).ToList());

    public TouchpointHeatView? Touchpoint(Guid id) => Touchpoints.FirstOrDefault(t => t.CardId == id);

    public StageHeatView? Stage(Guid id) => Stages.FirstOrDefault(s => s.StageId == id);
}

public sealed record MapRollupView(Guid MapId, string Title, SeriesView Heat, IReadOnlyList<StageHeatView> Stages);

/// <summary>GET /api/heat: the workspace's maps and their stages from the roll-up, for the cross-journey view.</summary>
public sealed record WorkspaceHeatView(WindowView Window, int EvidenceMinimum, SeriesView Workspace, IReadOnlyList<MapRollupView> Maps);
