using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using JourneyStudio.Web.Accounts.Members;
using JourneyStudio.Web.Accounts.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;

namespace JourneyStudio.Web.Accounts;

public sealed record SignInRequest(string Email, string Password);

public static class AccountEndpoints
{
    public const string SignInLimit = "sign-in";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // The HTML form: antiforgery-checked, answers with redirects.
        app.MapPost("/account/signin", SignInForm).AllowAnonymous().RequireRateLimiting(SignInLimit).ExcludeFromDescription();
        // A link, not a form: Chromium checks the redirects that follow a form submission against CSP form-action
        // 'self', so a form here could not hand over to the identity provider.
        app.MapGet("/account/signin/oidc", SignInWithCompany).AllowAnonymous().ExcludeFromDescription();
        // The cast picks the route-handler overload; as a bare RequestDelegate the redirect would be dropped.
        app.MapPost("/account/signout", (Delegate)SignOutForm).ExcludeFromDescription();
        // The same for API clients: JSON in, status codes out.
        app.MapPost("/api/account/signin", SignInApi).AllowAnonymous().RequireRateLimiting(SignInLimit).DisableAntiforgery()
            .WithTags("Account").WithName("SignIn").WithSummary("Signs in with email and password; sets the session cookie.");
        app.MapInvitationEndpoints();
        app.MapGet("/api/account/me", Me).WithTags("Account").WithName("Me").WithSummary("Who is signed in, in which workspace, with which role.");
        return app;
    }

    private static async Task<RedirectHttpResult> SignInForm(HttpContext http, [FromForm] string? email, [FromForm] string? password,
        [FromForm] string? returnUrl, SignInService signIn, CancellationToken ct)
    {
        var result = await signIn.SignInAsync(http, email, password, ct);
        var back = IsLocal(returnUrl) ? returnUrl! : "/";
        return result.Outcome == SignInOutcome.SignedIn
            ? TypedResults.LocalRedirect(back)
            : TypedResults.LocalRedirect($"/signin?error={result.Outcome}&returnUrl={Uri.EscapeDataString(back)}");
    }

    private static async Task<IResult> SignInWithCompany(HttpContext http, string? returnUrl, IAuthenticationSchemeProvider schemes, ILogger<CompanySignInEvents> log)
    {
        if (await schemes.GetSchemeAsync(OpenIdConnectRegistration.Scheme) is null) return TypedResults.NotFound();
        var properties = new AuthenticationProperties { RedirectUri = IsLocal(returnUrl) ? returnUrl : "/" };
        try
        {
            await http.ChallengeAsync(OpenIdConnectRegistration.Scheme, properties);
            return TypedResults.Empty;
        }
        catch (InvalidOperationException e)
        {
            // The provider's discovery document could not be read (provider down, wrong Authority): say so on the
            // sign-in page, where the password form still works, rather than on an error page.
            log.LogError(e, "The company identity provider could not be reached");
            return TypedResults.LocalRedirect($"/signin?error={CompanySignInEvents.FailedError}");
        }
    }

    /// <summary>
    /// Ends the JourneyStudio session only. A session at the company's identity provider stays (no RP-initiated
    /// logout), so "Sign in with …" may come straight back without a prompt; signing out there is the provider's page.
    /// </summary>
    private static async Task<RedirectHttpResult> SignOutForm(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.LocalRedirect("/signin");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SignInApi(HttpContext http, SignInRequest request, SignInService signIn, CancellationToken ct)
    {
        var result = await signIn.SignInAsync(http, request.Email, request.Password, ct);
        return result.Outcome switch
        {
            SignInOutcome.SignedIn => TypedResults.NoContent(),
            SignInOutcome.LockedOut => TypedResults.Problem(statusCode: 423, title: "Account locked",
                detail: $"Too many failed sign-ins; try again after {result.LockedUntil:HH:mm} UTC."),
            SignInOutcome.NoWorkspace => TypedResults.Problem(statusCode: 403, title: "No workspace", detail: "This account is not a member of any workspace."),
            _ => TypedResults.Problem(statusCode: 401, title: "Sign-in failed", detail: "The email or password is wrong."),
        };
    }

    private static async Task<Ok<MeResponse>> Me(ICurrentActor actor, CancellationToken ct)
    {
        var caller = await actor.RequireAsync(Domain.Accounts.Permission.ReadMaps, ct);
        return TypedResults.Ok(new MeResponse(caller.Actor.Id, caller.Actor.Name, caller.WorkspaceId, caller.Role.ToString()));
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\");
}

public sealed record MeResponse(Guid Id, string Name, Guid WorkspaceId, string Role);
