using System.Net;
using JourneyStudio.Testing;
using JourneyStudio.Web.Accounts.OpenIdConnect;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JourneyStudio.Web.Tests.Accounts;

/// <summary>The app as a company would configure it; the provider is never called, since nobody signs in here.</summary>
public sealed class ContosoSsoApp : JourneyStudioApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Authentication:OpenIdConnect:Authority", "https://login.contoso.example/tenant");
        builder.UseSetting("Authentication:OpenIdConnect:ClientId", "journeystudio");
        builder.UseSetting("Authentication:OpenIdConnect:ClientSecret", "test-only secret");
        builder.UseSetting("Authentication:OpenIdConnect:DisplayName", "Contoso SSO");
    }
}

public class OpenIdConnectOptionsTests(JourneyStudioApp plain, ContosoSsoApp contoso) : IClassFixture<JourneyStudioApp>, IClassFixture<ContosoSsoApp>
{
    [Fact]
    public async Task Without_configuration_no_OpenID_Connect_scheme_is_registered_and_the_sign_in_page_has_no_SSO_button()
    {
        var schemes = await plain.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetAllSchemesAsync();
        Assert.Equal([CookieAuthenticationDefaults.AuthenticationScheme], schemes.Select(s => s.Name));
        using (var scope = plain.Services.CreateScope()) Assert.Null(scope.ServiceProvider.GetService<CompanySignInEvents>());

        var client = plain.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetStringAsync("/signin");
        Assert.Contains("Sign in to JourneyStudio", page);
        Assert.DoesNotContain("Sign in with", page);
        Assert.DoesNotContain("/account/signin/oidc", page);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/account/signin/oidc")).StatusCode);
    }

    [Fact]
    public async Task With_configuration_the_provider_is_a_second_way_in_using_the_code_flow_with_PKCE()
    {
        var scheme = await contoso.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OpenIdConnectRegistration.Scheme);
        Assert.Equal("Contoso SSO", scheme?.DisplayName);
        var options = contoso.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectRegistration.Scheme);
        Assert.Equal(("code", true, false), (options.ResponseType, options.UsePkce, options.MapInboundClaims));
        Assert.Equal(CookieAuthenticationDefaults.AuthenticationScheme, options.SignInScheme);
        Assert.Equal(["email", "openid", "profile"], options.Scope.Order());
        Assert.Equal(("/signin-oidc", true), (options.CallbackPath.Value, options.RequireHttpsMetadata));

        // People who are not signed in still meet the sign-in page, which now offers both ways.
        var client = contoso.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var home = await client.GetAsync("/");
        Assert.StartsWith("/signin", home.Headers.Location!.PathAndQuery);
        var page = await client.GetStringAsync("/signin?returnUrl=%2Fadmin%2Faudit");
        Assert.Contains("Sign in with Contoso SSO", page);
        Assert.Contains("href=\"/account/signin/oidc?returnUrl=%2Fadmin%2Faudit\"", page);
        Assert.Contains("name=\"password\"", page);
    }

    [Fact]
    public async Task An_unreachable_provider_sends_people_back_to_the_sign_in_page_with_a_message()
    {
        // Nothing listens on port 1: discovery fails at once.
        using var down = contoso.WithWebHostBuilder(b => b.UseSetting("Authentication:OpenIdConnect:Authority", "https://127.0.0.1:1/"));
        var client = down.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var challenge = await client.GetAsync("/account/signin/oidc?returnUrl=%2F");
        Assert.Equal("/signin?error=SsoFailed", challenge.Headers.Location?.OriginalString);
        var page = await client.GetStringAsync("/signin?error=SsoFailed");
        Assert.Contains("Signing in with Contoso SSO did not complete. Please try again.", page);
    }

    [Fact]
    public void An_authority_without_a_client_id_stops_the_app_at_start()
    {
        using var broken = contoso.WithWebHostBuilder(b => b.UseSetting("Authentication:OpenIdConnect:ClientId", ""));
        var error = Assert.Throws<InvalidOperationException>(() => broken.CreateClient());
        Assert.Contains("Authentication:OpenIdConnect:ClientId", error.Message);
    }
}
