using Microsoft.AspNetCore.Identity;

namespace JourneyStudio.Web.Accounts;

/// <summary>ASP.NET Core Identity's hasher (PBKDF2, versioned) for accounts stored through Marten.</summary>
public sealed class PasswordCheck
{
    private readonly PasswordHasher<UserAccount> hasher = new();

    public string Hash(UserAccount account, string password) => hasher.HashPassword(account, password);

    public bool Verify(UserAccount account, string password) =>
        hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;
}
