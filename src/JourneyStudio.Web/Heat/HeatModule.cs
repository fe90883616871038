using JourneyStudio.Web.Heat.Accountability;
using JourneyStudio.Web.Heat.Jobs;
using JourneyStudio.Web.Heat.Storage;
using Marten;

namespace JourneyStudio.Web.Heat;

public static class HeatModule
{
    public static WebApplicationBuilder AddHeat(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IConfigureMarten, HeatMarten>();
        services.AddSingleton<HeatRows>();
        services.AddScoped<HeatQueries>();
        services.AddScoped<AccountabilityQueries>();
        services.AddTransient<HeatRollupJob>();
        services.AddHostedService<HeatTablesOnStart>();
        services.AddHostedService<HeatLiveNotices>();
        return builder;
    }

    public static WebApplication MapHeat(this WebApplication app)
    {
        app.MapHeatApi();
        app.MapAccountabilityApi();
        return app;
    }

    private sealed class HeatMarten : IConfigureMarten
    {
        public void Configure(IServiceProvider services, StoreOptions options) => options.Schema.For<HeatWorkspacePreferences>();
    }

    /// <summary>Creates the heat tables and their trigger once Marten has made the feedback tables.</summary>
    private sealed class HeatTablesOnStart(IDocumentStore store) : IHostedService
    {
        public async Task StartAsync(CancellationToken ct)
        {
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            await HeatTables.InstallAsync(store, ct);
        }

        public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    }
}
