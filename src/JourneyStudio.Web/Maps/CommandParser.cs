using System.Text.Json;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Web.Hosting;

namespace JourneyStudio.Web.Maps;

/// <summary>
/// Reads one command, or a batch, from JSON: <c>{"type": "MoveCard", "cardId": …}</c> or an array of those.
/// The <c>type</c> is the command's name; errors name the command's index and the field.
/// </summary>
public static class CommandParser
{
    public const int MaxBatch = 500;

    // A version restore carries a whole map's content read from the store; from a client it would bypass every
    // rule the ordinary commands check, so it only comes through the restore endpoint.
    public static readonly IReadOnlyDictionary<string, Type> Types = typeof(MapCommand).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(MapCommand)) && !t.IsAbstract && t != typeof(RestoreVersion))
        .ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<MapCommand> Parse(JsonElement body)
    {
        switch (body.ValueKind)
        {
            case JsonValueKind.Object:
                return [ParseOne(body, "")];
            case JsonValueKind.Array:
                var count = body.GetArrayLength();
                if (count == 0) throw new DomainRuleViolation("commands", "The batch is empty; send at least one command.");
                if (count > MaxBatch) throw new DomainRuleViolation("commands", $"A batch holds at most {MaxBatch} commands; got {count}.");
                return body.EnumerateArray().Select((c, i) => ParseOne(c, $"commands[{i}].")).ToList();
            default:
                throw new DomainRuleViolation("body", "Send a command object or an array of command objects.");
        }
    }

    private static MapCommand ParseOne(JsonElement element, string prefix)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw new DomainRuleViolation(prefix + "type", "Each command must be a JSON object with a 'type'.");
        if (!element.TryGetProperty("type", out var typeProperty) || typeProperty.ValueKind != JsonValueKind.String)
            throw new DomainRuleViolation(prefix + "type", "Each command needs a 'type', e.g. \"AddCard\".");
        var name = typeProperty.GetString()!;
        if (!Types.TryGetValue(name, out var type))
            throw new DomainRuleViolation(prefix + "type", $"'{name}' is not a command. Known commands: {string.Join(", ", Types.Keys.Order())}.");
        try
        {
            return (MapCommand?)element.Deserialize(type, JsonDefaults.Options)
                ?? throw new DomainRuleViolation(prefix + "type", "The command is empty.");
        }
        catch (JsonException j)
        {
            var path = string.IsNullOrEmpty(j.Path) || j.Path == "$" ? "body" : j.Path.TrimStart('$', '.');
            var message = j.Message.Split(" Path:")[0];
            throw new DomainRuleViolation(prefix + path, message);
        }
    }
}
