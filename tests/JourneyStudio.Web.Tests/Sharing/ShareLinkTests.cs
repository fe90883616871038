using System.Net;
using System.Net.Http.Json;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Testing;
using JourneyStudio.Web.Accounts.Audit;
using JourneyStudio.Web.Sharing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyStudio.Web.Tests.Sharing;

public class ShareLinkTests(JourneyStudioApp app) : IClassFixture<JourneyStudioApp>
{
    private async Task<JourneyMap> DemoMapAsync()
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Query<JourneyMap>().ToListAsync()).First(m => m.Cards.Count >= 60);
    }

    private async Task<(Guid Id, string Path)> CreateLinkAsync(Guid mapId, int? days = 30)
    {
        var facilitator = await app.ClientAsAsync(WorkspaceRole.Facilitator);
        var response = await facilitator.PostAsJsonAsync($"/api/maps/{mapId}/share-links", new { expiresInDays = days });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        return (body.Id(), new Uri(body["url"]!.GetValue<string>()).PathAndQuery);
    }

    [Fact]
    public async Task Anyone_with_a_link_sees_the_map_read_only_and_the_use_is_audited()
    {
        var map = await DemoMapAsync();
        var (_, path) = await CreateLinkAsync(map.Id);
        var anonymous = app.CreateClient();
        var response = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(WebUtility.HtmlEncode(map.Title), html);
        Assert.Contains("Shared read-only view", html);
        // The link opens one page: the API stays closed to the anonymous holder.
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/maps/{map.Id}")).StatusCode);

        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.True(await session.Query<AuditEntry>().AnyAsync(e => e.Action == "share link used"));
    }

    [Fact]
    public async Task A_revoked_link_is_refused()
    {
        var map = await DemoMapAsync();
        var (id, path) = await CreateLinkAsync(map.Id);
        var facilitator = await app.ClientAsAsync(WorkspaceRole.Facilitator);
        Assert.Equal(HttpStatusCode.NoContent, (await facilitator.DeleteAsync($"/api/maps/{map.Id}/share-links/{id}")).StatusCode);
        var response = await app.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("This link no longer works", await response.Content.ReadAsStringAsync());
        var list = await (await facilitator.GetAsync($"/api/maps/{map.Id}/share-links")).JsonAsync();
        Assert.False(list.AsArray().Single(l => l!.Id() == id)!["usable"]!.GetValue<bool>());
    }

    [Fact]
    public async Task An_expired_link_is_refused()
    {
        var map = await DemoMapAsync();
        var (id, path) = await CreateLinkAsync(map.Id, days: 1);
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            var link = await session.LoadAsync<ShareLink>(id);
            session.Store(link! with { ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) });
            await session.SaveChangesAsync();
        }
        Assert.Equal(HttpStatusCode.Gone, (await app.CreateClient().GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_made_up_token_is_refused_and_viewers_and_editors_cannot_make_links()
    {
        var map = await DemoMapAsync();
        Assert.Equal(HttpStatusCode.Gone, (await app.CreateClient().GetAsync("/share/not-a-real-token")).StatusCode);
        foreach (var role in new[] { WorkspaceRole.Viewer, WorkspaceRole.Editor })
        {
            var client = await app.ClientAsAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/maps/{map.Id}/share-links", new { expiresInDays = 7 })).StatusCode);
        }
        var facilitator = await app.ClientAsAsync(WorkspaceRole.Facilitator);
        var tooLong = await facilitator.PostAsJsonAsync($"/api/maps/{map.Id}/share-links", new { expiresInDays = 1000 });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.NotNull((await tooLong.JsonAsync())["errors"]!["expiresInDays"]);
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.PostAsJsonAsync($"/api/maps/{Guid.NewGuid()}/share-links", new { })).StatusCode);
    }
}
