using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Heat;

/// <summary>A workspace's heat setting: how many items a cell needs before it is coloured rather than hatched.</summary>
public sealed record HeatSettings
{
    public const int DefaultEvidenceMinimum = 10;

    public static readonly HeatSettings Default = new(DefaultEvidenceMinimum);

    public HeatSettings(int evidenceMinimum)
    {
        EvidenceMinimum = Guard.Range(evidenceMinimum, "evidenceMinimum", 1, 100_000);
    }

    public int EvidenceMinimum { get; }
}
