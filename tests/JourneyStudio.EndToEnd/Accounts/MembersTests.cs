using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;
using Microsoft.Playwright;

namespace JourneyStudio.EndToEnd.Accounts;

public class MembersTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_admin_invites_someone_who_joins_with_that_role_and_a_role_change_is_audited()
    {
        var admin = await app.OpenAsync("/admin/members", WorkspaceRole.Admin);
        await admin.GetByLabel("Role for the invitation").SelectOptionAsync("Editor");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create invitation link" }).ClickAsync();
        var link = await admin.GetByTestId("invite-link").InputValueAsync();
        Assert.Contains("/invite/", link);

        var newcomer = await app.NewPageAsync();
        await newcomer.GotoAsync(link);
        await newcomer.GetByLabel("Your name").FillAsync("Noor Akhtar");
        await newcomer.GetByLabel("Email").FillAsync("noor@northwind.example");
        await newcomer.GetByLabel("Password (12 characters or more)").FillAsync("a long enough password");
        await newcomer.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
        await Assertions.Expect(newcomer.GetByTestId("signed-in-as")).ToHaveTextAsync("Noor Akhtar · Editor");

        // The link works once.
        var again = await app.NewPageAsync();
        await again.GotoAsync(link);
        await Assertions.Expect(again.GetByRole(AriaRole.Heading, new() { Name = "This invitation can't be used" })).ToBeVisibleAsync();

        await admin.ReloadAsync();
        await admin.Locator("[data-interactive=true]").WaitForAsync();
        await admin.GetByLabel("Role of Noor Akhtar").SelectOptionAsync("Viewer");
        await Assertions.Expect(admin.GetByTestId("members-notice")).ToHaveTextAsync("Noor Akhtar is now a Viewer.");

        // The newcomer's very next page load shows the new role: it is read from the account on each call.
        await newcomer.ReloadAsync();
        await Assertions.Expect(newcomer.GetByTestId("signed-in-as")).ToHaveTextAsync("Noor Akhtar · Viewer");
        await Assertions.Expect(newcomer.GetByTestId("new-map")).ToHaveCountAsync(0);

        await admin.GotoAsync("/admin/audit");
        await Assertions.Expect(admin.GetByTestId("audit-row").Filter(new() { HasText = "role changed" })).ToContainTextAsync("noor@northwind.example: Editor → Viewer");
        await Assertions.Expect(admin.GetByTestId("audit-row").Filter(new() { HasText = "invitation accepted" })).ToHaveCountAsync(1);
        await BrowserApp.ScreenshotAsync(admin, "audit-trail");
        Assert.Empty(app.CspViolations);
    }

    [Fact]
    public async Task A_viewer_sees_no_member_or_audit_pages()
    {
        var viewer = await app.OpenAsync("/admin/members", WorkspaceRole.Viewer);
        await Assertions.Expect(viewer.GetByRole(AriaRole.Heading, new() { Name = "Admins only" })).ToBeVisibleAsync();
        await Assertions.Expect(viewer.GetByTestId("member-row")).ToHaveCountAsync(0);
        await viewer.GotoAsync("/admin/audit");
        await Assertions.Expect(viewer.GetByTestId("audit-row")).ToHaveCountAsync(0);
        await Assertions.Expect(viewer.GetByRole(AriaRole.Link, new() { Name = "Audit trail" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_admin_puts_a_member_into_a_department_and_the_member_sees_it_among_their_departments()
    {
        var admin = await app.OpenAsync("/admin/members", WorkspaceRole.Admin);
        var legal = admin.GetByRole(AriaRole.Group, new() { Name = "Departments of Victor Osei (viewer, executive)" })
            .GetByRole(AriaRole.Button, new() { Name = "Legal & Compliance" });
        await Assertions.Expect(legal).ToHaveAttributeAsync("aria-pressed", "false");
        await legal.ClickAsync();
        await Assertions.Expect(admin.GetByTestId("members-notice")).ToHaveTextAsync("Victor Osei (viewer, executive) now hears about the pain points Legal & Compliance owns.");
        await Assertions.Expect(legal).ToHaveAttributeAsync("aria-pressed", "true");
        await BrowserApp.ScreenshotAsync(admin, "members-departments");

        var victor = await app.OpenAsync("/", WorkspaceRole.Viewer);
        await victor.GetByTestId("notices").Locator("button.bell").ClickAsync();
        await Assertions.Expect(victor.GetByRole(AriaRole.Checkbox, new() { Name = "Legal & Compliance" })).ToBeCheckedAsync();

        await admin.ReloadAsync();
        await admin.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(legal).ToHaveAttributeAsync("aria-pressed", "true");
        await legal.ClickAsync();
        await Assertions.Expect(legal).ToHaveAttributeAsync("aria-pressed", "false");
    }
}
