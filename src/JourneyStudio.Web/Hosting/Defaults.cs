using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Components;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.FileProviders;
using Scalar.AspNetCore;

namespace JourneyStudio.Web.Hosting;

public static class Defaults
{
    public const long MaxRequestBytes = 1024 * 1024;

    public static WebApplicationBuilder AddJourneyStudioDefaults(this WebApplicationBuilder builder)
    {
        // ./build.sh run serves from the build output, not a publish folder: component styles and the Blazor
        // script come from the static-web-assets manifest in any environment (a no-op once published).
        Microsoft.AspNetCore.Hosting.StaticWebAssets.StaticWebAssetsLoader.UseStaticWebAssets(builder.Environment, builder.Configuration);
        // One batch of 500 commands fits well inside this; anything larger is refused before it is read.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBytes);
        var services = builder.Services;
        services.AddJourneyStudioMarten(builder.Configuration);
        services.AddSharedDataProtection();
        services.Configure<JsonOptions>(o => JsonDefaults.Configure(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiErrors>();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres");
        services.AddRazorComponents().AddInteractiveServerComponents();
        return builder;
    }

    public static WebApplication UseJourneyStudioDefaults(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseSecurityHeaders();
        // Bodies that announce their size are refused up front; Kestrel's own limit catches the chunked ones.
        app.Use((http, next) =>
        {
            if (http.Request.ContentLength > MaxRequestBytes)
            {
                http.Response.StatusCode = StatusCodes.Status413RequestEntityTooLarge;
                return Task.CompletedTask;
            }
            return next(http);
        });
        app.UseStatusCodePages();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot-shared")),
            RequestPath = "/shared",
        });
        app.UseAccounts();
        app.UseAntiforgery();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api/docs").AllowAnonymous();
        app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
        return app;
    }

    public static WebApplication MapJourneyStudioPages(this WebApplication app)
    {
        // Stylesheets and the Blazor script are public: the sign-in page and shared links need them before anyone signs in.
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
