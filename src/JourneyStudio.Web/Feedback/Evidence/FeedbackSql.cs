using System.Text;
using JourneyStudio.Domain.Feedback;
using JourneyStudio.Web.Feedback.Storage;

namespace JourneyStudio.Web.Feedback.Evidence;

/// <summary>
/// A <see cref="FeedbackFilter"/> as SQL over the item table (alias <c>d</c>) with positional parameters. The
/// workspace and time narrow by the items' index; journeys, stages and touchpoints are reached through the flat match
/// rows (keyed by item), so the page, the count and the weekly figures are each one query that reads no more than
/// the filter selects.
/// </summary>
public sealed class FeedbackSql
{
    private readonly List<object> parameters = [];

    public string Where { get; }
    public IReadOnlyList<object> Parameters => parameters;

    public FeedbackSql(FeedbackStore store, Guid workspaceId, FeedbackFilter filter)
    {
        var matches = store.Matches;
        var where = new StringBuilder();
        And(where, "d.workspace_id = {0}", workspaceId);
        if (filter.SourceId is { } sourceId) And(where, "d.source_id = {0}", sourceId);
        if (filter.CardId is { } cardId) And(where, $"exists (select 1 from {matches} m where m.item_id = d.id and m.card_id = {{0}})", cardId);
        else if (filter.StageId is { } stageId) And(where, $"exists (select 1 from {matches} m where m.item_id = d.id and m.stage_id = {{0}})", stageId);
        else if (filter.MapId is { } mapId) And(where, $"exists (select 1 from {matches} m where m.item_id = d.id and m.map_id = {{0}})", mapId);
        if (filter.UnmatchedOnly) where.Append(" and d.match_count = 0");
        if (filter.UnscoredOnly) where.Append(" and d.unscored");
        if (filter.MinScore is { } min) And(where, "d.score >= {0}", min);
        if (filter.MaxScore is { } max) And(where, "d.score <= {0}", max);
        if (filter.From is { } from) And(where, "d.received_at >= {0}", from.ToUniversalTime());
        if (filter.To is { } to) And(where, "d.received_at < {0}", to.ToUniversalTime());
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var like = "%" + Escape(filter.Text.Trim()) + "%";
            And(where, "(d.text ilike {0} or d.title ilike {0} or d.author ilike {0})", like);
        }
        Where = where.ToString();
    }

    /// <summary>The next positional parameter's placeholder, for clauses a caller adds after <see cref="Where"/>.</summary>
    public string Next(object value)
    {
        parameters.Add(value);
        return "$" + parameters.Count;
    }

    /// <summary>The Monday (UTC) of the item's week, as <see cref="FeedbackItem.WeekOf"/> has it.</summary>
    public const string Week = "(date_trunc('week', d.received_at at time zone 'UTC'))::date";

    private void And(StringBuilder where, string clause, object value)
    {
        if (where.Length > 0) where.Append(" and ");
        where.Append(string.Format(clause, Next(value)));
    }

    /// <summary>Typed text is matched literally: LIKE's wildcards and escape are escaped.</summary>
    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
