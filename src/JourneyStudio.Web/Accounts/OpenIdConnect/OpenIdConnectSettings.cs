namespace JourneyStudio.Web.Accounts.OpenIdConnect;

/// <summary>
/// <c>Authentication:OpenIdConnect</c>: sign-in through a company's own identity provider, next to passwords.
/// Off unless <see cref="Authority"/> is set.
/// </summary>
public sealed class OpenIdConnectSettings
{
    public const string Section = "Authentication:OpenIdConnect";

    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>Shown as "Sign in with …".</summary>
    public string DisplayName { get; set; } = "your company account";

    /// <summary>Space-separated, as OAuth writes them. "email" is what finds the JourneyStudio account; "openid" is always sent.</summary>
    public string Scopes { get; set; } = "openid profile email";

    public string CallbackPath { get; set; } = "/signin-oidc";
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
