using System.Text.Json;
using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Web.Hosting;

namespace JourneyStudio.Web.Maps;

/// <summary>Reads a map event back from the JSON it was broadcast as (<see cref="CommittedEvent"/>: type name plus data).</summary>
public static class MapEventCodec
{
    private static readonly IReadOnlyDictionary<string, Type> Types = typeof(IMapEvent).Assembly.GetTypes()
        .Where(t => typeof(IMapEvent).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
        .ToDictionary(t => t.Name);

    public static IMapEvent Decode(string type, JsonElement data) =>
        Types.TryGetValue(type, out var t)
            ? (IMapEvent)(data.Deserialize(t, JsonDefaults.Options) ?? throw new JsonException($"The {type} event is empty."))
            : throw new JsonException($"'{type}' is not a map event.");
}
