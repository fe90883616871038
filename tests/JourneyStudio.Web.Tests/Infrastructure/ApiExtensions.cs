using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JourneyStudio.Testing;

public static class ApiExtensions
{
    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty JSON body");
    }

    public static Task<HttpResponseMessage> CommandAsync(this HttpClient client, Guid mapId, object commandOrBatch) =>
        client.PostAsync($"/api/maps/{mapId}/commands", JsonContent.Create(commandOrBatch, options: new JsonSerializerOptions(JsonSerializerDefaults.Web)));

    public static Task<HttpResponseMessage> RawCommandAsync(this HttpClient client, Guid mapId, string json) =>
        client.PostAsync($"/api/maps/{mapId}/commands", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    public static async Task<JsonNode> CreateMapAsync(this HttpClient client, object request)
    {
        var response = await client.PostAsJsonAsync("/api/maps", request);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Creating a map failed: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static Guid Id(this JsonNode node, string property = "id") => Guid.Parse(node[property]!.GetValue<string>());
}
