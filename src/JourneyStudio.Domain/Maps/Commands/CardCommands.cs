using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps.Commands;

public sealed record AddCard(
    Guid StageId, Guid LaneId, string Text, Guid? CardId = null, Placement? Placement = null,
    CardColour? Colour = null, IReadOnlyList<string>? Tags = null) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        map.RequireStage(StageId, "stageId");
        var lane = map.RequireLane(LaneId, "laneId");
        var text = Guard.Text(Text, "text", Limits.CardText);
        var tags = CardStyle.CleanTags(Tags);
        var id = CardId ?? ctx.NewId();
        map.RequireUnused(id, "cardId");
        var key = (Placement ?? Maps.Placement.AtEnd).KeyAmong(map.CardsIn(StageId, LaneId).ToList(), c => c.Id, c => c.OrderKey);
        return One(new CardAdded(map.Id, id, StageId, LaneId, LaneKinds.CardKindFor(lane.Kind), text, key,
            CardStyle.CheckColour(Colour), tags, ctx.By, ctx.At));
    }
}

public sealed record EditCardText(Guid CardId, string Text) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var card = map.RequireCard(CardId, "cardId");
        var text = Guard.Text(Text, "text", Limits.CardText);
        return text == card.Text ? Nothing : One(new CardTextEdited(map.Id, CardId, text, ctx.By, ctx.At));
    }
}

public sealed record MoveCard(Guid CardId, Guid StageId, Guid LaneId, Placement? Placement = null) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var card = map.RequireCard(CardId, "cardId");
        map.RequireStage(StageId, "stageId");
        var lane = map.RequireLane(LaneId, "laneId");
        if (LaneKinds.CardKindFor(lane.Kind) != card.Kind)
            throw new DomainRuleViolation("laneId",
                $"A {card.Kind} card cannot go in '{lane.Name}', which is a {lane.Kind} lane.");

        // In another cell the card is not among the siblings, so any place there is a move.
        var key = (Placement ?? Maps.Placement.AtEnd).KeyForMove(map.CardsIn(StageId, LaneId).ToList(), CardId, c => c.Id, c => c.OrderKey);
        if (key is null) return Nothing;
        return One(new CardMoved(map.Id, CardId, card.StageId, card.LaneId, StageId, LaneId, key, ctx.By, ctx.At));
    }
}

public sealed record RestyleCard(Guid CardId, CardColour? Colour, IReadOnlyList<string>? Tags) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var card = map.RequireCard(CardId, "cardId");
        var colour = CardStyle.CheckColour(Colour);
        var tags = CardStyle.CleanTags(Tags);
        if (colour == card.Colour && tags.SequenceEqual(card.Tags)) return Nothing;
        return One(new CardRestyled(map.Id, CardId, colour, tags, ctx.By, ctx.At));
    }
}

public sealed record RemoveCard(Guid CardId) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        map.RequireCard(CardId, "cardId");
        return One(new CardRemoved(map.Id, CardId, ctx.By, ctx.At));
    }
}

public sealed record SetEmotionScore(Guid CardId, int Score) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var card = map.RequireCard(CardId, "cardId", CardKind.Emotion);
        Guard.Range(Score, "score", -3, 3);
        return card.EmotionScore == Score ? Nothing : One(new EmotionScoreSet(map.Id, CardId, Score, ctx.By, ctx.At));
    }
}

public sealed record AssignOwner(Guid CardId, Guid? DepartmentId) : MapCommand
{
    public override IReadOnlyList<IMapEvent> Decide(JourneyMap map, DecisionContext ctx)
    {
        var card = map.RequireCard(CardId, "cardId");
        if (card.Kind is not (CardKind.Touchpoint or CardKind.PainPoint))
            throw new DomainRuleViolation("cardId", $"Only touchpoints and pain points have an owner; '{card.Label}' is a {card.Kind}.");
        if (DepartmentId is { } department) ctx.Workspace.RequireDepartment(department, "departmentId");
        else if (card.PainPoint is { Status: not PainPointStatus.Open })
            throw new DomainRuleViolation("departmentId", $"The pain point '{card.Label}' is {card.PainPoint.Status} and must keep an owner department.");
        return card.OwnerDepartmentId == DepartmentId ? Nothing : One(new OwnerAssigned(map.Id, CardId, DepartmentId, ctx.By, ctx.At));
    }
}
