using JourneyStudio.Domain.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace JourneyStudio.Web.Accounts.Members;

public static class InvitationEndpoints
{
    public static IEndpointRouteBuilder MapInvitationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/invite/{token}", Accept).AllowAnonymous().RequireRateLimiting(AccountEndpoints.SignInLimit).ExcludeFromDescription();
        return app;
    }

    private static async Task<RedirectHttpResult> Accept(string token, HttpContext http, [FromForm] string? name, [FromForm] string? email,
        [FromForm] string? password, MemberDirectory members, SignInService signIn, CancellationToken ct)
    {
        try
        {
            await members.AcceptAsync(token, name, email, password, ct);
        }
        catch (DomainRuleViolation v)
        {
            return TypedResults.LocalRedirect($"/invite/{Uri.EscapeDataString(token)}?field={v.Field}&error={Uri.EscapeDataString(v.Message)}");
        }
        await signIn.SignInAsync(http, email, password, ct);
        return TypedResults.LocalRedirect("/");
    }
}
