using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Web.Maps.Templates;
using Marten;

namespace JourneyStudio.Web.Maps;

public static class MapsModule
{
    public static IServiceCollection AddMaps(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            // Known up front so the event tables exist from the start (the start-up snapshot repair reads them) and
            // every stored event resolves to its type, whatever this process has appended so far.
            options.Events.AddEventTypes(typeof(IMapEvent).Assembly.GetTypes()
                .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IMapEvent))));
            options.Schema.For<MapSummary>().Index(m => m.WorkspaceId);
            options.Schema.For<MapTemplate>().UniqueIndex(t => t.Key);
            options.Schema.For<JourneyMap>().Index(m => m.WorkspaceId);
        });
        services.AddSingleton<MapGates>();
        services.AddSingleton<LatestMaps>();
        services.AddHostedService<SnapshotRepairOnStart>();
        services.AddSingleton<MapWriter>();
        services.AddScoped<MapReader>();
        services.AddScoped<MapRequests>();
        services.AddScoped<MapCreator>();
        services.AddScoped<TemplateCatalog>();
        return services;
    }
}

/// <summary>Before the app serves, brings up to date any snapshot left behind its stream when the app last stopped mid-edit.</summary>
internal sealed class SnapshotRepairOnStart(IDocumentStore store, ILogger<SnapshotRepairOnStart> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var repaired = await MapSnapshots.RepairAsync(store, ct);
        if (repaired > 0) log.LogInformation("Brought {Count} map snapshots up to their latest events", repaired);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
