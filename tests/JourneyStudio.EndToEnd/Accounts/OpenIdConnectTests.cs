using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;
using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Accounts.Audit;
using Marten;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace JourneyStudio.EndToEnd.Accounts;

/// <summary>The app with a company identity provider configured: the test's own, on another loopback port.</summary>
public sealed class CompanySignInApp : BrowserApp
{
    public const string DisplayName = "Northwind SSO";

    public TestIdentityProvider IdentityProvider { get; } = new();

    public override async Task InitializeAsync()
    {
        // The provider's address goes into the app's settings, so it has to be listening first.
        await IdentityProvider.StartAsync();
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Authentication:OpenIdConnect:Authority", IdentityProvider.Authority);
        builder.UseSetting("Authentication:OpenIdConnect:ClientId", TestIdentityProvider.ClientId);
        builder.UseSetting("Authentication:OpenIdConnect:ClientSecret", TestIdentityProvider.ClientSecret);
        builder.UseSetting("Authentication:OpenIdConnect:DisplayName", DisplayName);
        builder.UseSetting("Authentication:OpenIdConnect:RequireHttpsMetadata", "false");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await IdentityProvider.DisposeAsync();
    }

    /// <summary>What this page's session cookie says, read the way the app reads it; null when there is none.</summary>
    public async Task<IReadOnlyList<string>?> SessionClaimsAsync(IPage page)
    {
        var cookie = (await page.Context.CookiesAsync()).FirstOrDefault(c => c.Name == "journeystudio");
        if (cookie is null) return null;
        var cookies = Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        var principal = cookies.TicketDataFormat.Unprotect(cookie.Value)!.Principal;
        return [$"authentication type={principal.Identity!.AuthenticationType}", .. principal.Claims.Select(c => $"{c.Type}={c.Value}").Order()];
    }
}

public class OpenIdConnectTests(CompanySignInApp app) : IClassFixture<CompanySignInApp>
{
    private static ILocator SsoButton(IPage page) =>
        page.GetByRole(AriaRole.Link, new() { Name = $"Sign in with {CompanySignInApp.DisplayName}" });

    private async Task<IPage> SignInThroughProviderAsync(string email, string path, bool verified = true)
    {
        app.IdentityProvider.NextEmail = email;
        app.IdentityProvider.NextEmailVerified = verified;
        var page = await app.NewPageAsync();
        await page.GotoAsync(path);
        await SsoButton(page).ClickAsync();
        return page;
    }

    [Fact]
    public async Task A_member_signs_in_through_the_company_identity_provider_and_gets_their_role()
    {
        var redemptions = app.IdentityProvider.PkceRedemptions;
        app.IdentityProvider.NextEmail = "Editor@Northwind.Example";
        app.IdentityProvider.NextEmailVerified = true;
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(SsoButton(page)).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "signin-sso");
        await SsoButton(page).ClickAsync();

        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync("Elena Rossi (editor) · Editor");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Journey maps" })).ToBeVisibleAsync();
        Assert.Equal(app.BaseUrl + "/", page.Url);
        Assert.Equal(redemptions + 1, app.IdentityProvider.PkceRedemptions);

        // The very session a password sign-in gives: the role is not in it, it is read from the account on each call.
        var withPassword = await app.OpenAsync("/", WorkspaceRole.Editor);
        Assert.Equal(await app.SessionClaimsAsync(withPassword), await app.SessionClaimsAsync(page));
        Assert.Empty(app.CspViolations);
    }

    [Fact]
    public async Task An_unknown_email_from_the_identity_provider_is_refused_with_a_clear_message()
    {
        var page = await SignInThroughProviderAsync("jane@contoso.com", "/signin");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert))
            .ToHaveTextAsync("No JourneyStudio account for jane@contoso.com; ask an admin for an invitation.");
        await Assertions.Expect(SsoButton(page)).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "signin-sso-refused");
        Assert.Null(await app.SessionClaimsAsync(page));
        await using (var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession())
        {
            Assert.False(await session.Query<UserAccount>().AnyAsync(u => u.Email == "jane@contoso.com"));
            var refusal = await session.Query<AuditEntry>().SingleAsync(e => e.Who == "jane@contoso.com");
            Assert.Equal(("sign-in failed", "OpenID Connect: no such account"), (refusal.Action, refusal.Detail));
        }

        // The address on the page is only ever one the identity provider vouched for, never one from a crafted link.
        await page.GotoAsync("/signin?error=NoAccount&who=mallory%40evil.example");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert))
            .ToHaveTextAsync("No JourneyStudio account for that address; ask an admin for an invitation.");
        Assert.Empty(app.CspViolations);
    }

    [Fact]
    public async Task An_address_the_provider_has_not_verified_picks_no_account()
    {
        var admin = JourneyStudioApp.EmailFor(WorkspaceRole.Admin);
        var page = await SignInThroughProviderAsync(admin, "/signin", verified: false);

        await Assertions.Expect(page.GetByRole(AriaRole.Alert))
            .ToHaveTextAsync($"{CompanySignInApp.DisplayName} did not share a verified email address, so JourneyStudio cannot tell which account is yours.");
        Assert.Null(await app.SessionClaimsAsync(page));
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.True(await session.Query<AuditEntry>().AnyAsync(e => e.Who == admin && e.Action == "sign-in failed" && e.Detail == "OpenID Connect: no verified email"));
    }

    [Fact]
    public async Task The_audit_trail_shows_the_sign_in_through_the_identity_provider()
    {
        var admin = JourneyStudioApp.EmailFor(WorkspaceRole.Admin);
        var page = await SignInThroughProviderAsync(admin, "/signin?returnUrl=%2Fadmin%2Faudit");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Audit trail" })).ToBeVisibleAsync();
        var row = page.GetByTestId("audit-row").Filter(new() { HasText = admin }).Filter(new() { HasText = "signed in" }).Filter(new() { HasText = "OpenID Connect" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        var cells = row.Locator("td");
        await Assertions.Expect(cells.Nth(2)).ToHaveTextAsync("signed in");
        await Assertions.Expect(cells.Nth(3)).ToHaveTextAsync("OpenID Connect");
        await Assertions.Expect(cells.Nth(4)).ToHaveTextAsync("127.0.0.1");
    }

    [Fact]
    public async Task A_locked_account_stays_locked_when_the_identity_provider_vouches_for_it()
    {
        var viewer = JourneyStudioApp.EmailFor(WorkspaceRole.Viewer);
        await using (var session = app.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            var account = await session.Query<UserAccount>().SingleAsync(u => u.Email == viewer);
            account.Lockout = new Lockout(0, DateTimeOffset.UtcNow + Lockout.Duration);
            session.Store(account);
            await session.SaveChangesAsync();
        }

        var page = await SignInThroughProviderAsync(viewer, "/signin");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Too many failed attempts: this account is locked for 15 minutes.");
        Assert.Null(await app.SessionClaimsAsync(page));
        await using var query = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.True(await query.Query<AuditEntry>().AnyAsync(e => e.Who == viewer && e.Action == "sign-in refused" && e.Detail == "OpenID Connect: account locked"));
    }

    [Fact]
    public async Task Only_a_local_return_address_is_followed_after_the_identity_provider()
    {
        var page = await SignInThroughProviderAsync(JourneyStudioApp.EmailFor(WorkspaceRole.Facilitator),
            "/signin?returnUrl=" + Uri.EscapeDataString("https://evil.example/phish"));

        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync("Felix Brandt (facilitator) · Facilitator");
        Assert.Equal(app.BaseUrl + "/", page.Url);
    }
}
