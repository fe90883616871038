using Microsoft.Extensions.Options;

namespace JourneyStudio.Web.Collaboration;

/// <summary>Origins, besides the app's own, whose pages may open live connections (e.g. an embedding portal).</summary>
public sealed class LiveOrigins
{
    public const string Section = "JourneyStudio:LiveOrigins";

    public List<string> Allowed { get; set; } = [];
}

/// <summary>
/// Browsers send the signed-in cookie with a WebSocket handshake from any site, so a foreign page could drive a
/// member's live connection. Handshakes (hub and Blazor circuit) whose Origin is not this app are refused.
/// </summary>
public sealed class OriginCheck(RequestDelegate next, IOptions<LiveOrigins> origins, ILogger<OriginCheck> log)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var origin = http.Request.Headers.Origin.ToString();
        if (origin.Length > 0 && !IsOwn(origin, http.Request) && !origins.Value.Allowed.Contains(origin, StringComparer.OrdinalIgnoreCase))
        {
            log.LogWarning("Refused a live connection to {Path} from the foreign origin {Origin}", http.Request.Path, origin);
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            await http.Response.WriteAsync($"Live connections are only accepted from this site; '{origin}' is not allowed.");
            return;
        }
        await next(http);
    }

    private static bool IsOwn(string origin, HttpRequest request) =>
        // The host alone: behind a TLS-terminating proxy the app sees http while the page's origin is https.
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
