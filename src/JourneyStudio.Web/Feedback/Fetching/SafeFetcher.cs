using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace JourneyStudio.Web.Feedback.Fetching;

/// <summary>Limits on fetching (section <c>JourneyStudio:Feedback:Fetch</c>).</summary>
public sealed class FetchLimits
{
    public const string Section = "JourneyStudio:Feedback:Fetch";
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(90);
    public int MaxRedirects { get; set; } = 5;
    public int Retries { get; set; } = 3;
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}

public sealed record FetchedDocument(Uri Url, byte[] Body, string? MediaType, string? Charset);

/// <summary>A fetch that was not made, or failed for good; <see cref="Url"/> is the address concerned (perhaps a redirect target).</summary>
public sealed class FetchFailed(string url, string reason, bool transient = false) : Exception($"{url}: {reason}")
{
    public string Url { get; } = url;
    public string Reason { get; } = reason;
    /// <summary>Worth trying again later (a server error or timeout that outlasted the retries).</summary>
    public bool Transient { get; } = transient;
}

/// <summary>
/// Server-side GETs that cannot be turned against the server's own network. Only http and https; the host is
/// resolved and every address checked (<see cref="AddressGuard"/>) before a request is sent, and again at connect
/// time on the addresses actually dialled (so DNS that changes its answer in between gains nothing); redirects
/// are followed by hand, each target checked the same way; no proxy; bodies over the size limit are cut off and
/// refused; transient failures are retried with exponential backoff by the resilience handler.
/// </summary>
public sealed class SafeFetcher(IHttpClientFactory clients, IOptions<FetchLimits> options)
{
    public const string ClientName = "feedback-fetch";
    public static readonly HttpRequestOptionsKey<IReadOnlyCollection<string>> AllowListKey = new("journeystudio.allow-list");

    public async Task<FetchedDocument> GetAsync(Uri url, IReadOnlyCollection<string> allowList, CancellationToken ct)
    {
        var limits = options.Value;
        var client = clients.CreateClient(ClientName);
        var current = url;
        for (var hop = 0; ; hop++)
        {
            await CheckAsync(current, allowList, hop == 0 ? null : "redirect", ct);
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            request.Options.Set(AllowListKey, allowList);
            request.Headers.UserAgent.ParseAdd("JourneyStudio-FeedbackImport/1.0");
            HttpResponseMessage response;
            try { response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct); }
            catch (HttpRequestException e) when (Find<FetchFailed>(e) is { } refused) { throw refused; }
            catch (HttpRequestException e) { throw new FetchFailed(current.ToString(), $"could not connect: {e.Message}", transient: true); }
            catch (Exception e) when (e is TaskCanceledException or TimeoutException or Polly.Timeout.TimeoutRejectedException && !ct.IsCancellationRequested)
            { throw new FetchFailed(current.ToString(), "timed out", transient: true); }

            using (response)
            {
                var code = (int)response.StatusCode;
                if (code is 301 or 302 or 303 or 307 or 308)
                {
                    if (hop >= limits.MaxRedirects) throw new FetchFailed(current.ToString(), $"more than {limits.MaxRedirects} redirects.");
                    if (response.Headers.Location is not { } location) throw new FetchFailed(current.ToString(), $"HTTP {code} redirect without a Location header.");
                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                    throw new FetchFailed(current.ToString(), $"HTTP {code} {response.ReasonPhrase}.", transient: code >= 500 || code is 408 or 429);
                if (response.Content.Headers.ContentLength > limits.MaxBytes)
                    throw new FetchFailed(current.ToString(), $"the response is {response.Content.Headers.ContentLength:N0} bytes; the limit is {limits.MaxBytes:N0}.");
                var body = await ReadLimitedAsync(response, current, limits.MaxBytes, ct);
                return new FetchedDocument(current, body, response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentType?.CharSet);
            }
        }
    }

    /// <summary>Scheme and addresses of <paramref name="url"/>, or <see cref="FetchFailed"/> saying why not.</summary>
    public static async Task CheckAsync(Uri url, IReadOnlyCollection<string> allowList, string? via, CancellationToken ct)
    {
        var what = via is null ? "" : $"{via} to ";
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
            throw new FetchFailed(url.ToString(), $"refused {what}a {(url.IsAbsoluteUri ? url.Scheme : "relative")} address: only http and https are fetched.");
        if (!string.IsNullOrEmpty(url.UserInfo)) throw new FetchFailed(url.ToString(), "refused: addresses with a user name or password are not fetched.");
        if (AddressGuard.IsAllowListed(url.Host, allowList)) return;
        foreach (var address in await ResolveAsync(url.Host, url.ToString(), ct))
            if (AddressGuard.WhyRefused(address) is { } why)
                throw new FetchFailed(url.ToString(), $"refused {what}{url.Host}: it resolves to {address}, {why}. An admin can allow-list the host in the feedback settings.");
    }

    internal static async Task<IPAddress[]> ResolveAsync(string host, string url, CancellationToken ct)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal)) return [literal];
        try
        {
            var addresses = await Dns.GetHostAddressesAsync(host, ct);
            return addresses.Length > 0 ? addresses : throw new FetchFailed(url, $"{host} has no address.");
        }
        catch (SocketException e) { throw new FetchFailed(url, $"{host} could not be resolved ({e.SocketErrorCode}).", transient: e.SocketErrorCode == SocketError.TryAgain); }
    }

    /// <summary>The primary handler: connects only to addresses that pass the guard, whatever DNS says by then.</summary>
    public static SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectTimeout = TimeSpan.FromSeconds(10),
        ConnectCallback = async (context, ct) =>
        {
            var allowList = context.InitialRequestMessage.Options.TryGetValue(AllowListKey, out var list) ? list : [];
            var host = context.DnsEndPoint.Host;
            var url = context.InitialRequestMessage.RequestUri?.ToString() ?? host;
            var addresses = await ResolveAsync(host, url, ct);
            if (!AddressGuard.IsAllowListed(host, allowList))
            {
                foreach (var address in addresses)
                    if (AddressGuard.WhyRefused(address) is { } why) throw new FetchFailed(url, $"refused {host}: it resolves to {address}, {why}.");
            }
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    private static async Task<byte[]> ReadLimitedAsync(HttpResponseMessage response, Uri url, long maxBytes, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw new FetchFailed(url.ToString(), $"the response is larger than the limit of {maxBytes:N0} bytes; nothing from it was imported.");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static T? Find<T>(Exception e) where T : Exception
    {
        for (Exception? x = e; x is not null; x = x.InnerException) if (x is T t) return t;
        return null;
    }
}
