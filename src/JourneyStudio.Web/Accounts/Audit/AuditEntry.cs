namespace JourneyStudio.Web.Accounts.Audit;

/// <summary>One security-relevant fact: who did it, when, and from where. Never updated, never deleted by the app.</summary>
public sealed record AuditEntry(Guid Id, Guid? WorkspaceId, DateTimeOffset At, string Who, string Action, string Detail, string From);
