using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using JourneyStudio.Domain.Maps;

namespace JourneyStudio.Domain.Feedback.Matching;

/// <summary>A touchpoint card and the rules set on it, with where it sits (map and stage).</summary>
public sealed record TouchpointRules(Guid MapId, Guid StageId, Guid CardId, string Label, IReadOnlyList<FeedbackRule> Rules);

/// <summary>What a rule looks at in a feedback item.</summary>
public sealed record MatchInput(string? Title, string Text, string? Channel, string? Url, IReadOnlyDictionary<string, string> Fields);

public enum MatchOrigin { Rule, Manual }

/// <summary>
/// One item tied to one touchpoint, and why: the rule (its index on the card and its wording) or a person's
/// assignment from the triage inbox.
/// </summary>
public sealed record TouchpointMatch(Guid MapId, Guid StageId, Guid CardId, MatchOrigin Origin, int? RuleIndex, string Reason)
{
    public static string Describe(FeedbackRule rule) => rule.Kind switch
    {
        FeedbackRuleKind.Phrase => $"phrase “{rule.Value}”",
        FeedbackRuleKind.FieldEquals => $"field {rule.Field} = “{rule.Value}”",
        FeedbackRuleKind.Channel => $"channel “{rule.Value}”",
        FeedbackRuleKind.UrlPattern => $"URL like {rule.Value}",
        _ => rule.Kind.ToString(),
    };
}

/// <summary>
/// Applies every touchpoint's rules to feedback items. Each card matches at most once per item, by its first rule
/// (in the card's order) that fits; an item can match several touchpoints.
/// <list type="bullet">
/// <item><b>Phrase</b>: the words in order in the title or text, ignoring case, accents and punctuation; a final
/// <c>*</c> matches any ending ("deliver*" finds "delivery", "delivered").</item>
/// <item><b>Field equals</b>: a source field (a column, JSON path or feed element kept with the item) equals the value, ignoring case and outer spaces.</item>
/// <item><b>Channel</b>: the item's channel equals the value, ignoring case.</item>
/// <item><b>URL pattern</b>: the item's URL matches the pattern, where <c>*</c> stands for any run of characters, ignoring case.</item>
/// </list>
/// Phrases are indexed by their first word, so the cost grows with the words of an item, not with the number of rules.
/// </summary>
public sealed class TouchpointMatcher
{
    private readonly Dictionary<string, List<PhraseRule>> phrasesByFirstWord = new(StringComparer.Ordinal);
    private readonly List<PhraseRule> prefixFirstWord = [];
    private readonly List<CompiledRule> otherRules = [];
    private readonly int ruleCount;

    private sealed record CompiledRule(TouchpointRules Touchpoint, int Index, FeedbackRule Rule, Regex? UrlPattern);

    private sealed record PhraseRule(CompiledRule Rule, string[] Words, bool LastIsPrefix);

    public TouchpointMatcher(IEnumerable<TouchpointRules> touchpoints)
    {
        foreach (var tp in touchpoints)
        {
            for (var i = 0; i < tp.Rules.Count; i++)
            {
                var rule = tp.Rules[i];
                ruleCount++;
                if (rule.Kind == FeedbackRuleKind.Phrase)
                {
                    var raw = rule.Value.Trim();
                    var prefix = raw.EndsWith('*');
                    var words = Words(prefix ? raw[..^1] : raw);
                    if (words.Count == 0) continue;
                    var phrase = new PhraseRule(new CompiledRule(tp, i, rule, null), [.. words], prefix);
                    if (prefix && words.Count == 1) prefixFirstWord.Add(phrase);
                    else
                    {
                        if (!phrasesByFirstWord.TryGetValue(words[0], out var list)) phrasesByFirstWord[words[0]] = list = [];
                        list.Add(phrase);
                    }
                }
                else
                {
                    var regex = rule.Kind == FeedbackRuleKind.UrlPattern
                        ? new Regex("^" + Regex.Escape(rule.Value.Trim()).Replace("\\*", ".*") + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50))
                        : null;
                    otherRules.Add(new CompiledRule(tp, i, rule, regex));
                }
            }
        }
    }

    public int RuleCount => ruleCount;

    public IReadOnlyList<TouchpointMatch> Match(MatchInput item)
    {
        // Per card, the rule with the lowest index wins.
        Dictionary<Guid, CompiledRule>? best = null;
        void Hit(CompiledRule rule)
        {
            best ??= [];
            if (!best.TryGetValue(rule.Touchpoint.CardId, out var current) || rule.Index < current.Index) best[rule.Touchpoint.CardId] = rule;
        }

        if (phrasesByFirstWord.Count > 0 || prefixFirstWord.Count > 0)
        {
            var words = Words(item.Title is { Length: > 0 } title ? title + " . " + item.Text : item.Text);
            for (var i = 0; i < words.Count; i++)
            {
                if (phrasesByFirstWord.TryGetValue(words[i], out var candidates))
                    foreach (var phrase in candidates)
                        if (PhraseAt(words, i, phrase)) Hit(phrase.Rule);
                foreach (var phrase in prefixFirstWord)
                    if (words[i].StartsWith(phrase.Words[0], StringComparison.Ordinal)) Hit(phrase.Rule);
            }
        }
        foreach (var rule in otherRules)
        {
            var fits = rule.Rule.Kind switch
            {
                FeedbackRuleKind.Channel => Same(item.Channel, rule.Rule.Value),
                FeedbackRuleKind.FieldEquals => rule.Rule.Field is { } field && FieldValue(item.Fields, field) is { } value && Same(value, rule.Rule.Value),
                FeedbackRuleKind.UrlPattern => item.Url is { Length: > 0 } url && SafeIsMatch(rule.UrlPattern!, url),
                _ => false,
            };
            if (fits) Hit(rule);
        }
        if (best is null) return [];
        return best.Values
            .OrderBy(r => r.Touchpoint.MapId).ThenBy(r => r.Touchpoint.CardId)
            .Select(r => new TouchpointMatch(r.Touchpoint.MapId, r.Touchpoint.StageId, r.Touchpoint.CardId, MatchOrigin.Rule, r.Index, TouchpointMatch.Describe(r.Rule)))
            .ToList();
    }

    private static bool PhraseAt(List<string> words, int start, PhraseRule phrase)
    {
        if (start + phrase.Words.Length > words.Count) return false;
        for (var k = 0; k < phrase.Words.Length; k++)
        {
            var last = k == phrase.Words.Length - 1;
            var ok = last && phrase.LastIsPrefix
                ? words[start + k].StartsWith(phrase.Words[k], StringComparison.Ordinal)
                : words[start + k] == phrase.Words[k];
            if (!ok) return false;
        }
        return true;
    }

    private static string? FieldValue(IReadOnlyDictionary<string, string> fields, string name)
    {
        if (fields.TryGetValue(name, out var exact)) return exact;
        foreach (var (key, value) in fields)
            if (string.Equals(key.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase)) return value;
        return null;
    }

    private static bool Same(string? a, string b) => a is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static bool SafeIsMatch(Regex regex, string url)
    {
        try { return regex.IsMatch(url); }
        catch (RegexMatchTimeoutException) { return false; }
    }

    /// <summary>Lower-case words without accents; everything that is not a letter or digit separates words.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) current.Append(char.ToLowerInvariant(c));
            else if (c is '\'' or '’' && current.Length > 0) continue;
            else if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }
}
