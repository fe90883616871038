using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace JourneyStudio.Testing;

/// <summary>
/// A plain file server on a loopback port over seed-data/, the way a survey tool's export link or a review site is
/// served to the importer: real HTTP, not a stub of the fetcher.
/// </summary>
public sealed class SeedFileServer : IAsyncDisposable
{
    private readonly WebApplication files;

    private SeedFileServer(WebApplication files, string url) => (this.files, Url) = (files, url);

    /// <summary>The server's root, without a trailing slash: seed-data/feedback/x.csv is at <c>{Url}/feedback/x.csv</c>.</summary>
    public string Url { get; }

    /// <param name="routes">Extra routes and middleware, ahead of the files (a test's misbehaving addresses).</param>
    public static async Task<SeedFileServer> StartAsync(Action<WebApplication>? routes = null)
    {
        var web = WebApplication.CreateSlimBuilder();
        web.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var files = web.Build();
        routes?.Invoke(files);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".tsv"] = "text/tab-separated-values";
        files.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(JourneyStudioApp.SeedData), ServeUnknownFileTypes = true, ContentTypeProvider = types,
        });
        await files.StartAsync();
        return new SeedFileServer(files, files.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/'));
    }

    public string File(string path) => $"{Url}/{path.TrimStart('/')}";

    public ValueTask DisposeAsync() => files.DisposeAsync();
}
