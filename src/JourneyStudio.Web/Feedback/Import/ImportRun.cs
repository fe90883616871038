using JourneyStudio.Domain.Feedback;

namespace JourneyStudio.Web.Feedback.Import;

public enum RunStatus { Queued, Running, Succeeded, Failed }

public enum RunTrigger { Schedule, Manual, Upload, Webhook, Demo }

/// <summary>
/// One import of one source: when, what came of it (read / new / updated / duplicate / rejected), each rejection
/// with where and why, and the pages read. Saved as it goes, so a running import shows live progress.
/// </summary>
public sealed class ImportRun
{
    public const int RejectionsKept = 500;

    public Guid Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public Guid SourceId { get; set; }
    public string SourceName { get; set; } = "";
    public RunTrigger Trigger { get; set; }
    public string RequestedBy { get; set; } = "";
    public RunStatus Status { get; set; }
    public DateTimeOffset QueuedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public int Read { get; set; }
    public int New { get; set; }
    public int Updated { get; set; }
    public int Duplicate { get; set; }
    public int Rejected { get; set; }
    public int Matched { get; set; }
    public List<string> Pages { get; set; } = [];
    public List<Rejection> Rejections { get; set; } = [];
    public List<string> Notes { get; set; } = [];
    /// <summary>Why the run failed as a whole (the source could not be read at all, or a fetch was refused).</summary>
    public string? Error { get; set; }
    public int Attempt { get; set; }
    public string? JobId { get; set; }

    public void Reject(Rejection rejection)
    {
        Rejected++;
        if (Rejections.Count < RejectionsKept) Rejections.Add(rejection);
    }

    /// <summary>A retry starts the counts afresh: what the earlier attempt stored is found again as duplicates.</summary>
    public void Restart(DateTimeOffset at)
    {
        (Read, New, Updated, Duplicate, Rejected, Matched) = (0, 0, 0, 0, 0, 0);
        Pages.Clear();
        Rejections.Clear();
        Notes.Clear();
        Error = null;
        Status = RunStatus.Running;
        StartedAt = at;
        FinishedAt = null;
        Attempt++;
    }
}
