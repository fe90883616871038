using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Web.Accounts;

/// <summary>Who is calling, and in which workspace. Every handler asks this on each call.</summary>
public interface ICurrentActor
{
    Actor Actor { get; }
    Guid WorkspaceId { get; }
}
