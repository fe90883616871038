using System.Net;
using System.Text;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;
using JourneyStudio.Web.Accounts;

namespace JourneyStudio.Web.Tests.Hosting;

public class HardeningTests(JourneyStudioApp app) : IClassFixture<JourneyStudioApp>
{
    [Theory]
    [InlineData("/signin")]
    [InlineData("/health")]
    [InlineData("/api/maps")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await app.CreateClient().GetAsync(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task A_request_body_over_a_megabyte_is_refused_before_it_is_read()
    {
        var client = await app.ClientAsAsync(WorkspaceRole.Facilitator);
        var huge = "{\"type\":\"EditCardText\",\"cardId\":\"" + Guid.NewGuid() + "\",\"text\":\"" + new string('x', 2 * 1024 * 1024) + "\"}";
        var response = await client.PostAsync($"/api/maps/{Guid.NewGuid()}/commands", new StringContent(huge, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task The_stylesheets_and_scripts_of_the_sign_in_page_load_without_signing_in()
    {
        var client = app.CreateClient();
        var html = await client.GetStringAsync("/signin");
        var assets = System.Text.RegularExpressions.Regex.Matches(html, "(?:href|src)=\"(/?[^\"]+\\.(?:css|js))\"")
            .Select(m => "/" + m.Groups[1].Value.TrimStart('/')).ToList();
        Assert.Contains(assets, a => a.Contains(".styles.") && a.EndsWith(".css"));
        Assert.Contains(assets, a => a.EndsWith("blazor.web.js"));
        foreach (var asset in assets)
            Assert.True((await client.GetAsync(asset)).IsSuccessStatusCode, $"{asset} should load for someone not signed in");
    }
}
