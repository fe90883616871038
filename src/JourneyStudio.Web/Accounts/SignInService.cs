using System.Security.Claims;
using JourneyStudio.Web.Accounts.Audit;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace JourneyStudio.Web.Accounts;

public enum SignInOutcome { SignedIn, WrongCredentials, LockedOut, NoWorkspace }

public sealed record SignInResult(SignInOutcome Outcome, DateTimeOffset? LockedUntil = null);

/// <summary>Checks a password, keeps the lockout count, writes the audit trail and issues the cookie.</summary>
public sealed class SignInService(IDocumentStore store, PasswordCheck passwords, AuditTrail audit)
{
    public async Task<SignInResult> SignInAsync(HttpContext http, string? email, string? password, CancellationToken ct)
    {
        var normalised = UserAccount.Normalise(email ?? "");
        await using var session = store.LightweightSession();
        var account = await session.Query<UserAccount>().FirstOrDefaultAsync(u => u.Email == normalised, ct);
        var now = DateTimeOffset.UtcNow;
        if (account is null)
        {
            await audit.RecordAsync(null, normalised, "sign-in failed", "no such account", ct);
            return new SignInResult(SignInOutcome.WrongCredentials);
        }
        var workspace = account.Memberships.FirstOrDefault()?.WorkspaceId;
        if (account.Lockout.IsLocked(now))
        {
            await audit.RecordAsync(workspace, account.Email, "sign-in refused", "account locked", ct);
            return new SignInResult(SignInOutcome.LockedOut, account.Lockout.LockedUntil);
        }
        if (!passwords.Verify(account, password ?? ""))
        {
            account.Lockout = account.Lockout.AfterFailure(now);
            session.Store(account);
            await session.SaveChangesAsync(ct);
            var locked = account.Lockout.IsLocked(now);
            await audit.RecordAsync(workspace, account.Email, "sign-in failed", locked ? "wrong password; account now locked" : "wrong password", ct);
            return locked ? new SignInResult(SignInOutcome.LockedOut, account.Lockout.LockedUntil) : new SignInResult(SignInOutcome.WrongCredentials);
        }
        if (workspace is null) return new SignInResult(SignInOutcome.NoWorkspace);

        account.Lockout = account.Lockout.AfterSuccess();
        session.Store(account);
        await session.SaveChangesAsync(ct);
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, account.Id.ToString()),
            new Claim(ClaimTypes.Name, account.DisplayName),
            new Claim(ClaimTypes.Email, account.Email),
            new Claim(SignedInActor.WorkspaceClaim, workspace.Value.ToString()),
        ], CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        await audit.RecordAsync(workspace, account.Email, "signed in", "password", ct);
        return new SignInResult(SignInOutcome.SignedIn);
    }
}
