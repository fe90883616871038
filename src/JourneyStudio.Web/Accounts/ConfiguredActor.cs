using JourneyStudio.Domain.Shared;
using JourneyStudio.Web.Seeding;

namespace JourneyStudio.Web.Accounts;

/// <summary>
/// Until sign-in exists (the accounts issue), everyone acts as the facilitator named in configuration
/// (JourneyStudio:ActingAs) in the seeded workspace. Kept behind <see cref="ICurrentActor"/> so that the
/// accounts work swaps this one class for the signed-in user.
/// </summary>
public sealed class ConfiguredActor(IConfiguration configuration) : ICurrentActor
{
    public Actor Actor { get; } = new(
        SeedIds.For("actor", configuration["JourneyStudio:ActingAs"] ?? "Workshop facilitator"),
        configuration["JourneyStudio:ActingAs"] ?? "Workshop facilitator");

    public Guid WorkspaceId { get; } = SeedIds.Workspace(configuration["JourneyStudio:Workspace"] ?? "northwind");
}
