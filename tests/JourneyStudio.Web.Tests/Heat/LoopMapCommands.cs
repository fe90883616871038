namespace JourneyStudio.Testing.Heat;

/// <summary>
/// The map the closed-loop tests draw: one stage, a touchpoint whose feedback rule takes one channel, and a pain point
/// of severity 4, owned by <c>owner</c>, that concerns the touchpoint.
/// </summary>
public static class LoopMapCommands
{
    public static object[] For(Guid touchpoint, Guid pain, Guid owner, string channel)
    {
        Guid stage = Guid.NewGuid(), touchpoints = Guid.NewGuid(), pains = Guid.NewGuid();
        return
        [
            new { type = "AddStage", name = "Pay", stageId = stage },
            new { type = "AddLane", name = "Touchpoints", kind = "Touchpoints", laneId = touchpoints },
            new { type = "AddLane", name = "Pain points", kind = "PainPoints", laneId = pains },
            new { type = "AddCard", stageId = stage, laneId = touchpoints, text = "Card reader at the till", cardId = touchpoint },
            new { type = "SetFeedbackRules", cardId = touchpoint, rules = new[] { new { kind = "Channel", value = channel } } },
            new { type = "AddCard", stageId = stage, laneId = pains, text = "Card reader refuses contactless", cardId = pain },
            new { type = "AssignOwner", cardId = pain, departmentId = owner },
            new { type = "SetPainPointSeverity", cardId = pain, severity = 4 },
            new { type = "SetPainPointConcerns", cardId = pain, touchpointIds = new[] { touchpoint } },
        ];
    }
}
