using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Heat;

/// <summary>
/// How many days a pain point may stay in each status before it is flagged overdue, set per workspace.
/// Defaults: acknowledge within 5 days, start work within 10, resolve within 30, and get a verdict from feedback
/// within 70 days of resolving (the default after window is 56 days; two more weeks allow for late feedback).
/// Verified is the end of the loop and has no target.
/// </summary>
public sealed record PainPointTargets
{
    public static readonly PainPointTargets Default = new(5, 10, 30, 70);

    public PainPointTargets(int openDays, int acknowledgedDays, int inProgressDays, int resolvedDays)
    {
        OpenDays = Guard.Range(openDays, "openDays", 1, 365);
        AcknowledgedDays = Guard.Range(acknowledgedDays, "acknowledgedDays", 1, 365);
        InProgressDays = Guard.Range(inProgressDays, "inProgressDays", 1, 365);
        ResolvedDays = Guard.Range(resolvedDays, "resolvedDays", 1, 365);
    }

    public int OpenDays { get; }
    public int AcknowledgedDays { get; }
    public int InProgressDays { get; }
    public int ResolvedDays { get; }

    public int? DaysFor(PainPointStatus status) => status switch
    {
        PainPointStatus.Open => OpenDays,
        PainPointStatus.Acknowledged => AcknowledgedDays,
        PainPointStatus.InProgress => InProgressDays,
        PainPointStatus.Resolved => ResolvedDays,
        _ => null,
    };

    /// <summary>Where a pain point stands against its status's target at <paramref name="now"/>.</summary>
    public PainPointDeadline Deadline(PainPointFacet painPoint, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(painPoint);
        var since = painPoint.StatusSince;
        var daysIn = (int)Math.Floor((now - since).TotalDays);
        var status = Name(painPoint.Status);
        if (DaysFor(painPoint.Status) is not { } target)
            return new PainPointDeadline(painPoint.Status, since, null, null, false, 0, $"{status}; no target");
        var due = since.AddDays(target);
        var overdue = now > due;
        var daysOver = overdue ? (int)Math.Floor((now - due).TotalDays) : 0;
        var sentence = overdue
            ? $"{status} for {Days(daysIn)}, target {Days(target)}: overdue" + (daysOver > 0 ? $" by {Days(daysOver)}" : "")
            : due == now
                ? $"{status} for {Days(daysIn)}, target {Days(target)}: due now"
                : $"{status} for {Days(daysIn)}, target {Days(target)}: due in {Days((int)Math.Ceiling((due - now).TotalDays))}";
        return new PainPointDeadline(painPoint.Status, since, target, due, overdue, daysOver, sentence);
    }

    /// <summary>The map's overdue pain points, the longest overdue first.</summary>
    public IReadOnlyList<(Card PainPoint, PainPointDeadline Deadline)> Overdue(JourneyMap map, DateTimeOffset now) =>
        map.Cards.Where(c => c.PainPoint is not null)
            .Select(c => (PainPoint: c, Deadline: Deadline(c.PainPoint!, now)))
            .Where(x => x.Deadline.IsOverdue)
            .OrderBy(x => x.Deadline.Due)
            .ThenBy(x => x.PainPoint.Id)
            .ToList();

    private static string Days(int n) => n == 1 ? "1 day" : $"{n} days";

    private static string Name(PainPointStatus status) => status == PainPointStatus.InProgress ? "In progress" : status.ToString();
}

/// <summary>A pain point against its status's target: when it is due and whether it is overdue, with a sentence for the UI.</summary>
public sealed record PainPointDeadline(
    PainPointStatus Status,
    DateTimeOffset Since,
    int? TargetDays,
    DateTimeOffset? Due,
    bool IsOverdue,
    int DaysOverdue,
    string Sentence);
