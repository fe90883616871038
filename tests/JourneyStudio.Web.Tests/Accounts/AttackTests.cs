using System.Net;
using System.Net.Http.Json;
using System.Text;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Testing;
using JourneyStudio.Web.Accounts;
using Marten;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyStudio.Web.Tests.Accounts;

/// <summary>Raw HTTP from callers who must not change anything: every mutating route is tried and the map checked after.</summary>
public class AttackTests(JourneyStudioApp app) : IClassFixture<JourneyStudioApp>
{
    private async Task<JourneyMap> DemoMapAsync()
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Query<JourneyMap>().ToListAsync()).First(m => m.Cards.Count >= 60);
    }

    private static IEnumerable<(string Name, Func<HttpClient, Task<HttpResponseMessage>> Send)> MutatingRoutes(JourneyMap map)
    {
        var card = map.Cards.First(c => c.Kind == CardKind.Note);
        yield return ("create map", c => c.PostAsJsonAsync("/api/maps", new { title = "Hijack" }));
        yield return ("edit card", c => c.CommandAsync(map.Id, new { type = "EditCardText", cardId = card.Id, text = "defaced" }));
        yield return ("remove card", c => c.CommandAsync(map.Id, new { type = "RemoveCard", cardId = card.Id }));
        yield return ("batch", c => c.CommandAsync(map.Id, new object[] { new { type = "RenameStage", stageId = map.Stages[0].Id, name = "x" } }));
        yield return ("duplicate", c => c.PostAsJsonAsync($"/api/maps/{map.Id}/duplicate", new { title = "copy" }));
        yield return ("archive", c => c.DeleteAsync($"/api/maps/{map.Id}"));
        yield return ("restore", c => c.PostAsync($"/api/maps/{map.Id}/restore", null));
    }

    private async Task AssertUnchangedAsync(JourneyMap before)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var after = await session.LoadAsync<JourneyMap>(before.Id);
        Assert.Equal(before.Version, after!.Version);
        Assert.Equal(1, await session.Query<JourneyMap>().CountAsync(m => m.Title == before.Title));
        Assert.False(await session.Query<JourneyMap>().AnyAsync(m => m.Title == "Hijack"));
    }

    [Fact]
    public async Task Anonymous_callers_get_401_on_every_route_and_change_nothing()
    {
        var map = await DemoMapAsync();
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var (name, send) in MutatingRoutes(map))
            Assert.True((await send(anonymous)).StatusCode == HttpStatusCode.Unauthorized, name);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/maps")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/maps/{map.Id}")).StatusCode);
        var page = await anonymous.GetAsync($"/maps/{map.Id}");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/signin", page.Headers.Location!.PathAndQuery);
        await AssertUnchangedAsync(map);
    }

    [Fact]
    public async Task A_viewer_can_read_but_every_change_is_refused_with_403()
    {
        var map = await DemoMapAsync();
        var viewer = await app.ClientAsAsync(WorkspaceRole.Viewer);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/maps/{map.Id}")).StatusCode);
        foreach (var (name, send) in MutatingRoutes(map))
        {
            var response = await send(viewer);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{name}: {(int)response.StatusCode}");
        }
        await AssertUnchangedAsync(map);
    }

    [Fact]
    public async Task An_editor_edits_content_but_cannot_create_archive_or_restore()
    {
        var map = await DemoMapAsync();
        var editor = await app.ClientAsAsync(WorkspaceRole.Editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync("/api/maps", new { title = "Hijack" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.DeleteAsync($"/api/maps/{map.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.CommandAsync(map.Id, new { type = "ArchiveMap" })).StatusCode);
        await AssertUnchangedAsync(map);
    }

    [Fact]
    public async Task A_member_of_another_workspace_cannot_tell_the_map_exists()
    {
        var map = await DemoMapAsync();
        var outsider = await OutsiderAsync(WorkspaceRole.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/maps/{map.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/maps/{map.Id}?version=3")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/maps/{map.Id}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.CommandAsync(map.Id, new { type = "RenameStage", stageId = map.Stages[0].Id, name = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.DeleteAsync($"/api/maps/{map.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"/api/maps/{map.Id}/duplicate", new { })).StatusCode);
        var list = await (await outsider.GetAsync("/api/maps")).JsonAsync();
        Assert.Empty(list.AsArray());
        await AssertUnchangedAsync(map);
    }

    [Fact]
    public async Task A_removed_member_loses_access_on_the_next_call_even_with_a_valid_cookie()
    {
        var email = $"leaver-{Guid.NewGuid():N}@northwind.example";
        var client = await CreateMemberAsync(email, SeedWorkspaceId(), WorkspaceRole.Editor);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/maps")).StatusCode);

        var store = app.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            var account = await session.Query<UserAccount>().SingleAsync(u => u.Email == email);
            account.Memberships.Clear();
            session.Store(account);
            await session.SaveChangesAsync();
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/maps")).StatusCode);
    }

    [Fact]
    public async Task Guessing_a_password_locks_the_account_and_the_right_password_is_then_refused_too()
    {
        var email = $"target-{Guid.NewGuid():N}@northwind.example";
        await CreateMemberAsync(email, SeedWorkspaceId(), WorkspaceRole.Viewer);
        var attacker = app.CreateClient();
        for (var i = 0; i < Lockout.MaxAttempts; i++)
            await attacker.PostAsJsonAsync("/api/account/signin", new { email, password = $"guess {i}" });

        var right = await attacker.PostAsJsonAsync("/api/account/signin", new { email, password = "the real password 123" });
        Assert.Equal((HttpStatusCode)423, right.StatusCode);
        Assert.Contains("locked", (await right.JsonAsync())["title"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);

        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var audit = await session.Query<Web.Accounts.Audit.AuditEntry>().Where(e => e.Who == email).ToListAsync();
        Assert.Equal(Lockout.MaxAttempts, audit.Count(e => e.Action == "sign-in failed"));
        Assert.Contains(audit, e => e.Action == "sign-in refused");
    }

    [Fact]
    public async Task The_sign_in_form_refuses_a_post_without_its_antiforgery_token()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = JourneyStudioApp.EmailFor(WorkspaceRole.Admin), ["password"] = JourneyStudioApp.DemoPassword,
        });
        var response = await client.PostAsync("/account/signin", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("journeystudio=")));
    }

    [Fact]
    public async Task A_cross_site_form_post_of_a_command_is_not_accepted()
    {
        var map = await DemoMapAsync();
        var editor = await app.ClientAsAsync(WorkspaceRole.Editor);
        var body = new StringContent("{\"type\":\"RenameStage\",\"stageId\":\"" + map.Stages[0].Id + "\",\"name\":\"x\"}", Encoding.UTF8, "text/plain");
        var response = await editor.PostAsync($"/api/maps/{map.Id}/commands", body);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await AssertUnchangedAsync(map);
    }

    private static Guid SeedWorkspaceId() => Web.Seeding.SeedIds.Workspace("northwind");

    private async Task<HttpClient> OutsiderAsync(WorkspaceRole role)
    {
        var other = new Workspace { Id = Guid.NewGuid(), Name = "Rival Corp" };
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            session.Store(other);
            await session.SaveChangesAsync();
        }
        return await CreateMemberAsync($"spy-{Guid.NewGuid():N}@rival.example", other.Id, role);
    }

    private async Task<HttpClient> CreateMemberAsync(string email, Guid workspaceId, WorkspaceRole role)
    {
        const string password = "the real password 123";
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var hasher = app.Services.GetRequiredService<PasswordCheck>();
        var account = new UserAccount { Id = Guid.NewGuid(), Email = email, DisplayName = email, Memberships = [new Membership(workspaceId, role)] };
        account.PasswordHash = hasher.Hash(account, password);
        await using (var session = store.LightweightSession())
        {
            session.Store(account);
            await session.SaveChangesAsync();
        }
        return await app.SignInAsync(email, password);
    }
}
