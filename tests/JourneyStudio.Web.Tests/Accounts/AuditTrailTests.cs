using System.Net;
using System.Net.Http.Json;
using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Testing;
using JourneyStudio.Web.Accounts.Audit;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyStudio.Web.Tests.Accounts;

public class AuditTrailTests(JourneyStudioApp app) : IClassFixture<JourneyStudioApp>
{
    [Fact]
    public async Task An_admin_sees_sign_in_attempts_for_emails_that_have_no_account()
    {
        var guessed = $"guess-{Guid.NewGuid():N}@northwind.example";
        var attempt = await app.CreateClient().PostAsJsonAsync("/api/account/signin", new { email = guessed, password = "hunter2hunter2" });
        Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);

        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var workspace = await session.Query<Workspace>().SingleAsync();
        var entries = await app.Services.GetRequiredService<AuditTrail>().LatestAsync(workspace.Id, 300, CancellationToken.None);

        Assert.Contains(entries, e => e.Who == guessed && e.Action == "sign-in failed");
    }
}
