using System.Security.Claims;
using JourneyStudio.Web.Accounts.Audit;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace JourneyStudio.Web.Accounts;

public enum SignInOutcome { SignedIn, WrongCredentials, LockedOut, NoWorkspace, NoAccount }

/// <summary>How a sign-in ended; <see cref="Principal"/> is what the session cookie carries when it succeeded.</summary>
public sealed record SignInResult(SignInOutcome Outcome, DateTimeOffset? LockedUntil = null, ClaimsPrincipal? Principal = null);

/// <summary>Checks who is signing in, keeps the lockout count, writes the audit trail and builds the cookie principal.</summary>
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

        var result = await AdmitAsync(session, account, workspace.Value, "password", ct);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, result.Principal!);
        return result;
    }

    /// <summary>
    /// For someone whose email another party (the company's identity provider, named by <paramref name="method"/>) has
    /// already verified: no password, but the same account, lockout, membership and audit rules. Issuing the cookie
    /// is left to the caller, which for OpenID Connect is the authentication handler itself.
    /// </summary>
    public async Task<SignInResult> SignInVerifiedAsync(string email, string method, CancellationToken ct)
    {
        var normalised = UserAccount.Normalise(email);
        await using var session = store.LightweightSession();
        var account = await session.Query<UserAccount>().FirstOrDefaultAsync(u => u.Email == normalised, ct);
        if (account is null)
        {
            await audit.RecordAsync(null, normalised, "sign-in failed", $"{method}: no such account", ct);
            return new SignInResult(SignInOutcome.NoAccount);
        }
        var workspace = account.Memberships.FirstOrDefault()?.WorkspaceId;
        if (account.Lockout.IsLocked(DateTimeOffset.UtcNow))
        {
            await audit.RecordAsync(workspace, account.Email, "sign-in refused", $"{method}: account locked", ct);
            return new SignInResult(SignInOutcome.LockedOut, account.Lockout.LockedUntil);
        }
        if (workspace is null)
        {
            await audit.RecordAsync(null, account.Email, "sign-in refused", $"{method}: not a member of any workspace", ct);
            return new SignInResult(SignInOutcome.NoWorkspace);
        }
        return await AdmitAsync(session, account, workspace.Value, method, ct);
    }

    private async Task<SignInResult> AdmitAsync(IDocumentSession session, UserAccount account, Guid workspace, string method, CancellationToken ct)
    {
        account.Lockout = account.Lockout.AfterSuccess();
        session.Store(account);
        await session.SaveChangesAsync(ct);
        await audit.RecordAsync(workspace, account.Email, "signed in", method, ct);
        return new SignInResult(SignInOutcome.SignedIn, Principal: PrincipalFor(account, workspace));
    }

    /// <summary>
    /// The whole of what a session cookie says, however the person signed in. No role: <see cref="SignedInActor"/>
    /// reads it from the stored account on every call, so a role change or removal applies at once.
    /// </summary>
    private static ClaimsPrincipal PrincipalFor(UserAccount account, Guid workspace) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, account.Id.ToString()),
        new Claim(ClaimTypes.Name, account.DisplayName),
        new Claim(ClaimTypes.Email, account.Email),
        new Claim(SignedInActor.WorkspaceClaim, workspace.ToString()),
    ], CookieAuthenticationDefaults.AuthenticationScheme));
}
