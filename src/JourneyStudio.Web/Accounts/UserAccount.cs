using JourneyStudio.Domain.Accounts;

namespace JourneyStudio.Web.Accounts;

/// <summary>A person who can sign in. The password is kept only as ASP.NET Core Identity's hash.</summary>
public sealed class UserAccount
{
    public Guid Id { get; set; }
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public Lockout Lockout { get; set; } = Lockout.None;
    public List<Membership> Memberships { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }

    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    public Membership? MembershipIn(Guid workspaceId) => Memberships.FirstOrDefault(m => m.WorkspaceId == workspaceId);
}

public sealed record Membership(Guid WorkspaceId, WorkspaceRole Role);
