using System.Text.Json;

namespace JourneyStudio.Web.Feedback.Import;

/// <summary>
/// Dotted paths into JSON: <c>data.reviews</c>, <c>rating.value</c>, <c>items[0].id</c>, with an optional leading
/// <c>$.</c>; a name with dots can be quoted as <c>['a.b']</c>; <c>answers[field.ref=nps].number</c> picks the first
/// array element whose path equals the value (Typeform-style answers found by reference, not position).
/// </summary>
public static class JsonPath
{
    public static JsonElement? Find(JsonElement root, string? path)
    {
        if (string.IsNullOrWhiteSpace(path)) return root;
        var current = root;
        foreach (var step in Steps(path))
        {
            if (step.WherePath is { } wherePath)
            {
                if (current.ValueKind != JsonValueKind.Array) return null;
                JsonElement? hit = null;
                foreach (var element in current.EnumerateArray())
                    if (Find(element, wherePath) is { } v && Scalar(v) is { } s && string.Equals(s, step.WhereValue, StringComparison.OrdinalIgnoreCase)) { hit = element; break; }
                if (hit is not { } found) return null;
                current = found;
            }
            else if (step.Index is { } index)
            {
                if (current.ValueKind != JsonValueKind.Array || index >= current.GetArrayLength()) return null;
                current = current[index];
            }
            else
            {
                if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(step.Name!, out var next)) return null;
                current = next;
            }
        }
        return current.ValueKind == JsonValueKind.Null ? null : current;
    }

    public static string? Text(JsonElement root, string? path) => Find(root, path) is { } e ? Scalar(e) : null;

    public static string? Scalar(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Object when e.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String => name.GetString(),
        _ => null,
    };

    /// <summary>Scalars of the item by path ("user.plan"), two levels deep, for rules and display.</summary>
    public static Dictionary<string, string> Flatten(JsonElement item, int limit = 60)
    {
        var fields = new Dictionary<string, string>();
        void Walk(JsonElement e, string prefix, int depth)
        {
            if (fields.Count >= limit) return;
            if (e.ValueKind == JsonValueKind.Object && depth < 3)
                foreach (var p in e.EnumerateObject()) Walk(p.Value, prefix.Length == 0 ? p.Name : prefix + "." + p.Name, depth + 1);
            else if (Scalar(e) is { } value && e.ValueKind != JsonValueKind.Object && prefix.Length > 0) fields[prefix] = value;
        }
        Walk(item, "", 0);
        return fields;
    }

    private readonly record struct Step(string? Name, int? Index, string? WherePath = null, string? WhereValue = null);

    private static IEnumerable<Step> Steps(string path)
    {
        var p = path.Trim();
        if (p.StartsWith("$")) p = p[1..];
        var i = 0;
        while (i < p.Length)
        {
            if (p[i] == '.') { i++; continue; }
            if (p[i] == '[')
            {
                var end = p.IndexOf(']', i);
                if (end < 0) throw new FormatException($"'{path}' has an unclosed '['.");
                var inner = p[(i + 1)..end].Trim();
                var eq = inner.IndexOf('=');
                if (inner.Length >= 2 && inner[0] is '\'' or '"') yield return new Step(inner[1..^1], null);
                else if (eq > 0) yield return new Step(null, null, inner[..eq].Trim(), inner[(eq + 1)..].Trim().Trim('\'', '"'));
                else if (int.TryParse(inner, out var index)) yield return new Step(null, index);
                else throw new FormatException($"'{path}': [{inner}] is neither an index nor a quoted name.");
                i = end + 1;
                continue;
            }
            var stop = p.IndexOfAny(['.', '['], i);
            if (stop < 0) stop = p.Length;
            yield return new Step(p[i..stop], null);
            i = stop;
        }
    }
}
