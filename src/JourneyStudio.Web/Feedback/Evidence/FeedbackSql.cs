using System.Text;
using JourneyStudio.Web.Feedback.Import;
using JourneyStudio.Domain.Feedback;
using Marten;

namespace JourneyStudio.Web.Feedback.Evidence;

/// <summary>
/// A <see cref="FeedbackFilter"/> as SQL over the item table (alias <c>d</c>), for Marten's SQL queries with <c>?</c>
/// placeholders. It keeps to the duplicated, indexed columns (workspace, source, time, match count) and reaches
/// journeys, stages and touchpoints through the flat match rows (indexed by item, map and card), so the page,
/// the count and the weekly figures are each one query that reads no more than the filter selects.
/// </summary>
public sealed class FeedbackSql
{
    private readonly List<object> parameters = [];

    public string Items { get; }
    public string Matches { get; }
    public string Where { get; }
    public object[] Parameters => [.. parameters];

    public FeedbackSql(IDocumentStore store, Guid workspaceId, FeedbackFilter filter)
    {
        Items = ItemTable(store);
        Matches = MatchTable(store);
        var where = new StringBuilder("d.workspace_id = ?");
        parameters.Add(workspaceId);
        if (filter.SourceId is { } sourceId) And(where, "d.source_id = ?", sourceId);
        if (filter.CardId is { } cardId) And(where, $"exists (select 1 from {Matches} m where m.item_id = d.id and m.card_id = ?)", cardId);
        else if (filter.StageId is { } stageId)
        {
            // The stage lives in the row's data; the map (indexed) narrows it first when it is given.
            if (filter.MapId is { } stageMap)
                And(where, $"exists (select 1 from {Matches} m where m.item_id = d.id and m.map_id = ? and m.data ->> 'stageId' = ?)", stageMap, stageId.ToString());
            else And(where, $"exists (select 1 from {Matches} m where m.item_id = d.id and m.data ->> 'stageId' = ?)", stageId.ToString());
        }
        else if (filter.MapId is { } mapId) And(where, $"exists (select 1 from {Matches} m where m.item_id = d.id and m.map_id = ?)", mapId);
        if (filter.UnmatchedOnly) where.Append(" and d.match_count = 0");
        if (filter.UnscoredOnly) where.Append(" and (d.data ->> 'unscored')::boolean");
        if (filter.MinScore is { } min) And(where, $"{Score} >= ?", min);
        if (filter.MaxScore is { } max) And(where, $"{Score} <= ?", max);
        if (filter.From is { } from) And(where, "d.received_at >= ?", from.ToUniversalTime());
        if (filter.To is { } to) And(where, "d.received_at < ?", to.ToUniversalTime());
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var like = "%" + Escape(filter.Text.Trim()) + "%";
            And(where, "(d.data ->> 'text' ilike ? or d.data ->> 'title' ilike ? or d.data ->> 'author' ilike ?)", like, like, like);
        }
        Where = where.ToString();
    }

    public static string ItemTable(IDocumentStore store) => store.Options.FindOrResolveDocumentType(typeof(FeedbackItem)).TableName.QualifiedName;

    public static string MatchTable(IDocumentStore store) => store.Options.FindOrResolveDocumentType(typeof(FeedbackMatch)).TableName.QualifiedName;

    public const string Score = "(d.data ->> 'score')::float8";

    /// <summary>The Monday (UTC) of the item's week, as <see cref="FeedbackItem.WeekOf"/> has it.</summary>
    public const string Week = "(date_trunc('week', d.received_at at time zone 'UTC'))::date";

    private void And(StringBuilder where, string clause, params object[] values)
    {
        where.Append(" and ").Append(clause);
        parameters.AddRange(values);
    }

    /// <summary>Typed text is matched literally: LIKE's wildcards and escape are escaped.</summary>
    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
