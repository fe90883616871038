using System.Net;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Testing;
using JourneyStudio.Web.Feedback.Fetching;

namespace JourneyStudio.Web.Tests.Feedback;

public class AddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.1.2.3", "private")]
    [InlineData("172.20.0.5", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("100.100.100.200", "carrier-grade NAT")]
    [InlineData("fd00:ec2::254", "unique-local")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("64:ff9b::a9fe:a9fe", "link-local")]
    [InlineData("0.0.0.0", "this network")]
    public void Internal_addresses_are_refused_with_their_kind(string address, string kind) =>
        Assert.Contains(kind, AddressGuard.WhyRefused(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("2606:4700::1111")]
    [InlineData("100.128.0.1")]
    public void Public_addresses_pass(string address) => Assert.Null(AddressGuard.WhyRefused(IPAddress.Parse(address)));
}

/// <summary>Fetches that would reach the server's own network are refused before any connection to them is made.</summary>
[Collection(FeedbackAppCollection.Name)]
public class SafeFetchingTests(FeedbackApp app)
{
    private object Source(string url) => new { name = "Probe " + Guid.NewGuid().ToString("N")[..6], kind = "Csv", url, fields = new { text = "text", externalId = "id" } };

    [Fact]
    public async Task Loopback_is_refused_unless_the_admin_allow_listed_the_host()
    {
        // The allow-list has 127.0.0.1, not "localhost": the same server by another name is refused.
        var url = app.File("feedback/test-inputs/utf16-no-bom.tsv").Replace("127.0.0.1", "localhost");
        var (_, run) = await app.CreateAndImportAsync(Source(url));
        Assert.Equal("Failed", run["status"]!.GetValue<string>());
        Assert.Contains("refused localhost: it resolves to", run["error"]!.GetValue<string>());
        Assert.Contains("a loopback address", run["error"]!.GetValue<string>());
        Assert.False(app.Hits.ContainsKey("/feedback/test-inputs/utf16-no-bom.tsv"), "no request may reach the refused host");
    }

    [Theory]
    [InlineData("http://10.20.30.40/export.csv", "a private address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "link-local")]
    [InlineData("http://[::1]:9/x.csv", "a loopback address")]
    [InlineData("ftp://127.0.0.1/x.csv", "only http and https")]
    public async Task Private_metadata_and_non_http_addresses_are_refused(string url, string why)
    {
        var client = await app.ClientAsAsync(WorkspaceRole.Facilitator);
        var created = await client.PostAsync("/api/feedback/sources", System.Net.Http.Json.JsonContent.Create(Source(url)));
        if (url.StartsWith("ftp"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
            Assert.Contains("not an http or https address", await created.Content.ReadAsStringAsync());
            return;
        }
        var run = await app.ImportAsync((await created.JsonAsync()).Id());
        Assert.Equal("Failed", run["status"]!.GetValue<string>());
        Assert.Contains(why, run["error"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("redirect-private", "refused redirect to 10.20.30.40")]
    [InlineData("redirect-metadata", "refused redirect to 169.254.169.254")]
    public async Task Every_redirect_is_checked_again(string path, string message)
    {
        var (_, run) = await app.CreateAndImportAsync(Source(app.File(path)));
        Assert.Equal("Failed", run["status"]!.GetValue<string>());
        Assert.Contains(message, run["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_redirect_to_an_allowed_host_is_followed()
    {
        var (_, run) = await app.CreateAndImportAsync(Source(app.File("redirect-file")));
        Assert.Equal(("Succeeded", 2), (run["status"]!.GetValue<string>(), run.Count("new")));
    }

    [Fact]
    public async Task Transient_server_errors_are_retried_with_backoff()
    {
        var (_, run) = await app.CreateAndImportAsync(Source(app.File("flaky/" + Guid.NewGuid().ToString("N"))));
        Assert.Equal(("Succeeded", 2), (run["status"]!.GetValue<string>(), run.Count("new")));
    }

    [Fact]
    public async Task A_server_that_keeps_failing_fails_the_run_as_transient_so_hangfire_tries_again_later()
    {
        var (_, run) = await app.CreateAndImportAsync(Source(app.File("always-503")));
        Assert.Equal("Failed", run["status"]!.GetValue<string>());
        Assert.Contains("HTTP 503", run["error"]!.GetValue<string>());
        Assert.Contains("will be tried again", run["error"]!.GetValue<string>());
        Assert.True(app.Hits["/always-503"] >= 4, $"{app.Hits["/always-503"]} attempts");
    }
}
