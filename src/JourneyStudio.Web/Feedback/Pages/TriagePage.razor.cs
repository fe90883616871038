using JourneyStudio.Domain.Feedback;
using JourneyStudio.Domain.Feedback.Matching;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Feedback.Components.Evidence;
using JourneyStudio.Web.Feedback.Evidence;
using JourneyStudio.Web.Feedback.Import;
using JourneyStudio.Web.Feedback.Sources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace JourneyStudio.Web.Feedback.Pages;

/// <summary>
/// The triage inbox: the workspace's unmatched feedback, newest first, and beside it a touchpoint picker that assigns
/// the chosen item in one click (optionally adding a rule to that touchpoint). Everyone may read it; editors and up assign.
/// </summary>
public partial class TriagePage : IDisposable
{
    [Inject] private FeedbackQueries Queries { get; set; } = default!;
    [Inject] private ICurrentActor Actor { get; set; } = default!;
    [Inject] private FeedbackNotifier Notifier { get; set; } = default!;

    private const int PageSize = 25;
    private static readonly (string Key, string Name)[] Bands = [("any", "Any score"), ("neg", "Negative"), ("pos", "Positive"), ("unscored", "Unscored")];

    private readonly Dictionary<Guid, ElementReference> rows = [];
    private ElementReference searchBox;
    private TouchpointPicker? picker;
    private FeedbackPage? results;
    private List<FeedbackItem> inbox = [];
    private IReadOnlyList<FeedbackSource> sources = [];
    private IReadOnlyList<TouchpointChoice> touchpoints = [];
    private FeedbackItem? selected;
    private Guid workspaceId;
    private Guid? sourceId;
    private string text = "", band = "any", ruleValue = "", ruleField = "";
    private string? notice, error, ruleProblem;
    private FeedbackRuleKind ruleKind = FeedbackRuleKind.Phrase;
    private readonly CoalescedRefresh refresh = new(TimeSpan.FromSeconds(1));
    private bool canTriage, denied, busy, makeRule;
    private int shownCount = PageSize;
    private int reads;

    private bool Filtered => text.Trim().Length > 0 || sourceId is not null || band != "any";

    protected override async Task OnInitializedAsync()
    {
        var caller = await Actor.FindAsync(CancellationToken.None);
        if (caller is null || !caller.Can(FeedbackAccess.Read)) { denied = true; return; }
        workspaceId = caller.WorkspaceId;
        canTriage = caller.Can(FeedbackAccess.Triage);
        sources = await Queries.SourcesAsync(CancellationToken.None);
        touchpoints = TouchpointDirectory.Of(await Queries.MapsAsync(CancellationToken.None));
        await ReloadAsync();
        Notifier.EvidenceChanged += OnEvidenceChanged;
    }

    private FeedbackFilter Filter() => new(
        Text: text.Trim().Length == 0 ? null : text.Trim(), SourceId: sourceId, UnmatchedOnly: true, UnscoredOnly: band == "unscored",
        MinScore: band == "pos" ? 0.0001 : null, MaxScore: band == "neg" ? -0.0001 : null,
        Page: 1, PageSize: Math.Min(FeedbackFilter.MaxPageSize, shownCount));

    private async Task ReloadAsync()
    {
        // Filters changed quickly, or feedback arriving meanwhile, each start a read; only the newest may show.
        var read = ++reads;
        try
        {
            var found = await Queries.SearchAsync(Filter(), CancellationToken.None);
            if (read != reads) return;
            results = found;
            inbox = [.. results.Items];
            if (selected is null || inbox.All(i => i.Id != selected.Id)) Choose(inbox.FirstOrDefault());
        }
        catch (DomainRuleViolation v) { if (read == reads) error = v.Message; }
        catch (Exception e) when (e is AccessDenied or NotSignedIn) { denied = true; }
    }

    private async Task SourceAsync(ChangeEventArgs e)
    {
        sourceId = Guid.TryParse(e.Value?.ToString(), out var id) ? id : null;
        await ReloadAsync();
    }

    private async Task BandAsync(ChangeEventArgs e)
    {
        band = e.Value?.ToString() ?? "any";
        await ReloadAsync();
    }

    private async Task MoreAsync()
    {
        shownCount = Math.Min(FeedbackFilter.MaxPageSize, inbox.Count + PageSize);
        await ReloadAsync();
    }

    private void Select(FeedbackItem item)
    {
        if (selected?.Id != item.Id) Choose(item);
    }

    private void Choose(FeedbackItem? item)
    {
        selected = item;
        (makeRule, ruleKind, ruleValue, ruleField, ruleProblem) = (false, FeedbackRuleKind.Phrase, "", "", null);
        picker?.Clear();
    }

