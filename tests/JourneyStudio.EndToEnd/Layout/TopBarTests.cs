using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;
using Microsoft.Playwright;

namespace JourneyStudio.EndToEnd.Layout;

/// <summary>The top bar on a laptop screen: every link and "Sign out" stay reachable, whatever the role's number of links.</summary>
public class TopBarTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData(1100)]
    [InlineData(1280)]
    [InlineData(1440)]
    public async Task An_admins_bar_keeps_sign_out_and_every_link_on_screen(int width)
    {
        var page = await app.OpenAsync("/", WorkspaceRole.Admin, width: width);
        await BrowserApp.ScreenshotAsync(page, $"top-bar-{width}");

        var signOut = page.GetByRole(AriaRole.Button, new() { Name = "Sign out" });
        await Assertions.Expect(signOut).ToBeInViewportAsync(new() { Ratio = 1 });
        var box = (await signOut.BoundingBoxAsync())!;
        Assert.True(box.X + box.Width <= width, $"'Sign out' ends at {box.X + box.Width} px on a {width} px screen.");

        var name = page.GetByTestId("signed-in-as");
        Assert.True((await name.BoundingBoxAsync())!.Width >= 30, "The signed-in name shrank to nothing.");
        Assert.Contains("Admin", await name.GetAttributeAsync("title"));

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        foreach (var link in new[] { "Journey maps", "Feedback sources", "Pain points", "Owners", "Members", "Audit trail", "API" })
            await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = link, Exact = true })).ToBeInViewportAsync(new() { Ratio = 1 });
    }
}
