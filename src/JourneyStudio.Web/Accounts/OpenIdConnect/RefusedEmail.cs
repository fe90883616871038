using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace JourneyStudio.Web.Accounts.OpenIdConnect;

/// <summary>
/// The sign-in page names the address the identity provider vouched for when no account has it. The address
/// travels protected and expiring, so a crafted link cannot make the page say something JourneyStudio did not.
/// </summary>
public static class RefusedEmail
{
    private const string Purpose = "JourneyStudio.Accounts.OpenIdConnect.RefusedEmail";

    public static string Protect(IDataProtectionProvider protection, string email) =>
        Protector(protection).Protect(email, TimeSpan.FromMinutes(10));

    public static string? Unprotect(IDataProtectionProvider protection, string? token)
    {
        if (string.IsNullOrEmpty(token)) return null;
        try { return Protector(protection).Unprotect(token); }
        catch (CryptographicException) { return null; }
    }

    private static ITimeLimitedDataProtector Protector(IDataProtectionProvider protection) =>
        protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();
}
