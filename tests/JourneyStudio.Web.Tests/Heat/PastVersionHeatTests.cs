using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyStudio.Web.Tests.Heat;

/// <summary>An app whose clock the test moves: map versions and "the last 4 weeks" both read it.</summary>
public sealed class ClockedFeedbackApp : FeedbackApp
{
    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 10, 28, 12, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public class PastVersionHeatTests(ClockedFeedbackApp app) : IClassFixture<ClockedFeedbackApp>
{
    [Fact]
    public async Task A_past_version_shows_the_heat_of_its_own_weeks_not_of_today()
    {
        // 28 October: the map is drawn and the October feedback (weeks 41–43) imported.
        var probe = await ProbeMap.CreateAsync(app, "zephyr");
        await app.CreateAndImportAsync(probe.Source("heat-weekly.csv"));
        var viewer = await app.ClientAsAsync(WorkspaceRole.Viewer);
        var october = await HeatAsync(viewer, $"/api/maps/{probe.MapId}/heat");
        var drawn = (await viewer.GetFromJsonAsync<JsonNode>($"/api/maps/{probe.MapId}"))!["version"]!.GetValue<int>();

        // Seven weeks later the map is edited; nothing new came in since October.
        app.Clock.Now = new DateTimeOffset(2026, 12, 16, 9, 0, 0, TimeSpan.Zero);
        var facilitator = await app.SignInAsync(JourneyStudioApp.EmailFor(WorkspaceRole.Facilitator), JourneyStudioApp.DemoPassword);
        (await facilitator.CommandAsync(probe.MapId, new { type = "EditCardText", cardId = probe.Login.Id, text = "App sign-in" })).EnsureSuccessStatusCode();

        viewer = await app.SignInAsync(JourneyStudioApp.EmailFor(WorkspaceRole.Viewer), JourneyStudioApp.DemoPassword);
        var today = await HeatAsync(viewer, $"/api/maps/{probe.MapId}/heat");
        var then = await HeatAsync(viewer, $"/api/maps/{probe.MapId}/heat?version={drawn}");

        Assert.Equal("2026-W51", today["window"]!["last"]!.GetValue<string>());
        Assert.Equal(0, Volume(today));
        Assert.Equal("2026-W44", then["window"]!["last"]!.GetValue<string>());
        Assert.Equal("the 4 weeks to 28 Oct 2026", then["window"]!["label"]!.GetValue<string>());
        Assert.True(Volume(then) > 0);
        Assert.Equal(Volume(october), Volume(then));
    }

    private static long Volume(JsonNode heat) => heat["map"]!["window"]!["volume"]!.GetValue<long>();

    private static async Task<JsonNode> HeatAsync(HttpClient viewer, string path)
    {
        var response = await viewer.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }
}
