using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps.Commands;

public sealed record SetTouchpointChannel(Guid CardId, string? Channel) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var card = map.RequireCard(CardId, "cardId", CardKind.Touchpoint);
        var channel = Guard.Text(Channel, "channel", Limits.Channel, allowEmpty: true);
        var value = channel.Length == 0 ? null : channel;
        return value == card.Touchpoint!.Channel ? Nothing : One(new TouchpointChannelSet(map.Id, CardId, value, ctx.By, ctx.At));
    }
}

public sealed record SetKpiTargets(Guid CardId, int? Nps, decimal? Csat, decimal? Ces) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var card = map.RequireCard(CardId, "cardId", CardKind.Touchpoint);
        if (Nps is { } nps) Guard.Range(nps, "nps", -100, 100);
        if (Csat is { } csat) Guard.Range(csat, "csat", 1m, 5m);
        if (Ces is { } ces) Guard.Range(ces, "ces", 1m, 7m);
        var kpis = new KpiTargets(Nps, Csat, Ces);
        return kpis == card.Touchpoint!.Kpis ? Nothing : One(new KpiTargetsSet(map.Id, CardId, kpis, ctx.By, ctx.At));
    }
}

public sealed record SetFeedbackRules(Guid CardId, IReadOnlyList<FeedbackRule> Rules) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var card = map.RequireCard(CardId, "cardId", CardKind.Touchpoint);
        var rules = Rules ?? [];
        if (rules.Count > Limits.Rules)
            throw new DomainRuleViolation("rules", $"A touchpoint can have at most {Limits.Rules} feedback rules; got {rules.Count}.");
        var clean = rules.Select((r, i) => Clean(r, i)).ToList();
        return clean.SequenceEqual(card.Touchpoint!.FeedbackRules) ? Nothing : One(new FeedbackRulesSet(map.Id, CardId, clean, ctx.By, ctx.At));
    }

    private static FeedbackRule Clean(FeedbackRule rule, int index)
    {
        if (!Enum.IsDefined(rule.Kind)) throw new DomainRuleViolation($"rules[{index}].kind", $"'{rule.Kind}' is not a rule kind.");
        var value = Guard.Text(rule.Value, $"rules[{index}].value", Limits.RuleValue);
        var field = rule.Kind == FeedbackRuleKind.FieldEquals ? Guard.Text(rule.Field, $"rules[{index}].field", Limits.Name) : null;
        return new FeedbackRule(rule.Kind, value, field);
    }
}

public sealed record TagMomentOfTruth(Guid CardId, string Reason) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var card = map.RequireCard(CardId, "cardId", CardKind.Touchpoint);
        var reason = Guard.Text(Reason, "reason", Limits.Reason);
        return card.Touchpoint!.MomentOfTruth?.Reason == reason ? Nothing : One(new MomentOfTruthTagged(map.Id, CardId, reason, ctx.By, ctx.At));
    }
}

public sealed record UntagMomentOfTruth(Guid CardId) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var card = map.RequireCard(CardId, "cardId", CardKind.Touchpoint);
        return card.Touchpoint!.MomentOfTruth is null ? Nothing : One(new MomentOfTruthUntagged(map.Id, CardId, ctx.By, ctx.At));
    }
}
