using JourneyStudio.Domain.Maps.Blueprints;

namespace JourneyStudio.Web.Maps.Templates;

/// <summary>A built-in starting point for a new map.</summary>
public sealed record MapTemplate(Guid Id, string Key, string Title, string Description, MapBlueprint Blueprint);
