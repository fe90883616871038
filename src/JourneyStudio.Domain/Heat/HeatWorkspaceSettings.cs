namespace JourneyStudio.Domain.Heat;

/// <summary>Everything a workspace sets for heat and the closed loop, in one record to store with the workspace.</summary>
public sealed record HeatWorkspaceSettings(HeatSettings Heat, ClosedLoopSettings ClosedLoop, PrioritySettings Priority, PainPointTargets Targets)
{
    public static readonly HeatWorkspaceSettings Default = new(HeatSettings.Default, ClosedLoopSettings.Default, PrioritySettings.Default, PainPointTargets.Default);
}
