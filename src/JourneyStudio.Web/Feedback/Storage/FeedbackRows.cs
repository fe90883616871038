using System.Text.Json;
using System.Text.Json.Serialization;
using JourneyStudio.Domain.Feedback;
using JourneyStudio.Domain.Feedback.Matching;
using JourneyStudio.Domain.Feedback.Scores;
using Npgsql;

namespace JourneyStudio.Web.Feedback.Storage;

/// <summary>
/// How a <see cref="FeedbackItem"/> sits in a <c>feedback_item</c> row — the columns readers filter on, and the rest
/// as JSON — and how its matches sit in <c>feedback_match</c> rows, the one place they are kept.
/// </summary>
public static class FeedbackRows
{
    /// <summary>
    /// What <see cref="Read"/> reads, for a query over the item table with alias <paramref name="alias"/>: the item's
    /// columns, then its matches from the match rows (kept there only), as one JSON array.
    /// </summary>
    public static string Columns(string alias, string matchTable) =>
        string.Join(", ", ColumnNames.Select(c => $"{alias}.{c}"))
        + $", (select json_agg(json_build_array(m.map_id, m.stage_id, m.card_id, m.origin, m.rule_index, m.reason)) from {matchTable} m where m.item_id = {alias}.id)";

    public static readonly string[] ColumnNames =
        ["id", "workspace_id", "source_id", "received_at", "score", "unscored", "match_count", "fingerprint", "text", "title", "author", "body"];

    public static readonly string[] MatchColumnNames =
        ["item_id", "card_id", "workspace_id", "source_id", "map_id", "stage_id", "week", "received_at", "score", "origin", "rule_index", "reason"];

    public static FeedbackItem Read(NpgsqlDataReader row)
    {
        var body = JsonSerializer.Deserialize(row.GetString(11), ItemBodyJson.Default.ItemBody)!;
        var receivedAt = row.GetFieldValue<DateTimeOffset>(3);
        return new FeedbackItem
        {
            Id = row.GetGuid(0), WorkspaceId = row.GetGuid(1), SourceId = row.GetGuid(2), ReceivedAt = receivedAt, Week = FeedbackItem.WeekOf(receivedAt),
            Score = row.IsDBNull(4) ? null : row.GetDouble(4), Unscored = row.GetBoolean(5), MatchCount = row.GetInt32(6),
            Matches = row.IsDBNull(12) ? [] : ReadMatches(row.GetString(12)),
            Fingerprint = row.GetString(7), Text = row.GetString(8), Title = row.IsDBNull(9) ? null : row.GetString(9),
            Author = row.IsDBNull(10) ? null : row.GetString(10),
            Key = body.Key, ExternalId = body.ExternalId, RawScore = body.RawScore, Scale = body.Scale, ScoreOrigin = body.ScoreOrigin,
            Language = body.Language, DateFromSource = body.DateFromSource, Contact = body.Contact, Channel = body.Channel, Url = body.Url,
            Fields = body.Fields, ImportedAt = body.ImportedAt, UpdatedAt = body.UpdatedAt, Revision = body.Revision, LastRunId = body.LastRunId,
        };
    }

    public static void Write(BinaryCopyWriter copy, FeedbackItem item)
    {
        copy.StartRow((short)ColumnNames.Length);
        copy.Uuid(item.Id);
        copy.Uuid(item.WorkspaceId);
        copy.Uuid(item.SourceId);
        copy.TimestampTz(item.ReceivedAt);
        copy.Double(item.Score);
        copy.Bool(item.Unscored);
        copy.Int(item.MatchCount);
        copy.Text(item.Fingerprint);
        copy.Text(item.Text);
        copy.Text(item.Title);
        copy.Text(item.Author);
        copy.Json(BodyOf(item), ItemBodyJson.Default.ItemBody);
    }

    public static void Write(BinaryCopyWriter copy, FeedbackMatch match)
    {
        copy.StartRow((short)MatchColumnNames.Length);
        copy.Uuid(match.ItemId);
        copy.Uuid(match.CardId);
        copy.Uuid(match.WorkspaceId);
        copy.Uuid(match.SourceId);
        copy.Uuid(match.MapId);
        copy.Uuid(match.StageId);
        copy.Date(match.Week);
        copy.TimestampTz(match.ReceivedAt);
        copy.Double(match.Score);
        copy.Short((short)match.Origin);
        copy.Int(match.RuleIndex);
        copy.Text(match.Reason);
    }

    private static List<TouchpointMatch> ReadMatches(string json)
    {
        using var document = JsonDocument.Parse(json);
        var matches = new List<TouchpointMatch>();
        foreach (var m in document.RootElement.EnumerateArray())
            matches.Add(new TouchpointMatch(m[0].GetGuid(), m[1].GetGuid(), m[2].GetGuid(), (MatchOrigin)m[3].GetInt32(),
                m[4].ValueKind == JsonValueKind.Null ? null : m[4].GetInt32(), m[5].GetString() ?? ""));
        return matches;
    }

    public static string Body(FeedbackItem item) => JsonSerializer.Serialize(BodyOf(item), ItemBodyJson.Default.ItemBody);

    private static ItemBody BodyOf(FeedbackItem item) => new()
    {
        Key = item.Key, ExternalId = item.ExternalId, RawScore = item.RawScore, Scale = item.Scale, ScoreOrigin = item.ScoreOrigin,
        Language = item.Language, DateFromSource = item.DateFromSource, Contact = item.Contact, Channel = item.Channel, Url = item.Url,
        Fields = item.Fields, ImportedAt = item.ImportedAt, UpdatedAt = item.UpdatedAt, Revision = item.Revision, LastRunId = item.LastRunId,
    };
}

/// <summary>What an item row keeps beside its columns: read back whole, never filtered on.</summary>
internal sealed class ItemBody
{
    public string Key { get; init; } = "";
    public string? ExternalId { get; init; }
    public string? RawScore { get; init; }
    public ScoreScale Scale { get; init; } = ScoreScale.None;
    public ScoreOrigin ScoreOrigin { get; init; }
    public string? Language { get; init; }
    public bool DateFromSource { get; init; }
    public string? Contact { get; init; }
    public string? Channel { get; init; }
    public string? Url { get; init; }
    public Dictionary<string, string> Fields { get; init; } = [];
    public DateTimeOffset ImportedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Revision { get; init; } = 1;
    public Guid LastRunId { get; init; }
}

/// <summary>
/// The body's JSON, generated at build time: every imported item is serialised once, so reflection's cost showed in
/// the import. Same shape as <see cref="JsonDefaults"/> (camelCase, enums by name); nulls are left out.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true,
    UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ItemBody))]
internal sealed partial class ItemBodyJson : JsonSerializerContext;
