using JourneyStudio.Domain.Shared;
using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Feedback.Import;
using JourneyStudio.Web.Feedback.Jobs;
using Marten;

namespace JourneyStudio.Web.Feedback.Sources;

/// <summary>Sources of the caller's workspace: a source of another workspace reads as missing. Every call checks the stored role.</summary>
public sealed class FeedbackSources(IDocumentStore store, ICurrentActor actor, FeedbackScheduler scheduler)
{
    public const long MaxUploadBytes = 50 * 1024 * 1024;

    public async Task<IReadOnlyList<FeedbackSource>> ListAsync(CancellationToken ct)
    {
        var caller = await actor.RequireAsync(FeedbackAccess.ConfigureSources, ct);
        await using var query = store.QuerySession();
        return (await query.Query<FeedbackSource>().Where(s => s.WorkspaceId == caller.WorkspaceId).ToListAsync(ct)).OrderBy(s => s.Name).ToList();
    }

    public async Task<FeedbackSource?> GetAsync(Guid id, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(FeedbackAccess.ConfigureSources, ct);
        await using var query = store.QuerySession();
        var source = await query.LoadAsync<FeedbackSource>(id, ct);
        return source?.WorkspaceId == caller.WorkspaceId ? source : null;
    }

    public async Task<FeedbackSource> CreateAsync(SourceRequest request, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(FeedbackAccess.ConfigureSources, ct);
        var now = DateTimeOffset.UtcNow;
        var source = new FeedbackSource { Id = Guid.NewGuid(), WorkspaceId = caller.WorkspaceId, CreatedAt = now, CreatedBy = caller.Actor.Name, UpdatedAt = now };
        request.ApplyTo(source);
        await using var session = store.LightweightSession();
        session.Store(source);
        await session.SaveChangesAsync(ct);
        scheduler.Sync(source);
        return source;
    }

    public async Task<FeedbackSource?> UpdateAsync(Guid id, SourceRequest request, CancellationToken ct)
    {
        if (await GetAsync(id, ct) is not { } source) return null;
        if (request.Kind != source.Kind) throw new DomainRuleViolation("kind", "A source's kind cannot change; make a new source instead.");
        request.ApplyTo(source);
        source.UpdatedAt = DateTimeOffset.UtcNow;
        await using var session = store.LightweightSession();
        session.Store(source);
        await session.SaveChangesAsync(ct);
        scheduler.Sync(source);
        return source;
    }

    /// <summary>Removes the source and its schedule. Its items and runs stay: evidence already on the maps is not lost.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken ct)
    {
        if (await GetAsync(id, ct) is not { } source) return false;
        await using var session = store.LightweightSession();
        session.Delete(source);
        await session.SaveChangesAsync(ct);
        scheduler.Remove(source.Id);
        return true;
    }

    public async Task<FeedbackUpload?> UploadAsync(Guid id, string fileName, byte[] content, CancellationToken ct)
    {
        if (await GetAsync(id, ct) is not { } source) return null;
        if (source.Kind != SourceKind.Csv) throw new DomainRuleViolation("file", "Only CSV/TSV sources take an uploaded file.");
        if (content.Length == 0) throw new DomainRuleViolation("file", "The file is empty.");
        if (content.Length > MaxUploadBytes) throw new DomainRuleViolation("file", $"The file is {content.Length:N0} bytes; the limit is {MaxUploadBytes:N0}.");
        var upload = new FeedbackUpload { Id = Guid.NewGuid(), WorkspaceId = source.WorkspaceId, FileName = Path.GetFileName(fileName), Content = content, UploadedAt = DateTimeOffset.UtcNow };
        source.UploadId = upload.Id;
        source.Url = null;
        await using var session = store.LightweightSession();
        session.Store(upload);
        session.Store(source);
        await session.SaveChangesAsync(ct);
        return upload;
    }

    public async Task<string?> UploadNameAsync(FeedbackSource source, CancellationToken ct)
    {
        if (source.UploadId is not { } id) return null;
        await using var query = store.QuerySession();
        return (await query.LoadAsync<FeedbackUpload>(id, ct))?.FileName;
    }

    public async Task<ImportRun?> ImportNowAsync(Guid id, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(FeedbackAccess.ConfigureSources, ct);
        if (await GetAsync(id, ct) is not { } source) return null;
        if (source.Kind == SourceKind.Webhook) throw new DomainRuleViolation("kind", "A webhook source is pushed to; there is nothing to fetch.");
        return await scheduler.ImportNowAsync(source, RunTrigger.Manual, caller.Actor.Name, ct);
    }

    public async Task<IReadOnlyList<ImportRun>?> RunsAsync(Guid sourceId, int take, CancellationToken ct)
    {
        if (await GetAsync(sourceId, ct) is null) return null;
        await using var query = store.QuerySession();
        return await query.Query<ImportRun>().Where(r => r.SourceId == sourceId).OrderByDescending(r => r.QueuedAt).Take(take).ToListAsync(ct);
    }

    /// <summary>Each source's newest run (queued, running or finished), for the sources list.</summary>
    public async Task<IReadOnlyDictionary<Guid, ImportRun>> LatestRunsAsync(CancellationToken ct)
    {
        var caller = await actor.RequireAsync(FeedbackAccess.ConfigureSources, ct);
        await using var query = store.QuerySession();
        var sourceIds = await query.Query<FeedbackSource>().Where(s => s.WorkspaceId == caller.WorkspaceId).Select(s => s.Id).ToListAsync(ct);
        var latest = new Dictionary<Guid, ImportRun>();
        foreach (var id in sourceIds)
            if (await query.Query<ImportRun>().Where(r => r.SourceId == id).OrderByDescending(r => r.QueuedAt).FirstOrDefaultAsync(ct) is { } run)
                latest[id] = run;
        return latest;
    }

    public async Task<ImportRun?> RunAsync(Guid runId, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(FeedbackAccess.ConfigureSources, ct);
        await using var query = store.QuerySession();
        var run = await query.LoadAsync<ImportRun>(runId, ct);
        return run?.WorkspaceId == caller.WorkspaceId ? run : null;
    }

    public async Task<FeedbackSettings> SettingsAsync(CancellationToken ct)
    {
        var caller = await actor.RequireAsync(FeedbackAccess.ConfigureSources, ct);
        await using var query = store.QuerySession();
        return await query.LoadAsync<FeedbackSettings>(caller.WorkspaceId, ct) ?? new FeedbackSettings { Id = caller.WorkspaceId };
    }

    /// <summary>Admins only: hosts that may be fetched although they resolve to loopback or private addresses.</summary>
    public async Task<FeedbackSettings> SetAllowedHostsAsync(IReadOnlyList<string> hosts, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(FeedbackAccess.Administer, ct);
        var clean = new List<string>();
        for (var i = 0; i < hosts.Count; i++)
        {
            var host = (hosts[i] ?? "").Trim().ToLowerInvariant();
            if (host.Length == 0) continue;
            if (host.Length > 253 || host.Contains('/') || host.Contains(' ') || host.Contains('@'))
                throw new DomainRuleViolation($"allowedHosts[{i}]", $"'{hosts[i]}' is not a host name or IP address (no scheme, path or port).");
            if (!clean.Contains(host)) clean.Add(host);
        }
        var settings = new FeedbackSettings { Id = caller.WorkspaceId, AllowedHosts = clean, UpdatedAt = DateTimeOffset.UtcNow, UpdatedBy = caller.Actor.Name };
        await using var session = store.LightweightSession();
        session.Store(settings);
        await session.SaveChangesAsync(ct);
        return settings;
    }
}
