using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Testing;
using JourneyStudio.Web.Hosting;

namespace JourneyStudio.Web.Tests.Collaboration;

public class VersionRestoreApiTests(JourneyStudioApp app) : IClassFixture<JourneyStudioApp>
{
    [Fact]
    public async Task Restoring_a_version_writes_a_new_version_and_keeps_every_one_in_the_history()
    {
        var editor = await app.ClientAsAsync(WorkspaceRole.Editor);
        var facilitator = await app.ClientAsAsync(WorkspaceRole.Facilitator);
        var map = (await (await facilitator.PostAsJsonAsync("/api/maps", new { title = "Restore me" })).Content.ReadFromJsonAsync<JourneyMap>(JsonDefaults.Options))!;
        object Add(string text) => new { type = "AddCard", stageId = map.OrderedStages.First().Id, laneId = map.OrderedLanes.First().Id, text };
        (await editor.PostAsJsonAsync($"/api/maps/{map.Id}/commands", Add("kept"))).EnsureSuccessStatusCode();
        var keptAt = map.Version + 1;
        (await editor.PostAsJsonAsync($"/api/maps/{map.Id}/commands", Add("dropped by the restore"))).EnsureSuccessStatusCode();

        var viewer = await app.ClientAsAsync(WorkspaceRole.Viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync($"/api/maps/{map.Id}/versions/{keptAt}/restore", null)).StatusCode);
        var future = await editor.PostAsync($"/api/maps/{map.Id}/versions/{keptAt + 5}/restore", null);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("not an earlier version", await future.Content.ReadAsStringAsync());

        var restored = await editor.PostAsync($"/api/maps/{map.Id}/versions/{keptAt}/restore", null);
        restored.EnsureSuccessStatusCode();
        var now = (await editor.GetFromJsonAsync<JourneyMap>($"/api/maps/{map.Id}", JsonDefaults.Options))!;
        Assert.Equal(keptAt + 2, now.Version);
        Assert.Equal(["kept"], now.Cards.Select(c => c.Text));
        var between = (await editor.GetFromJsonAsync<JourneyMap>($"/api/maps/{map.Id}?version={keptAt + 1}", JsonDefaults.Options))!;
        Assert.Contains(between.Cards, c => c.Text == "dropped by the restore");
        var history = await editor.GetFromJsonAsync<JsonElement>($"/api/maps/{map.Id}/history");
        Assert.Contains($"restored the map to version {keptAt}", history.GetProperty("entries")[0].GetProperty("summary").GetString());
    }

    [Fact]
    public async Task A_restore_cannot_be_smuggled_in_as_an_ordinary_command()
    {
        var editor = await app.ClientAsAsync(WorkspaceRole.Editor);
        var facilitator = await app.ClientAsAsync(WorkspaceRole.Facilitator);
        var map = (await (await facilitator.PostAsJsonAsync("/api/maps", new { title = "No smuggling" })).Content.ReadFromJsonAsync<JourneyMap>(JsonDefaults.Options))!;

        var response = await editor.PostAsJsonAsync($"/api/maps/{map.Id}/commands", new { type = "RestoreVersion", fromVersion = 1, content = new { title = "x" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("type", await response.Content.ReadAsStringAsync());
    }
}
