using JourneyStudio.Domain.Heat;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Web.Heat.PainPoints;
using JourneyStudio.Web.Maps;
using JourneyStudio.Web.Feedback.Storage;
using Marten;
using LoopRules = JourneyStudio.Domain.Heat.ClosedLoop;

namespace JourneyStudio.Web.Heat.ClosedLoop;

/// <summary>The closed loop's reading of one resolved pain point: the verdict and the weekly figures it rests on.</summary>
public sealed record LoopEvaluation(ClosedLoopVerdict Verdict, IReadOnlyList<LoopWeek> Weeks);

/// <summary>What a check did: the verdict, and the status it moved the pain point to, if any.</summary>
public sealed record LoopCheckResult(Guid MapId, Guid CardId, string Outcome, string Sentence, bool IsFinal, PainPointStatus Status, PainPointStatus? MovedTo);

/// <summary>
/// Compares the feedback at a resolved pain point's touchpoints before and after its fix date (ClosedLoop.Verify) and
/// applies what the verdict implies as the system: Verified when the negative share fell significantly, back to Open
/// when it rose significantly; then tells the owner department's members and the watchers. Used by the daily job and
/// by "Check now"; the caller's rights are checked before this is reached.
/// </summary>
public sealed class ClosedLoopChecker(IDocumentStore store, FeedbackStore feedback, MapWriter writer, NoticeBoard notices, TimeProvider clock, ILogger<ClosedLoopChecker> log)
{
    public static async Task<PainPointSettings> SettingsAsync(IQuerySession session, Guid workspaceId, CancellationToken ct) =>
        await session.LoadAsync<PainPointSettings>(workspaceId, ct) ?? PainPointSettings.DefaultFor(workspaceId);

    /// <summary>Null when the pain point has no fix date (it is not Resolved or Verified).</summary>
    public async Task<LoopEvaluation?> EvaluateAsync(IQuerySession session, JourneyMap map, Card card, ClosedLoopSettings settings, CancellationToken ct)
    {
        if (card.PainPoint is not { ResolvedAt: { } fixedAt } pain) return null;
        var now = clock.GetUtcNow();
        var from = fixedAt.AddDays(-settings.BeforeDays);
        var afterEnd = fixedAt.AddDays(settings.AfterDays);
        var to = now < afterEnd ? (now < fixedAt ? fixedAt : now) : afterEnd;
        var touchpoints = pain.ConcernsTouchpointIds.Where(t => map.FindCard(t) is { Kind: CardKind.Touchpoint }).ToList();
        var rows = await LoopFeedback.RowsAsync(feedback, map.WorkspaceId, touchpoints, from, to, ct);
        var scored = LoopFeedback.Scored(rows);
        return new LoopEvaluation(LoopRules.Verify(fixedAt, scored, now, settings), LoopFeedback.Weekly(scored, from, to));
    }

    /// <summary>Null when the map or card is gone or the card is not a pain point with a fix date.</summary>
    public async Task<LoopCheckResult?> CheckAsync(Guid mapId, Guid cardId, CancellationToken ct)
    {
        await using var query = store.QuerySession();
        var map = await MapSnapshots.LatestAsync(query, mapId, ct);
        if (map?.FindCard(cardId) is not { PainPoint: not null } card || map.Archived) return null;
        var settings = await SettingsAsync(query, map.WorkspaceId, ct);
        if (await EvaluateAsync(query, map, card, settings.ClosedLoop, ct) is not { } evaluation) return null;
        var verdict = evaluation.Verdict;

        var catalog = (await query.LoadAsync<Workspace>(map.WorkspaceId, ct))?.Catalog ?? new WorkspaceCatalog(map.WorkspaceId, [], []);
        // Picked inside the map's write turn: if someone reopened or re-resolved it meanwhile, this verdict no longer applies.
        var change = await writer.ApplyAsync(mapId, latest =>
            latest.FindCard(cardId) is { PainPoint.ResolvedAt: { } fixedAt } now && fixedAt == verdict.FixedAt
            && LoopRules.StatusChange(now, verdict) is { } command ? [command] : [], Actor.System, catalog, ct);
        var after = change?.Map.FindCard(cardId)?.PainPoint?.Status ?? card.PainPoint.Status;
        PainPointStatus? movedTo = change is { Events.Count: > 0 } ? after : null;
        if (movedTo is { } status)
        {
            log.LogInformation("Closed loop moved pain point {CardId} on map {MapId} to {Status}: {Sentence}", cardId, mapId, status, verdict.Sentence);
            var title = status == PainPointStatus.Verified ? $"Fix verified: '{card.Label}'" : $"Reopened: '{card.Label}'";
            await notices.SendAsync(map.WorkspaceId, mapId, cardId, card.PainPoint.OwnerDepartmentId, title, Sentence(verdict), ct);
        }
        return new LoopCheckResult(mapId, cardId, verdict.Outcome.ToString(), Sentence(verdict), verdict.IsFinal, after, movedTo);
    }

    /// <summary>The verdict in words; a worse verdict says that it reopened the pain point.</summary>
    public static string Sentence(ClosedLoopVerdict verdict) =>
        verdict.Outcome == VerificationOutcome.Worse ? verdict.Sentence.Replace("worse:", "worse: reopened —", StringComparison.Ordinal) : verdict.Sentence;

    /// <summary>
    /// The daily re-check: every Resolved pain point, and every Verified one whose after window is still open (a
    /// verified fix can still turn out worse). Returns how many were checked.
    /// </summary>
    public async Task<int> CheckAllAsync(CancellationToken ct)
    {
        var due = new List<(Guid MapId, Guid CardId)>();
        await using (var query = store.QuerySession())
        {
            var now = clock.GetUtcNow();
            var settings = (await query.Query<PainPointSettings>().ToListAsync(ct)).ToDictionary(s => s.Id);
            await foreach (var map in query.Query<JourneyMap>().Where(m => !m.Archived).ToAsyncEnumerable(ct))
            {
                var afterDays = settings.GetValueOrDefault(map.WorkspaceId)?.AfterDays ?? ClosedLoopSettings.Default.AfterDays;
                due.AddRange(map.Cards
                    .Where(c => c.PainPoint is { Status: PainPointStatus.Resolved } or { Status: PainPointStatus.Verified, ResolvedAt: not null }
                                && (c.PainPoint.Status == PainPointStatus.Resolved || c.PainPoint.ResolvedAt!.Value.AddDays(afterDays) > now.AddDays(-1)))
                    .Select(c => (map.Id, c.Id)));
            }
        }
        foreach (var (mapId, cardId) in due)
        {
            try { await CheckAsync(mapId, cardId, ct); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One map's refusal (a removed department, a concurrent removal) must not stop the others' checks.
                log.LogWarning(e, "The closed-loop check of pain point {CardId} on map {MapId} failed", cardId, mapId);
            }
        }
        return due.Count;
    }
}
