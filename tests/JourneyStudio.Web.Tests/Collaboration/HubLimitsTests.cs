using System.Net.Http.Json;
using System.Text.Json;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Testing;
using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Hosting;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyStudio.Web.Tests.Collaboration;

/// <summary>An app whose hub allows few messages a second, so a flood is told apart from normal use on any machine.</summary>
public sealed class TightHubApp : LiveApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("JourneyStudio:RateLimits:Hub:PresencePerSecond", "5");
        builder.UseSetting("JourneyStudio:RateLimits:Hub:CallsPerSecond", "5");
    }
}

public class HubLimitsTests(TightHubApp app) : IClassFixture<TightHubApp>
{
    private async Task<JourneyMap> NewMapAsync(HttpClient http)
    {
        var response = await http.PostAsJsonAsync("/api/maps", new { title = "Limits" });
        return (await response.Content.ReadFromJsonAsync<JourneyMap>(JsonDefaults.Options))!;
    }

    // As the members page does it: the stored account changes, the hub connection's cookie does not.
    private async Task SetEditorRoleAsync(WorkspaceRole role)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        var email = JourneyStudioApp.EmailFor(WorkspaceRole.Editor);
        var account = await session.Query<UserAccount>().SingleAsync(a => a.Email == email);
        account.Memberships = account.Memberships.Select(m => m with { Role = role }).ToList();
        session.Store(account);
        await session.SaveChangesAsync();
    }

    [Fact]
    public async Task A_flood_of_presence_messages_is_refused_with_a_clear_error_and_the_connection_stays()
    {
        var http = await app.HttpAsAsync(WorkspaceRole.Facilitator);
        var map = await NewMapAsync(http);
        await using var flooder = await app.ConnectAsync(WorkspaceRole.Editor);
        await flooder.InvokeAsync<JsonElement>("Join", map.Id);

        var refusals = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            try { await flooder.InvokeAsync("Share", map.Id, new { cursor = new { x = i, y = i } }); }
            catch (HubException e) { refusals.Add(e.Message); }
        }

        Assert.NotEmpty(refusals);
        Assert.Contains("Too many messages", refusals[0]);
        Assert.Equal(HubConnectionState.Connected, flooder.State);
    }

    [Fact]
    public async Task A_role_taken_away_takes_effect_on_the_next_hub_call_without_reconnecting()
    {
        var admin = await app.HttpAsAsync(WorkspaceRole.Admin);
        var map = await NewMapAsync(admin);
        await using var editor = await app.ConnectAsync(WorkspaceRole.Editor);
        object Add(string text) => new { type = "AddCard", stageId = map.OrderedStages.First().Id, laneId = map.OrderedLanes.First().Id, text };
        await editor.InvokeAsync<JsonElement>("Apply", map.Id, JsonSerializer.SerializeToElement(Add("before")));

        await SetEditorRoleAsync(WorkspaceRole.Viewer);
        try
        {
            var refused = await Assert.ThrowsAsync<HubException>(() =>
                editor.InvokeAsync<JsonElement>("Apply", map.Id, JsonSerializer.SerializeToElement(Add("after"))));
            Assert.Contains("Viewer", refused.Message);
        }
        finally { await SetEditorRoleAsync(WorkspaceRole.Editor); }
    }
}
