using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;

namespace JourneyStudio.Web.Tests.Feedback;

[Collection(FeedbackAppCollection.Name)]
public class WebhookTests(FeedbackApp app)
{
    private static byte[] Body(string file) => File.ReadAllBytes(Path.Combine(FeedbackApp.SeedData, "feedback", "demo", file));

    private async Task<(Guid Id, string Secret)> DelightedSourceAsync()
    {
        var client = await app.ClientAsAsync(WorkspaceRole.Facilitator);
        var created = await client.PostAsJsonAsync("/api/feedback/sources", new
        {
            name = "In-app NPS " + Guid.NewGuid().ToString("N")[..6], kind = "Webhook", scale = new { kind = "Nps", min = 0, max = 10 },
            json = new { itemsPath = "event_data" },
            fields = new { text = "comment", score = "score", date = "created_at", externalId = "id", author = "person.name", contact = "person.email" },
            webhook = new { algorithm = "HMACSHA256", signatureHeader = "X-Signature", signaturePrefix = "sha256=", timestampHeader = "X-Timestamp", toleranceSeconds = 300, deliveryIdHeader = "X-Delivery-Id" },
        });
        created.EnsureSuccessStatusCode();
        var json = await created.JsonAsync();
        Assert.Equal($"/api/feedback/webhooks/{json.Id()}", json["webhookUrl"]!.GetValue<string>());
        return (json.Id(), json["webhookSecret"]!.GetValue<string>());
    }

    private static HttpRequestMessage Delivery(Guid sourceId, byte[] body, string secret, string deliveryId, DateTimeOffset at, bool tamper = false)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString();
        byte[] signed = [.. Encoding.UTF8.GetBytes(timestamp + "."), .. body];
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        if (tamper) mac[0] ^= 1;
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/feedback/webhooks/{sourceId}") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Signature", "sha256=" + Convert.ToHexStringLower(mac));
        request.Headers.Add("X-Timestamp", timestamp);
        request.Headers.Add("X-Delivery-Id", deliveryId);
        return request;
    }

    [Fact]
    public async Task A_validly_signed_delivery_is_imported_without_signing_in()
    {
        var (id, secret) = await DelightedSourceAsync();
        var anonymous = app.CreateClient();
        var response = await anonymous.SendAsync(Delivery(id, Body("saas/webhooks/delighted-01.json"), secret, "d-1", DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.JsonAsync();
        Assert.Equal(1, answer["new"]!.GetValue<int>());
        var items = (await app.ItemsAsync($"sourceId={id}"))["items"]!.AsArray();
        Assert.Equal("id:" + JsonNode.Parse(Body("saas/webhooks/delighted-01.json"))!["event_data"]!["id"]!.GetValue<string>(), items.Single()!["key"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_invalid_signature_is_refused_and_stores_nothing()
    {
        var (id, secret) = await DelightedSourceAsync();
        var response = await app.CreateClient().SendAsync(Delivery(id, Body("saas/webhooks/delighted-02.json"), secret, "d-2", DateTimeOffset.UtcNow, tamper: true));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("signature does not match", await response.Content.ReadAsStringAsync());
        var wrongSecret = await app.CreateClient().SendAsync(Delivery(id, Body("saas/webhooks/delighted-02.json"), "not the secret", "d-2b", DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
        Assert.Equal(0, (await app.ItemsAsync($"sourceId={id}"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_replayed_delivery_and_a_stale_timestamp_are_refused()
    {
        var (id, secret) = await DelightedSourceAsync();
        var body = Body("saas/webhooks/delighted-03.json");
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().SendAsync(Delivery(id, body, secret, "d-3", DateTimeOffset.UtcNow))).StatusCode);
        var replay = await app.CreateClient().SendAsync(Delivery(id, body, secret, "d-3", DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Contains("replay is refused", await replay.Content.ReadAsStringAsync());
        var stale = await app.CreateClient().SendAsync(Delivery(id, body, secret, "d-3-old", DateTimeOffset.UtcNow.AddMinutes(-10)));
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        Assert.Contains("only 300 s either way", await stale.Content.ReadAsStringAsync());
        Assert.Equal(1, (await app.ItemsAsync($"sourceId={id}"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_redelivery_of_the_same_response_counts_as_a_duplicate()
    {
        var (id, secret) = await DelightedSourceAsync();
        await app.CreateClient().SendAsync(Delivery(id, Body("saas/webhooks/delighted-03.json"), secret, "e-3", DateTimeOffset.UtcNow));
        var retry = await (await app.CreateClient().SendAsync(Delivery(id, Body("saas/webhooks/delighted-05-retry-of-03.json"), secret, "e-5", DateTimeOffset.UtcNow))).JsonAsync();
        Assert.Equal((0, 1), (retry["new"]!.GetValue<int>(), retry["duplicate"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Typeform_answers_are_found_by_reference_and_base64_signatures_work()
    {
        var client = await app.ClientAsAsync(WorkspaceRole.Admin);
        var created = await (await client.PostAsJsonAsync("/api/feedback/sources", new
        {
            name = "Post-install survey", kind = "Webhook", scale = new { kind = "Nps", min = 0, max = 10 },
            json = new { itemsPath = "form_response" },
            fields = new { text = "answers[field.ref=comment].text", score = "answers[field.ref=nps].number", date = "submitted_at", externalId = "token" },
            webhook = new { algorithm = "sha256", signatureHeader = "Typeform-Signature", signaturePrefix = "sha256=", encoding = "Base64", timestampHeader = (string?)null, deliveryIdHeader = (string?)null },
        })).JsonAsync();
        var body = Body("broadband/webhooks/typeform-01.json");
        var secret = created["webhookSecret"]!.GetValue<string>();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/feedback/webhooks/{created.Id()}") { Content = new ByteArrayContent(body) };
        request.Headers.Add("Typeform-Signature", "sha256=" + Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body)));
        var response = await app.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = (await app.ItemsAsync($"sourceId={created.Id()}"))["items"]![0]!;
        var sent = JsonNode.Parse(body)!["form_response"]!;
        var nps = sent["answers"]!.AsArray().First(a => a!["field"]!["ref"]!.GetValue<string>() == "nps")!["number"]!.ToString();
        Assert.Equal(nps, item["rawScore"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(item["text"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Sources_are_configured_by_facilitators_and_admins_only_and_the_secret_is_not_shown_again()
    {
        var editor = await app.ClientAsAsync(WorkspaceRole.Editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/api/feedback/sources")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync("/api/feedback/sources", new { name = "x", kind = "Webhook" })).StatusCode);
        var facilitator = await app.ClientAsAsync(WorkspaceRole.Facilitator);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.PutAsJsonAsync("/api/feedback/settings", new { allowedHosts = new[] { "10.0.0.1" } })).StatusCode);
        var (id, _) = await DelightedSourceAsync();
        var shown = await (await facilitator.GetAsync($"/api/feedback/sources/{id}")).JsonAsync();
        Assert.Null(shown["webhookSecret"]);
    }
}
