using JourneyStudio.Domain.Maps;

namespace JourneyStudio.Web.Seeding;

// The shapes of the files under seed-data/ (see docs/seed-format.md). Keys, not ids: ids are derived from keys.

public sealed record SeedWorkspace(string Key, string Name, IReadOnlyList<SeedDepartment> Departments, IReadOnlyList<SeedPersona> Personas);

public sealed record SeedDepartment(string Key, string Name, string Colour);

public sealed record SeedPersona(string Key, string Name, string Segment, string Summary,
    IReadOnlyList<string> Goals, IReadOnlyList<string> Needs, IReadOnlyList<string> Frustrations);

public sealed record SeedMap(
    string Key, string Title, MapState State, IReadOnlyList<SeedStage> Stages, IReadOnlyList<SeedLane> Lanes,
    IReadOnlyList<SeedCard>? Cards = null, IReadOnlyList<SeedHandoff>? Handoffs = null, string? Persona = null,
    string? Counterpart = null, string? Scenario = null, string? BrandPromise = null, string? Description = null);

public sealed record SeedStage(string Key, string Name);

public sealed record SeedLane(string Key, string Name, LaneKind Kind);

public sealed record SeedCard(
    string Key, string Stage, string Lane, string Text, CardColour? Colour = null, IReadOnlyList<string>? Tags = null,
    string? Channel = null, string? Owner = null, SeedKpis? Kpis = null, string? MomentOfTruth = null,
    IReadOnlyList<FeedbackRule>? Rules = null, int? Score = null, int? Severity = null, PainPointStatus? Status = null,
    IReadOnlyList<string>? Concerns = null);

public sealed record SeedKpis(int? Nps = null, decimal? Csat = null, decimal? Ces = null);

public sealed record SeedHandoff(string From, string To, string? Label = null);
