namespace JourneyStudio.Web.Feedback.Import;

/// <summary>A run's progress or outcome, and which maps gained or lost evidence, for open pages in this instance.</summary>
public sealed record FeedbackChanges(Guid WorkspaceId, IReadOnlyCollection<Guid> MapIds, IReadOnlyCollection<Guid> CardIds);

/// <summary>
/// In-process notices after each committed batch: pages showing runs and evidence subscribe and refresh. Other app
/// instances learn the same by reading the run documents, which are saved with every batch.
/// </summary>
public sealed class FeedbackNotifier
{
    public event Action<ImportRun>? RunChanged;
    public event Action<FeedbackChanges>? EvidenceChanged;

    public void Publish(ImportRun run) => RunChanged?.Invoke(run);

    public void Publish(FeedbackChanges changes)
    {
        if (changes.CardIds.Count > 0 || changes.MapIds.Count > 0) EvidenceChanged?.Invoke(changes);
    }
}
