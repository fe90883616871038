namespace JourneyStudio.Domain.Maps;

/// <summary>
/// Everything a person edits on a map (details, stages, lanes, cards, handoffs), without its identity, version,
/// archive state or counterpart link: what "restore this version" brings back.
/// </summary>
public sealed record MapContent(
    string Title, Guid? PersonaId, string Scenario, string BrandPromise,
    IReadOnlyList<Stage> Stages, IReadOnlyList<Lane> Lanes, IReadOnlyList<Card> Cards, IReadOnlyList<Handoff> Handoffs);

public sealed partial class JourneyMap
{
    public MapContent Content() => new(Title, PersonaId, Scenario, BrandPromise, [.. Stages], [.. Lanes], [.. Cards], [.. Handoffs]);
}
