using JourneyStudio.Web.Heat.ClosedLoop;
using Marten;

namespace JourneyStudio.Web.Heat.PainPoints;

/// <summary>The pain-point lifecycle, the closed loop, notices and the ranked list.</summary>
public static class PainPointsModule
{
    public static IServiceCollection AddPainPoints(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            options.Schema.For<Notice>().Duplicate(n => n.UserId).Duplicate(n => n.WorkspaceId);
            options.Schema.For<PainPointWatchers>().Index(w => w.WorkspaceId);
            options.Schema.For<DepartmentMembers>().Index(d => d.WorkspaceId);
            options.Schema.For<PainPointSettings>();
        });
        services.AddScoped<ClosedLoopChecker>();
        services.AddScoped<NoticeBoard>();
        services.AddScoped<DepartmentRoster>();
        services.AddScoped<PainPointLoop>();
        services.AddScoped<IPainPointLoop>(sp => sp.GetRequiredService<PainPointLoop>());
        services.AddScoped<PriorityBoard>();
        services.AddScoped<PainPointSettingsStore>();
        services.AddTransient<ClosedLoopJob>();
        services.AddHostedService<ScheduleClosedLoopOnStart>();
        return services;
    }
}
