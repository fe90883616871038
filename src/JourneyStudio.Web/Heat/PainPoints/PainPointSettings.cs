using JourneyStudio.Domain.Heat;

namespace JourneyStudio.Web.Heat.PainPoints;

/// <summary>
/// A workspace's closed-loop windows and minimum sample, and its target days per pain-point status, stored as one
/// document per workspace (its id is the workspace's). Plain numbers are stored; the domain's records check them.
/// </summary>
public sealed class PainPointSettings
{
    public Guid Id { get; set; }
    public int BeforeDays { get; set; } = ClosedLoopSettings.Default.BeforeDays;
    public int AfterDays { get; set; } = ClosedLoopSettings.Default.AfterDays;
    public int MinimumSample { get; set; } = ClosedLoopSettings.Default.MinimumSample;
    public double Alpha { get; set; } = ClosedLoopSettings.Default.Alpha;
    public int OpenDays { get; set; } = PainPointTargets.Default.OpenDays;
    public int AcknowledgedDays { get; set; } = PainPointTargets.Default.AcknowledgedDays;
    public int InProgressDays { get; set; } = PainPointTargets.Default.InProgressDays;
    public int ResolvedDays { get; set; } = PainPointTargets.Default.ResolvedDays;

    public ClosedLoopSettings ClosedLoop => new(BeforeDays, AfterDays, MinimumSample, Alpha);

    public PainPointTargets Targets => new(OpenDays, AcknowledgedDays, InProgressDays, ResolvedDays);

    public static PainPointSettings DefaultFor(Guid workspaceId) => new() { Id = workspaceId };
}

/// <summary>What an admin sends to change the settings; every field is checked by the domain's records before anything is stored.</summary>
public sealed record PainPointSettingsRequest(
    int BeforeDays, int AfterDays, int MinimumSample, double Alpha, int OpenDays, int AcknowledgedDays, int InProgressDays, int ResolvedDays)
{
    public PainPointSettings ToDocument(Guid workspaceId)
    {
        _ = new ClosedLoopSettings(BeforeDays, AfterDays, MinimumSample, Alpha);
        _ = new PainPointTargets(OpenDays, AcknowledgedDays, InProgressDays, ResolvedDays);
        return new PainPointSettings
        {
            Id = workspaceId, BeforeDays = BeforeDays, AfterDays = AfterDays, MinimumSample = MinimumSample, Alpha = Alpha,
            OpenDays = OpenDays, AcknowledgedDays = AcknowledgedDays, InProgressDays = InProgressDays, ResolvedDays = ResolvedDays,
        };
    }
}
