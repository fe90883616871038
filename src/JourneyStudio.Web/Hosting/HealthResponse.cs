using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JourneyStudio.Web.Hosting;

internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
        }, JsonDefaults.Options));
    }
}
