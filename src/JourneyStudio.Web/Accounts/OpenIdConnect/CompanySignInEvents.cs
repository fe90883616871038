using System.Security.Claims;
using JourneyStudio.Web.Accounts.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;

namespace JourneyStudio.Web.Accounts.OpenIdConnect;

/// <summary>
/// Turns a validated id_token into a JourneyStudio session: the verified email must belong to an existing member.
/// Accounts are never created here: membership comes only from an admin's invitation.
/// </summary>
public sealed class CompanySignInEvents(SignInService signIn, AuditTrail audit, IDataProtectionProvider protection, ILogger<CompanySignInEvents> log)
    : OpenIdConnectEvents
{
    /// <summary>The sign-in page's <c>error</c> values for refusals that have no <see cref="SignInOutcome"/>.</summary>
    public const string NoEmailError = "NoEmail", FailedError = "SsoFailed";

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        var ct = context.HttpContext.RequestAborted;
        var identityProviderUser = context.Principal!;
        if (VerifiedEmail(identityProviderUser) is not { } email)
        {
            var who = identityProviderUser.FindFirstValue("email") ?? $"subject {identityProviderUser.FindFirstValue("sub")}";
            await audit.RecordAsync(null, who, "sign-in failed", $"{OpenIdConnectRegistration.Method}: no verified email", ct);
            Refuse(context, NoEmailError);
            return;
        }
        var result = await signIn.SignInVerifiedAsync(email, OpenIdConnectRegistration.Method, ct);
        if (result.Principal is { } principal)
        {
            // The handler signs this in with the cookie scheme: the same claims as a password sign-in, nothing of the provider's.
            context.Principal = principal;
            return;
        }
        Refuse(context, result.Outcome.ToString(), result.Outcome == SignInOutcome.NoAccount ? email : null);
    }

    /// <summary>The provider said no, the user cancelled, or the round trip broke (expired correlation cookie, bad token): back to the sign-in page, not an error page.</summary>
    public override Task RemoteFailure(RemoteFailureContext context)
    {
        log.LogWarning(context.Failure, "Sign-in through the company identity provider failed");
        context.Response.Redirect($"/signin?error={FailedError}");
        context.HandleResponse();
        return Task.CompletedTask;
    }

    /// <summary>
    /// The address that picks the account. A provider that marks it unverified does not get to pick one; Entra ID
    /// sends no email_verified at all, and its preferred_username/upn are addresses the tenant manages.
    /// </summary>
    private static string? VerifiedEmail(ClaimsPrincipal user)
    {
        if (user.FindFirstValue("email_verified") is { } verified && !(bool.TryParse(verified, out var yes) && yes)) return null;
        var email = user.FindFirstValue("email") ?? user.FindFirstValue("preferred_username") ?? user.FindFirstValue("upn");
        return string.IsNullOrWhiteSpace(email) ? null : email;
    }

    private void Refuse(TokenValidatedContext context, string error, string? email = null)
    {
        var back = context.Properties?.RedirectUri ?? "/";
        var url = $"/signin?error={error}&returnUrl={Uri.EscapeDataString(back)}";
        if (email is not null) url += "&who=" + Uri.EscapeDataString(RefusedEmail.Protect(protection, UserAccount.Normalise(email)));
        context.Response.Redirect(url);
        context.HandleResponse();
    }
}
