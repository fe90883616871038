using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace JourneyStudio.Web.Accounts.OpenIdConnect;

public static class OpenIdConnectRegistration
{
    public const string Scheme = OpenIdConnectDefaults.AuthenticationScheme;

    /// <summary>How the audit trail names this way of signing in.</summary>
    public const string Method = "OpenID Connect";

    /// <summary>Adds the company identity provider as a second way in, when it is configured; the cookie stays the default scheme.</summary>
    public static AuthenticationBuilder AddCompanyIdentityProvider(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var settings = configuration.GetSection(OpenIdConnectSettings.Section).Get<OpenIdConnectSettings>() ?? new();
        if (!settings.Enabled) return authentication;
        if (string.IsNullOrWhiteSpace(settings.ClientId))
            throw new InvalidOperationException($"{OpenIdConnectSettings.Section}:Authority is set but {OpenIdConnectSettings.Section}:ClientId is not.");

        authentication.Services.AddScoped<CompanySignInEvents>();
        return authentication.AddOpenIdConnect(Scheme, settings.DisplayName, options =>
        {
            options.Authority = settings.Authority;
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.CallbackPath = settings.CallbackPath;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            // The session is JourneyStudio's own cookie. Left to the defaults, a handler that is also the default
            // scheme would sign in with itself and recurse.
            options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            options.Scope.Clear();
            options.Scope.Add("openid");
            foreach (var scope in settings.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries)) options.Scope.Add(scope);
            // Keep the identity provider's claim names (email, preferred_username, upn) instead of the long URIs
            // they would be mapped to; CompanySignInEvents reads them by those names.
            options.MapInboundClaims = false;
            options.EventsType = typeof(CompanySignInEvents);
        });
    }
}
