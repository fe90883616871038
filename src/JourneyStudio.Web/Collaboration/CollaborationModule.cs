using Microsoft.AspNetCore.SignalR;
using JourneyStudio.Web.Hosting;
using JourneyStudio.Web.Maps;
using StackExchange.Redis;

namespace JourneyStudio.Web.Collaboration;

public static class CollaborationModule
{
    /// <summary>Hub messages larger than this are refused before they are read (a 500-command batch fits).</summary>
    public const long MaxMessageBytes = 256 * 1024;

    public static IServiceCollection AddCollaboration(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HubRateLimits>(configuration.GetSection(HubRateLimits.Section));
        services.Configure<LiveOrigins>(configuration.GetSection(LiveOrigins.Section));
        services.AddSingleton<HubGuard>();
        services.AddSingleton<IMapCommitListener, MapChangeBroadcaster>();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<VersionRestorer>();
        // Only the map hub: as a global option the guard would also ration Blazor's own circuit hub, whose render
        // acknowledgements and interop calls easily pass 20 a second, and a refused one leaves the page waiting.
        var signalR = services
            .AddSignalR()
            .AddHubOptions<MapHub>(o =>
            {
                o.MaximumReceiveMessageSize = MaxMessageBytes;
                o.AddFilter<HubGuard>();
            })
            .AddJsonProtocol(o => JsonDefaults.Configure(o.PayloadSerializerOptions));
        // Several app instances share live edits through Redis; one instance needs nothing more.
        if (configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal("journeystudio"));
        return services;
    }

    public static WebApplication MapCollaboration(this WebApplication app)
    {
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/hubs") || http.Request.Path.StartsWithSegments("/_blazor"),
            branch => branch.UseMiddleware<OriginCheck>());
        app.MapHub<MapHub>("/hubs/maps");
        app.MapVersionRestoreApi();
        return app;
    }
}
