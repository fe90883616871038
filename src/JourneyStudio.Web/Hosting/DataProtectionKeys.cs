using System.Xml.Linq;
using Marten;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace JourneyStudio.Web.Hosting;

/// <summary>One data-protection key as stored in PostgreSQL.</summary>
public sealed record DataProtectionKey(string Id, string Xml);

/// <summary>
/// Keeps the keys that sign sign-in cookies and antiforgery tokens in PostgreSQL, so every app instance behind a
/// load balancer (and every restart) reads the same keys and a member stays signed in whichever instance answers.
/// </summary>
public sealed class DataProtectionKeyStore(IDocumentStore store) : IXmlRepository
{
    // The repository interface is synchronous; it is asked at start-up and when a key rolls over (every 90 days).
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var session = store.QuerySession();
        return session.Query<DataProtectionKey>().ToListAsync().GetAwaiter().GetResult().Select(k => XElement.Parse(k.Xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var session = store.LightweightSession();
        session.Store(new DataProtectionKey(friendlyName, element.ToString(SaveOptions.DisableFormatting)));
        session.SaveChangesAsync().GetAwaiter().GetResult();
    }
}

public static class DataProtectionSetup
{
    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("JourneyStudio");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DataProtectionKeyStore(sp.GetRequiredService<IDocumentStore>())));
        return services;
    }
}
