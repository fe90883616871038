namespace JourneyStudio.Web.Seeding;

public static class SeedingModule
{
    public static IServiceCollection AddSeeding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => SeedDataFolder.Locate(configuration, sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath));
        services.AddSingleton<DemoDataLoader>();
        if (configuration.GetValue("JourneyStudio:LoadDemoData", true)) services.AddHostedService<DemoDataOnStart>();
        return services;
    }
}

/// <summary>Loads the demo data before the app starts serving, so the first page already shows it.</summary>
internal sealed class DemoDataOnStart(DemoDataLoader loader) : IHostedService
{
    public Task StartAsync(CancellationToken ct) => loader.LoadAsync(ct);

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