    private async Task RowKeyAsync(KeyboardEventArgs e, FeedbackItem item)
    {
        var at = inbox.FindIndex(i => i.Id == item.Id);
        switch (e.Key)
        {
            case "ArrowDown" or "j" when at + 1 < inbox.Count: await MoveToAsync(inbox[at + 1]); break;
            case "ArrowUp" or "k" when at > 0: await MoveToAsync(inbox[at - 1]); break;
            case "Enter" or "a" when canTriage && picker is not null:
                Select(item);
                await picker.FocusAsync();
                break;
            case "/": await searchBox.FocusAsync(); break;
        }
    }

    private async Task MoveToAsync(FeedbackItem item)
    {
        Choose(item);
        await rows[item.Id].FocusAsync();
    }

    private async Task BackToListAsync()
    {
        if (selected is not null && rows.TryGetValue(selected.Id, out var row)) await row.FocusAsync();
    }

    /// <summary>What a rule could look for in the chosen item, from what it carries besides its words.</summary>
    private IReadOnlyList<FeedbackRule> Suggestions
    {
        get
        {
            if (selected is null) return [];
            var list = new List<FeedbackRule>();
            if (selected.Channel is { Length: <= 60 } channel) list.Add(new FeedbackRule(FeedbackRuleKind.Channel, channel));
            if (Uri.TryCreate(selected.Url, UriKind.Absolute, out var url))
            {
                var folder = url.AbsolutePath[..(url.AbsolutePath.LastIndexOf('/') + 1)];
                list.Add(new FeedbackRule(FeedbackRuleKind.UrlPattern, $"*{url.Host}{folder}*"));
            }
            foreach (var (name, value) in selected.Fields.Where(f => f.Value.Length is > 0 and <= 40).Take(3))
                list.Add(new FeedbackRule(FeedbackRuleKind.FieldEquals, value, name));
            return list;
        }
    }

    private void Suggest(FeedbackRule rule) => (ruleKind, ruleValue, ruleField, ruleProblem) = (rule.Kind, rule.Value, rule.Field ?? "", null);

    private async Task AssignAsync(TouchpointChoice choice)
    {
        if (!canTriage || selected is null || busy) return;
        FeedbackRule? rule = null;
        if (makeRule)
        {
            ruleProblem = ruleValue.Trim().Length == 0 ? "Type what the rule looks for, or untick “make this a rule”."
                : ruleKind == FeedbackRuleKind.FieldEquals && ruleField.Trim().Length == 0 ? "Name the source field the value must equal."
                : null;
            if (ruleProblem is not null) return;
            rule = new FeedbackRule(ruleKind, ruleValue.Trim(), ruleKind == FeedbackRuleKind.FieldEquals ? ruleField.Trim() : null);
        }
        busy = true;
        error = null;
        try
        {
            var item = selected;
            var at = inbox.FindIndex(i => i.Id == item.Id);
            if (await Queries.AssignAsync(item.Id, new AssignRequest(choice.MapId, choice.CardId, rule), CancellationToken.None) is null)
            {
                error = "That item is no longer in this workspace.";
                await ReloadAsync();
                return;
            }
            notice = $"Assigned to “{choice.Label}” ({choice.MapTitle} › {choice.StageName})"
                     + (rule is null ? "." : $", with the rule {TouchpointMatch.Describe(rule)}: matching the inbox again in the background.");
            // The reload the assignment itself sets off may already have taken the item out of the list.
            if (inbox.RemoveAll(i => i.Id == item.Id) > 0) results = results! with { Total = results.Total - 1 };
            var next = inbox.Count == 0 ? null : inbox[Math.Clamp(at, 0, inbox.Count - 1)];
            Choose(next);
            if (next is not null)
            {
                StateHasChanged();
                await rows[next.Id].FocusAsync();
            }
        }
        catch (DomainRuleViolation v) { error = $"{v.Field}: {v.Message}"; }
        catch (AccessDenied) { error = "Your role no longer allows assigning feedback."; canTriage = false; }
        finally { busy = false; }
    }

    // A rule added here (or anywhere) re-matches the workspace: items it now matches leave the inbox; an import's
    // unmatched items arrive. Both announce themselves per batch.
    private void OnEvidenceChanged(FeedbackChanges changes)
    {
        if (changes.WorkspaceId == workspaceId) refresh.Request(InvokeAsync, async () => { await ReloadAsync(); StateHasChanged(); });
    }

    public void Dispose() => Notifier.EvidenceChanged -= OnEvidenceChanged;
}
