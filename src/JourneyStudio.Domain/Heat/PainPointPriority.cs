using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Heat;

/// <summary>
/// How many of the 100 priority points each part may give, and the item count at which volume gives all of its
/// points. The weights must add up to 100 so that a priority always reads "out of 100".
/// </summary>
public sealed record PrioritySettings
{
    public static readonly PrioritySettings Default = new(35, 20, 25, 20, 500);

    public PrioritySettings(int severityPoints, int volumePoints, int negativityPoints, int momentOfTruthPoints, int volumeAtFull)
    {
        SeverityPoints = Guard.Range(severityPoints, "severityPoints", 0, 100);
        VolumePoints = Guard.Range(volumePoints, "volumePoints", 0, 100);
        NegativityPoints = Guard.Range(negativityPoints, "negativityPoints", 0, 100);
        MomentOfTruthPoints = Guard.Range(momentOfTruthPoints, "momentOfTruthPoints", 0, 100);
        var total = severityPoints + volumePoints + negativityPoints + momentOfTruthPoints;
        if (total != 100) throw new DomainRuleViolation("severityPoints", $"The priority weights must add up to 100; they add up to {total}.");
        VolumeAtFull = Guard.Range(volumeAtFull, "volumeAtFull", 10, 10_000_000);
    }

    public int SeverityPoints { get; }
    public int VolumePoints { get; }
    public int NegativityPoints { get; }
    public int MomentOfTruthPoints { get; }
    public int VolumeAtFull { get; }
}

/// <summary>What a pain point's priority is computed from: its severity, the feedback at its touchpoints over a window, and whether any of them is a moment of truth.</summary>
public sealed record PriorityInput(
    Guid MapId,
    Guid PainPointId,
    string Label,
    PainPointStatus Status,
    Guid? OwnerDepartmentId,
    int Severity,
    HeatTally Evidence,
    bool MomentOfTruth)
{
    /// <summary>
    /// The map's pain points that still need work (all but Verified), each with the summed tallies of the
    /// touchpoints it concerns over the window. An item matched to two of those touchpoints counts once for each.
    /// </summary>
    public static IReadOnlyList<PriorityInput> ForMap(JourneyMap map, Func<HeatCell, HeatTally> cell, HeatWindow window)
    {
        var touchpoints = map.Cards.Where(c => c.Kind == CardKind.Touchpoint).ToDictionary(c => c.Id);
        return map.Cards
            .Where(c => c.PainPoint is { Status: not PainPointStatus.Verified })
            .Select(c =>
            {
                var pain = c.PainPoint!;
                var concerned = pain.ConcernsTouchpointIds.Where(touchpoints.ContainsKey).Distinct().ToList();
                var evidence = HeatTally.Sum(concerned.SelectMany(t => window.Weeks.Select(w => cell(new HeatCell(t, w)))));
                var moment = concerned.Any(t => touchpoints[t].Touchpoint?.MomentOfTruth is not null);
                return new PriorityInput(map.Id, c.Id, c.Label, pain.Status, pain.OwnerDepartmentId, pain.Severity, evidence, moment);
            })
            .ToList();
    }

    public static IReadOnlyList<PriorityInput> ForMap(JourneyMap map, HeatLedger ledger, HeatWindow window) =>
        ForMap(map, c => ledger[c], window);
}

/// <summary>One part of a priority: the points it gave out of the most it could, and why, in words.</summary>
public sealed record PriorityComponent(string Name, double Points, int MaxPoints, string Explanation);

/// <summary>
/// A pain point's priority out of 100, as the sum of four parts shown side by side:
/// <list type="bullet">
/// <item>Severity: SeverityPoints · severity / 5.</item>
/// <item>Volume: VolumePoints · min(1, ln(1 + n) / ln(1 + VolumeAtFull)), n = items at its touchpoints in the window —
/// logarithmic, so ten times the feedback is a step up, not ten times the priority.</item>
/// <item>Negativity: NegativityPoints · the lower bound of the 95% Wilson interval of the negative share — the share
/// of unhappy customers we can be confident of, so a handful of angry items does not outrank a well-evidenced problem,
/// and no evidence gives 0 rather than a guess.</item>
/// <item>Moment of truth: all MomentOfTruthPoints when any touchpoint it concerns is a moment of truth, else 0.</item>
/// </list>
/// Defaults 35 / 20 / 25 / 20 with full volume at 500 items: what the workshop judged (severity) leads, evidence
/// (volume and negativity) weighs as much again, and a moment of truth lifts a pain point a clear step.
/// </summary>
public sealed record PainPointPriority(
    PriorityInput Input,
    double Score,
    PriorityComponent Severity,
    PriorityComponent Volume,
    PriorityComponent Negativity,
    PriorityComponent MomentOfTruth)
{
    public IReadOnlyList<PriorityComponent> Components => [Severity, Volume, Negativity, MomentOfTruth];

    public static PainPointPriority Of(PriorityInput input, PrioritySettings settings)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(settings);
        Guard.Range(input.Severity, "severity", 1, 5);
        if (!input.Evidence.IsValidSet) throw new ArgumentException("The evidence tally does not describe a set of items.", nameof(input));

        var n = input.Evidence.Count;
        var severity = new PriorityComponent("Severity", settings.SeverityPoints * input.Severity / 5.0, settings.SeverityPoints,
            $"severity {input.Severity} of 5");
        var volumeShare = Math.Min(1, Math.Log(1 + n) / Math.Log(1 + settings.VolumeAtFull));
        var volume = new PriorityComponent("Volume", settings.VolumePoints * volumeShare, settings.VolumePoints,
            n == 0 ? "no feedback at its touchpoints" : $"{Words.Count(n, "item")} at its touchpoints" + (n >= settings.VolumeAtFull ? $" ({settings.VolumeAtFull} or more counts in full)" : ""));
        var lower = HeatStatistics.Wilson(input.Evidence.Negative, n)?.Lower ?? 0;
        var negativity = new PriorityComponent("Negativity", settings.NegativityPoints * lower, settings.NegativityPoints,
            n == 0 ? "no feedback to show negativity"
                : $"at least {Words.Percent(lower)} negative with 95% confidence ({input.Evidence.Negative} of {n} items)");
        var moment = new PriorityComponent("Moment of truth", input.MomentOfTruth ? settings.MomentOfTruthPoints : 0, settings.MomentOfTruthPoints,
            input.MomentOfTruth ? "concerns a moment of truth" : "not at a moment of truth");
        return new PainPointPriority(input, severity.Points + volume.Points + negativity.Points + moment.Points, severity, volume, negativity, moment);
    }

    /// <summary>
    /// Highest priority first; ties go to the higher severity, then the more items, then the label, so the list is
    /// stable from one page view to the next. Works for one map or, with the inputs of every map, a workspace.
    /// </summary>
    public static IReadOnlyList<PainPointPriority> Rank(IEnumerable<PriorityInput> inputs, PrioritySettings settings) =>
        inputs.Select(i => Of(i, settings))
            .OrderByDescending(p => Math.Round(p.Score, 9))
            .ThenByDescending(p => p.Input.Severity)
            .ThenByDescending(p => p.Input.Evidence.Count)
            .ThenBy(p => p.Input.Label, StringComparer.Ordinal)
            .ThenBy(p => p.Input.PainPointId)
            .ToList();
}
