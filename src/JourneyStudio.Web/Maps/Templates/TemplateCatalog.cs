using Marten;

namespace JourneyStudio.Web.Maps.Templates;

public sealed class TemplateCatalog(IQuerySession session)
{
    public async Task<IReadOnlyList<MapTemplate>> AllAsync(CancellationToken ct) =>
        (await session.Query<MapTemplate>().ToListAsync(ct)).OrderBy(t => t.Title).ToList();

    public Task<MapTemplate?> FindAsync(string key, CancellationToken ct) =>
        session.Query<MapTemplate>().FirstOrDefaultAsync(t => t.Key == key, ct);
}
