using JourneyStudio.Domain.Heat;

namespace JourneyStudio.Web.Heat;

/// <summary>A workspace's stored heat setting (the evidence minimum); the workspace id is the document id. Absent means the default.</summary>
public sealed class HeatWorkspacePreferences
{
    public Guid Id { get; set; }
    public int EvidenceMinimum { get; set; } = HeatSettings.DefaultEvidenceMinimum;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public HeatSettings Settings => new(EvidenceMinimum);
}
