using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JourneyStudio.Domain.Accounts;

namespace JourneyStudio.Testing.Heat;

/// <summary>
/// A fresh map with one touchpoint and one owned pain point that concerns it, resolved on the loop files' fix date,
/// and one loop-*.csv imported through a real CSV source whose items carry a channel only this touchpoint's rule takes.
/// </summary>
public sealed record LoopPainPoint(FeedbackApp App, Guid MapId, Guid CardId, Guid TouchpointId, Guid SourceId)
{
    public string Path => $"/api/maps/{MapId}/pain-points/{CardId}";

    public static async Task<LoopPainPoint> ResolvedWithFeedbackAsync(FeedbackApp app, string file, bool resolve = true)
    {
        var editor = await app.ClientAsAsync(WorkspaceRole.Editor);
        var facilitator = await app.ClientAsAsync(WorkspaceRole.Facilitator);
        var workspace = await (await editor.GetAsync("/api/workspace")).JsonAsync();
        var owner = workspace["departments"]![0]!.Id();
        var mapId = (await facilitator.CreateMapAsync(new { title = $"Paying in store ({file})" })).Id();
        var channel = $"loop-{Guid.NewGuid():N}"[..30];
        Guid touchpoint = Guid.NewGuid(), pain = Guid.NewGuid();
        await Ok(editor.CommandAsync(mapId, LoopMapCommands.For(touchpoint, pain, owner, channel)));
        if (resolve)
            await Ok(editor.CommandAsync(mapId, new { type = "SetPainPointStatus", cardId = pain, status = "Resolved", reason = "New readers installed", fixedAt = ClosedLoopVerificationTests.FixedAt }));

        var (sourceId, run) = await app.CreateAndImportAsync(new
        {
            name = $"Till survey {file} {channel}", kind = "Csv", url = app.File($"feedback/test-inputs/loop-{file}.csv"),
            scale = new { kind = "Csat", min = 1, max = 5 }, timeZone = "UTC", channel,
            fields = new { text = "comment", score = "rating", date = "date", externalId = "id", author = "name", contact = "email" },
        });
        if (run["status"]!.GetValue<string>() != "Succeeded") throw new InvalidOperationException(run.ToJsonString());
        return new LoopPainPoint(app, mapId, pain, touchpoint, sourceId);
    }

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public async Task<JsonNode> CheckNowAsync()
    {
        var editor = await App.ClientAsAsync(WorkspaceRole.Editor);
        var response = await editor.PostAsync($"{Path}/check", null);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public async Task<JsonNode> ViewAsync(WorkspaceRole role = WorkspaceRole.Viewer) =>
        await (await (await App.ClientAsAsync(role)).GetAsync(Path)).JsonAsync();

    /// <summary>The map's history sentences, newest first.</summary>
    public async Task<IReadOnlyList<string>> HistoryAsync()
    {
        var history = await (await (await App.ClientAsAsync(WorkspaceRole.Viewer)).GetAsync($"/api/maps/{MapId}/history")).JsonAsync();
        return history["entries"]!.AsArray().Select(e => e!["summary"]!.GetValue<string>()).ToList();
    }

    public async Task<string> WaitForStatusAsync(string status)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var now = (await ViewAsync())["status"]!.GetValue<string>();
            if (now == status || DateTime.UtcNow > until) return now;
            await Task.Delay(200);
        }
    }
}
