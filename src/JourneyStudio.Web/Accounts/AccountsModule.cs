using System.Threading.RateLimiting;
using JourneyStudio.Web.Accounts.Audit;
using JourneyStudio.Web.Accounts.OpenIdConnect;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace JourneyStudio.Web.Accounts;

public static class AccountsModule
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.ConfigureMarten(options =>
        {
            options.Schema.For<UserAccount>().UniqueIndex(u => u.Email);
            options.Schema.For<AuditEntry>().Index(e => e.WorkspaceId);
            options.Schema.For<Members.Invitation>().UniqueIndex(i => i.TokenHash);
        });
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.LoginPath = "/signin";
            options.Cookie.Name = "journeystudio";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(12);
            // API callers get status codes, people get the sign-in page.
            options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
        }).AddCompanyIdentityProvider(configuration);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();
        services.AddOptions<ApiRateLimit>().BindConfiguration(ApiRateLimit.Section);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Every API call, per signed-in user (or address when anonymous).
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                !http.Request.Path.StartsWithSegments("/api")
                    ? RateLimitPartition.GetNoLimiter("pages")
                    : RateLimitPartition.GetTokenBucketLimiter(
                        http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => TokenBucketFor(http.RequestServices.GetRequiredService<IOptions<ApiRateLimit>>().Value)));
            // Per client address: slows password guessing across accounts; the lockout covers one account.
            options.AddPolicy(AccountEndpoints.SignInLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) }));
        });
        services.AddSingleton<PasswordCheck>();
        services.AddScoped<ICurrentActor, SignedInActor>();
        services.AddScoped<SignInService>();
        services.AddScoped<Members.MemberDirectory>();
        services.AddSingleton<AuditTrail>();
        services.AddHostedService<AccountsBootstrap>();
        return services;
    }

    public static WebApplication UseAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    private static TokenBucketRateLimiterOptions TokenBucketFor(ApiRateLimit limit) => new()
    {
        TokenLimit = limit.Burst, TokensPerPeriod = limit.TokensPerPeriod, ReplenishmentPeriod = limit.Period,
        QueueLimit = 0, AutoReplenishment = true,
    };

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (!context.Request.Path.StartsWithSegments("/api")) context.Response.Redirect(context.RedirectUri);
        else context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
