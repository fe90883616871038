namespace JourneyStudio.Web.Canvas;

public enum EditTarget { NewCard, CardText, StageName, LaneName }

/// <summary>What one person is typing into on the canvas right now: at most one thing at a time.</summary>
public sealed record CanvasEdit(EditTarget Target, Guid Id, string Initial, Guid? StageId = null, Guid? LaneId = null)
{
    public bool IsCard(Guid cardId) => Target == EditTarget.CardText && Id == cardId;

    public bool IsNewCardIn(Guid stageId, Guid laneId) => Target == EditTarget.NewCard && StageId == stageId && LaneId == laneId;
}
