using JourneyStudio.Domain.Maps;
using JourneyStudio.Web.Maps.Templates;
using Marten;
using JasperFx.Events.Projections;

namespace JourneyStudio.Web.Maps;

public static class MapsModule
{
    public static IServiceCollection AddMaps(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            options.Projections.Add(new MapProjection(), ProjectionLifecycle.Inline);
            options.Schema.For<MapSummary>().Index(m => m.WorkspaceId);
            options.Schema.For<MapTemplate>().UniqueIndex(t => t.Key);
            options.Schema.For<JourneyMap>().Index(m => m.WorkspaceId);
        });
        services.AddSingleton<MapGates>();
        services.AddSingleton<MapWriter>();
        services.AddScoped<MapReader>();
        services.AddScoped<MapRequests>();
        services.AddScoped<MapCreator>();
        services.AddScoped<TemplateCatalog>();
        return services;
    }
}
