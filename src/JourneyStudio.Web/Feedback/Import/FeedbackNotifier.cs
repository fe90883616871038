namespace JourneyStudio.Web.Feedback.Import;

/// <summary>
/// A workspace's feedback changed: which maps and touchpoints gained or lost evidence (none when only unmatched
/// items came, which still changes the triage inbox). <see cref="Relayed"/> marks a change another instance made and
/// <see cref="FeedbackRelay"/> passed on.
/// </summary>
public sealed record FeedbackChanges(Guid WorkspaceId, IReadOnlyCollection<Guid> MapIds, IReadOnlyCollection<Guid> CardIds, bool Relayed = false);

/// <summary>
/// In-process notices after each committed batch: pages showing runs and evidence subscribe and refresh. Evidence
/// notices reach other app instances through <see cref="FeedbackRelay"/> (when Redis is configured); their run pages
/// read the saved runs back while one is under way.
/// </summary>
public sealed class FeedbackNotifier
{
    public event Action<ImportRun>? RunChanged;
    public event Action<FeedbackChanges>? EvidenceChanged;

    public void Publish(ImportRun run) => RunChanged?.Invoke(run);

    public void Publish(FeedbackChanges changes) => EvidenceChanged?.Invoke(changes);
}
