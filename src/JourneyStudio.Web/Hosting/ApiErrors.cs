using System.Text.Json;
using JourneyStudio.Domain.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace JourneyStudio.Web.Hosting;

/// <summary>
/// Turns refusals into problem details that say what was wrong and where: a broken rule is a 400 naming the
/// field, an intent on something removed is a 409 saying what was removed and by whom, unreadable JSON is a
/// 400 naming the JSON path.
/// </summary>
public sealed class ApiErrors(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        ProblemDetails? problem = exception switch
        {
            DomainRuleViolation v => Invalid(v.Field, v.Message),
            Accounts.NotSignedIn n => new ProblemDetails { Status = 401, Title = "Not signed in", Detail = n.Message },
            Accounts.AccessDenied d => new ProblemDetails { Status = 403, Title = "Not allowed", Detail = d.Message },
            TargetRemoved r => new ProblemDetails { Status = 409, Title = "Already removed", Detail = r.Message },
            BadHttpRequestException { InnerException: JsonException j } => Invalid(JsonField(j), JsonMessage(j)),
            JsonException j => Invalid(JsonField(j), JsonMessage(j)),
            BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = "Bad request", Detail = b.Message },
            _ => null,
        };
        if (problem is null) return false;
        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    public static ValidationProblemDetails Invalid(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] })
    {
        Status = 400,
        Title = "The request is not valid",
        Detail = $"{field}: {message}",
    };

    private static string JsonField(JsonException j) => string.IsNullOrEmpty(j.Path) || j.Path == "$" ? "body" : j.Path.TrimStart('$', '.');

    private static string JsonMessage(JsonException j)
    {
        var message = j.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
