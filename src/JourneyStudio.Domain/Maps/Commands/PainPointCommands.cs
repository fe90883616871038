using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps.Commands;

public sealed record SetPainPointSeverity(Guid CardId, int Severity) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var card = map.RequireCard(CardId, "cardId", CardKind.PainPoint);
        Guard.Range(Severity, "severity", 1, 5);
        return card.PainPoint!.Severity == Severity ? Nothing : One(new PainPointSeveritySet(map.Id, CardId, Severity, ctx.By, ctx.At));
    }
}

/// <summary>
/// Moves a pain point through Open → Acknowledged → InProgress → Resolved → Verified. Steps may be skipped
/// forwards; going back is only to Open (a reopening). Every change says why (<see cref="Reason"/>), so the map's
/// history reads as the pain point's story. Verified is the closed loop's to give: only the system sets it, when
/// feedback at the touchpoint confirms the fix. Resolving records the fix date (<see cref="FixedAt"/>, when the fix
/// reached customers, which may be before it was marked resolved; the moment of resolving when not given): the
/// closed loop compares the feedback before and after it.
/// </summary>
public sealed record SetPainPointStatus(Guid CardId, PainPointStatus Status, string? Reason = null, DateTimeOffset? FixedAt = null) : MapCommand
{
    /// <summary>Fix dates older than this are taken for typing mistakes rather than history.</summary>
    public static readonly DateTimeOffset EarliestFix = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var card = map.RequireCard(CardId, "cardId", CardKind.PainPoint);
        var pain = card.PainPoint!;
        if (!Enum.IsDefined(Status)) throw new DomainRuleViolation("status", $"'{Status}' is not a pain-point status.");
        var reason = Guard.Text(Reason, "reason", Limits.Reason, allowEmpty: true);
        if (FixedAt is not null && Status != PainPointStatus.Resolved)
            throw new DomainRuleViolation("fixedAt", $"A fix date is recorded only when resolving; '{card.Label}' is being moved to {Status}.");
        if (Status == pain.Status) return Nothing;
        if (Status == PainPointStatus.Verified && !ctx.BySystem)
            throw new DomainRuleViolation("status", "A pain point becomes Verified only when feedback at its touchpoint confirms the fix; it cannot be set by hand.");
        if (Status > PainPointStatus.Open && pain.OwnerDepartmentId is null)
            throw new DomainRuleViolation("status", $"Assign an owner department to '{card.Label}' before moving it to {Status}.");
        if (Status < pain.Status && Status != PainPointStatus.Open)
            throw new DomainRuleViolation("status", $"A pain point can go back only to Open; '{card.Label}' is {pain.Status}.");
        if (reason.Length == 0)
            throw new DomainRuleViolation("reason", Status == PainPointStatus.Open
                ? "Say why the pain point is reopened."
                : $"Say why '{card.Label}' moves to {PainPointStatuses.Name(Status)}.");
        DateTimeOffset? fixedAt = null;
        if (Status == PainPointStatus.Resolved)
        {
            fixedAt = FixedAt ?? ctx.At;
            if (fixedAt > ctx.At)
                throw new DomainRuleViolation("fixedAt", $"The fix date {fixedAt:yyyy-MM-dd} is in the future; resolve the pain point once the fix has reached customers.");
            if (fixedAt < EarliestFix)
                throw new DomainRuleViolation("fixedAt", $"The fix date {fixedAt:yyyy-MM-dd} is before {EarliestFix:yyyy}; check the year.");
        }
        return One(new PainPointStatusSet(map.Id, CardId, pain.Status, Status, reason, ctx.By, ctx.At, fixedAt));
    }
}

public sealed record SetPainPointConcerns(Guid CardId, IReadOnlyList<Guid> TouchpointIds) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var card = map.RequireCard(CardId, "cardId", CardKind.PainPoint);
        var ids = (TouchpointIds ?? []).Distinct().ToList();
        for (var i = 0; i < ids.Count; i++) map.RequireCard(ids[i], $"touchpointIds[{i}]", CardKind.Touchpoint);
        return ids.SequenceEqual(card.PainPoint!.ConcernsTouchpointIds) ? Nothing : One(new PainPointConcernsSet(map.Id, CardId, ids, ctx.By, ctx.At));
    }
}

/// <summary>
/// Links a feedback item to a pain point as evidence. The item is named by id; whether it exists in the workspace
/// is the caller's to check (the map does not hold feedback), and <see cref="Excerpt"/> keeps the history readable.
/// </summary>
public sealed record LinkPainPointEvidence(Guid CardId, Guid FeedbackItemId, string Excerpt) : MapCommand
{
    /// <summary>The link with its excerpt cut from the item's own text: one line, at most <see cref="Limits.Excerpt"/> characters.</summary>
    public static LinkPainPointEvidence Quoting(Guid cardId, Guid feedbackItemId, string itemText)
    {
        var line = string.Join(' ', itemText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return new(cardId, feedbackItemId, line.Length <= Limits.Excerpt ? line : line[..(Limits.Excerpt - 1)] + "…");
    }

    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var card = map.RequireCard(CardId, "cardId", CardKind.PainPoint);
        if (FeedbackItemId == Guid.Empty) throw new DomainRuleViolation("feedbackItemId", "Name the feedback item to link.");
        var excerpt = Guard.Text(Excerpt, "excerpt", Limits.Excerpt, allowEmpty: true);
        var linked = card.PainPoint!.EvidenceItemIds;
        if (linked.Contains(FeedbackItemId)) return Nothing;
        if (linked.Count >= Limits.EvidenceItems)
            throw new DomainRuleViolation("feedbackItemId", $"'{card.Label}' already links {Limits.EvidenceItems} feedback items; unlink one first.");
        return One(new PainPointEvidenceLinked(map.Id, CardId, FeedbackItemId, excerpt, ctx.By, ctx.At));
    }
}

public sealed record UnlinkPainPointEvidence(Guid CardId, Guid FeedbackItemId) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var card = map.RequireCard(CardId, "cardId", CardKind.PainPoint);
        return card.PainPoint!.EvidenceItemIds.Contains(FeedbackItemId)
            ? One(new PainPointEvidenceUnlinked(map.Id, CardId, FeedbackItemId, ctx.By, ctx.At))
            : Nothing;
    }
}
