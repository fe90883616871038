using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;
using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Accounts.Audit;
using JourneyStudio.Web.Seeding;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyStudio.Web.Tests.Heat;

/// <summary>Admins place members in departments, which decides who hears about the pain points a department owns.</summary>
public class DepartmentRosterTests(JourneyStudioApp app) : IClassFixture<JourneyStudioApp>
{
    [Fact]
    public async Task An_admin_puts_a_member_into_a_department_and_the_member_counts_it_among_their_own()
    {
        var admin = await app.ClientAsAsync(WorkspaceRole.Admin);
        var finance = await DepartmentAsync(admin, "Finance");
        var editorId = await AccountIdAsync(WorkspaceRole.Editor);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsync($"/api/departments/{finance}/members/{editorId}", null)).StatusCode);

        var roster = (await admin.GetFromJsonAsync<JsonNode>("/api/departments/members"))!;
        Assert.Contains(roster["departmentsOf"]![editorId.ToString()]!.AsArray(), d => d!.GetValue<Guid>() == finance);
        var audit = await app.Services.GetRequiredService<AuditTrail>().LatestAsync(SeedIds.Workspace("northwind"), 20, CancellationToken.None);
        Assert.Contains(audit, e => e.Action == "department member added" && e.Detail == $"{JourneyStudioApp.EmailFor(WorkspaceRole.Editor)}: Finance");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/departments/{finance}/members/{editorId}")).StatusCode);
        roster = (await admin.GetFromJsonAsync<JsonNode>("/api/departments/members"))!;
        Assert.Null(roster["departmentsOf"]![editorId.ToString()]);
    }

    [Fact]
    public async Task Only_admins_place_members_and_only_in_this_workspaces_departments_and_people()
    {
        var admin = await app.ClientAsAsync(WorkspaceRole.Admin);
        var it = await DepartmentAsync(admin, "IT");
        var viewerId = await AccountIdAsync(WorkspaceRole.Viewer);

        var facilitator = await app.ClientAsAsync(WorkspaceRole.Facilitator);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.PutAsync($"/api/departments/{it}/members/{viewerId}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.GetAsync("/api/departments/members")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsync($"/api/departments/{Guid.NewGuid()}/members/{viewerId}", null)).StatusCode);
        var stranger = await admin.PutAsync($"/api/departments/{it}/members/{Guid.NewGuid()}", null);
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        Assert.Contains("not a member of this workspace", await stranger.Content.ReadAsStringAsync());
    }

    private static async Task<Guid> DepartmentAsync(HttpClient client, string name)
    {
        var workspace = (await client.GetFromJsonAsync<JsonNode>("/api/workspace"))!;
        return workspace["departments"]!.AsArray().First(d => d!["name"]!.GetValue<string>() == name)!["id"]!.GetValue<Guid>();
    }

    private async Task<Guid> AccountIdAsync(WorkspaceRole role)
    {
        await using var query = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var email = JourneyStudioApp.EmailFor(role);
        return (await query.Query<UserAccount>().SingleAsync(a => a.Email == email)).Id;
    }
}
