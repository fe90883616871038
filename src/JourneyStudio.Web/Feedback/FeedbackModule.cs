using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using JourneyStudio.Domain.Feedback;
using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Feedback.Evidence;
using JourneyStudio.Web.Feedback.Fetching;
using JourneyStudio.Web.Feedback.Import;
using JourneyStudio.Web.Feedback.Jobs;
using JourneyStudio.Web.Feedback.Sources;
using JourneyStudio.Web.Feedback.Storage;
using JourneyStudio.Web.Feedback.Webhooks;
using JourneyStudio.Web.Maps;
using Marten;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace JourneyStudio.Web.Feedback;

/// <summary>Job settings (section <c>JourneyStudio:Feedback:Jobs</c>).</summary>
public sealed class FeedbackJobOptions
{
    public const string Section = "JourneyStudio:Feedback:Jobs";
    /// <summary>Hangfire's schema; default "{JourneyStudio:Schema}_hangfire", beside the app's own.</summary>
    public string? Schema { get; set; }
    public int Workers { get; set; } = 2;
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Whether this instance runs jobs; every instance serves the dashboard and queues jobs.</summary>
    public bool RunServer { get; set; } = true;
}

public static class FeedbackModule
{
    public static WebApplicationBuilder AddFeedback(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddSingleton<IConfigureMarten, FeedbackMarten>();

        services.AddOptions<FetchLimits>().BindConfiguration(FetchLimits.Section);
        services.AddOptions<FeedbackJobOptions>().BindConfiguration(FeedbackJobOptions.Section);
        services.AddHttpClient(SafeFetcher.ClientName, (sp, client) => client.Timeout = sp.GetRequiredService<IOptions<FetchLimits>>().Value.TotalTimeout)
            .ConfigurePrimaryHttpMessageHandler(SafeFetcher.CreateHandler)
            .AddResilienceHandler("feedback-fetch", (pipeline, context) =>
            {
                var limits = context.ServiceProvider.GetRequiredService<IOptions<FetchLimits>>().Value;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(1, limits.Retries),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = limits.RetryDelay,
                    // A refused address is not transient: never retried.
                    ShouldHandle = args => ValueTask.FromResult(
                        args.Outcome.Exception is { } e ? !Refused(e) && HttpClientResiliencePredicates.IsTransient(args.Outcome)
                                                        : HttpClientResiliencePredicates.IsTransient(args.Outcome)),
                });
                pipeline.AddTimeout(limits.AttemptTimeout);
            });

        services.AddSingleton<FeedbackStore>();
        services.AddSingleton<IEvidenceTexts, EvidenceTexts>();
        services.AddHostedService<FeedbackTablesOnStart>();
        services.AddSingleton<SafeFetcher>();
        services.AddSingleton<FeedbackNotifier>();
        if (configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
            services.AddHostedService(sp => ActivatorUtilities.CreateInstance<FeedbackRelay>(sp, redis));
        services.AddSingleton<IMapCommitListener, RulesChangedListener>();
        services.AddSingleton<FeedbackImporter>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<WebhookReceiver>();
        services.AddScoped<FeedbackSources>();
        services.AddScoped<SourcePreview>();
        services.AddScoped<FeedbackQueries>();
        services.AddScoped<FeedbackScheduler>();
        services.AddTransient<ImportFeedbackJob>();
        services.AddTransient<RematchJob>();
        services.AddHostedService<ScheduleSourcesOnStart>();
        services.AddHostedService<DemoFeedbackOnStart>();
        services.AddSingleton<DemoFeedbackSeeder>();

        // Hangfire's storage is made here and registered before AddHangfire, so JobStorage.Current (process-wide) is
        // never used: each app, and each test app in one process, keeps to its own schema.
        var connectionString = configuration.GetConnectionString("Postgres") ?? "";
        services.AddSingleton<JobStorage>(sp =>
        {
            var jobs = sp.GetRequiredService<IOptions<FeedbackJobOptions>>().Value;
            var storageOptions = new PostgreSqlStorageOptions
            {
                SchemaName = jobs.Schema ?? (configuration["JourneyStudio:Schema"] ?? "journeystudio") + "_hangfire",
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = jobs.QueuePollInterval,
                UseSlidingInvisibilityTimeout = true,
            };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storageOptions), storageOptions);
        });
        // Likewise the activator: Hangfire's default is the process-wide JobActivator.Current, which the last app to start would own.
        services.AddSingleton<JobActivator>(sp => new Hangfire.AspNetCore.AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, config) => config
            .UseLogProvider(new HangfireLogs(sp.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        if (configuration.GetValue($"{FeedbackJobOptions.Section}:RunServer", true))
        {
            services.AddHangfireServer((sp, options) =>
            {
                var jobs = sp.GetRequiredService<IOptions<FeedbackJobOptions>>().Value;
                options.WorkerCount = Math.Max(1, jobs.Workers);
                options.Queues = ["feedback", "default"];
                options.SchedulePollingInterval = TimeSpan.FromSeconds(5);
                options.ServerCheckInterval = TimeSpan.FromMinutes(1);
            });
        }
        return builder;
    }

    public static WebApplication MapFeedback(this WebApplication app)
    {
        app.MapFeedbackApi();
        app.MapDemoFeedbackFiles();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new AdminsOnly()],
            DisplayStorageConnectionString = false,
            DashboardTitle = "JourneyStudio jobs",
            AppPath = "/feedback/sources",
        });
        return app;
    }

    private static bool Refused(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException) if (x is FetchFailed) return true;
        return false;
    }

    /// <summary>The dashboard is for the workspace's Admins: anyone else signed in gets 403, the signed-out the sign-in page.</summary>
    private sealed class AdminsOnly : IDashboardAsyncAuthorizationFilter
    {
        public async Task<bool> AuthorizeAsync(DashboardContext context)
        {
            var http = context.GetHttpContext();
            var caller = await http.RequestServices.GetRequiredService<ICurrentActor>().FindAsync(http.RequestAborted);
            return caller?.Can(FeedbackAccess.Administer) == true;
        }
    }
}

/// <summary>
/// The feedback documents' indexes. Items and their match rows are not Marten documents: they live in the tables of
/// <see cref="FeedbackTables"/>, created on start before anything can import.
/// </summary>
internal sealed class FeedbackMarten : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options)
    {
        options.Schema.For<FeedbackSource>().Index(s => s.WorkspaceId);
        options.Schema.For<FeedbackUpload>().Index(u => u.WorkspaceId);
        options.Schema.For<ImportRun>().Index(r => r.SourceId).Index(r => r.WorkspaceId);
        options.Schema.For<WebhookDelivery>().Index(d => d.SourceId);
    }
}

internal sealed class FeedbackTablesOnStart(IDocumentStore store) : IHostedService
{
    public Task StartAsync(CancellationToken ct) => FeedbackTables.InstallAsync(store, ct);

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
