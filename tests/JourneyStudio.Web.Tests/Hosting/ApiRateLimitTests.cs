using System.Net;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;
using Microsoft.AspNetCore.Hosting;

namespace JourneyStudio.Web.Tests.Hosting;

/// <summary>The app with a small bucket that does not refill during the test, so the outcome never depends on machine speed.</summary>
public class SmallApiBucketApp : JourneyStudioApp
{
    public const int Burst = 30;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("JourneyStudio:RateLimits:Api:Burst", Burst.ToString());
        builder.UseSetting("JourneyStudio:RateLimits:Api:TokensPerPeriod", "1");
        builder.UseSetting("JourneyStudio:RateLimits:Api:Period", "01:00:00");
    }
}

public class ApiRateLimitTests(SmallApiBucketApp app) : IClassFixture<SmallApiBucketApp>
{
    [Fact]
    public async Task A_flood_of_API_calls_from_one_user_is_cut_off_with_429_and_other_users_carry_on()
    {
        var client = await app.ClientAsAsync(WorkspaceRole.Viewer);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < SmallApiBucketApp.Burst + 10; i++)
            statuses.Add((await client.GetAsync("/api/account/me")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        var other = await app.ClientAsAsync(WorkspaceRole.Editor);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/account/me")).StatusCode);
    }
}
