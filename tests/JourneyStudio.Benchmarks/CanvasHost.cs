using System.Net;
using JourneyStudio.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyStudio.Benchmarks;

/// <summary>The real app, demo data and accounts included, on a loopback Kestrel port in a schema of its own.</summary>
public sealed class CanvasHost : JourneyStudioApp
{
    public string BaseUrl { get; private set; } = "";

    public void Start()
    {
        // WebApplicationFactory finds the app's content root through a manifest in the working directory, which
        // `dotnet test` sets to the output folder and `dotnet run` leaves where it was.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }
}
