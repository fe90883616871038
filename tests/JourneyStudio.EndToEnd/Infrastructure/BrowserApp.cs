using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using JourneyStudio.Domain.Accounts;
using Microsoft.Playwright;

namespace JourneyStudio.Testing;

/// <summary>The app on a real Kestrel port, and the system Chromium driven by Playwright.</summary>
public class BrowserApp : JourneyStudioApp, IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Every Content-Security-Policy complaint any page of this fixture logged: the app must run clean under its own policy.</summary>
    public System.Collections.Concurrent.ConcurrentBag<string> CspViolations { get; } = [];
    public string BaseUrl { get; private set; } = "";

    public static string Artifacts =>
        Environment.GetEnvironmentVariable("JOURNEYSTUDIO_ARTIFACTS") ?? Path.Combine(Path.GetTempPath(), "journeystudio-artifacts");

    public virtual async Task InitializeAsync()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        // Two cores run the app, Chromium and the tests at once in CI: give a slow render room before failing.
        Assertions.SetDefaultExpectTimeout(10_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("JOURNEYSTUDIO_CHROMIUM") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(Artifacts);
    }

    /// <summary>A fresh browser context signed in as the demo account with <paramref name="role"/>, through the sign-in page, then at <paramref name="path"/>.</summary>
    public async Task<IPage> OpenAsync(string path, WorkspaceRole role = WorkspaceRole.Facilitator, int width = 1440, int height = 900)
    {
        var page = await NewPageAsync(width, height);
        await page.GotoAsync("/signin?returnUrl=" + Uri.EscapeDataString(path));
        await page.GetByLabel("Email").FillAsync(EmailFor(role));
        await page.GetByLabel("Password").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByTestId("signed-in-as").WaitForAsync();
        // A test starts acting once the page works, as a user would wait for it: a click made while the circuit is still
        // starting can be lost (CI saw the next page never turn interactive after one).
        await page.WaitForFunctionAsync("() => !document.querySelector('[data-interactive]') || !!document.querySelector('[data-interactive=true]')");
        return page;
    }

    public async Task<IPage> NewPageAsync(int width = 1440, int height = 900)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BaseURL = BaseUrl });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) CspViolations.Add(message.Text);
        };
        return page;
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, name + ".png"), FullPage = false });

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await DisposeAsync();
    }
}
