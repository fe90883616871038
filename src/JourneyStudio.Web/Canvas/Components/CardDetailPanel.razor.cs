using System.Globalization;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Workspaces;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace JourneyStudio.Web.Canvas.Components;

/// <summary>
/// The selected card's details. The panel never changes the map itself: each user change leaves as the command(s)
/// for it, and the domain's answer comes back as a new <see cref="Card"/> or as <see cref="Error"/>.
/// </summary>
public partial class CardDetailPanel
{
    [Parameter, EditorRequired] public Card Card { get; set; } = default!;
    [Parameter, EditorRequired] public JourneyMap Map { get; set; } = default!;
    [Parameter, EditorRequired] public Workspace Workspace { get; set; } = default!;
    [Parameter] public bool CanEdit { get; set; }
    [Parameter] public string? Error { get; set; }
    [Parameter] public EventCallback<IReadOnlyList<MapCommand>> OnCommands { get; set; }
    [Parameter] public EventCallback OnClose { get; set; }

    private const int SearchableConcerns = 8;

    private readonly Draft text = new(), channel = new(), nps = new(), csat = new(), ces = new(), motReason = new();
    private readonly Dictionary<Guid, Draft> handoffLabels = [];
    private Guid shownCardId;
    private string tagDraft = "", concernsFilter = "";
    private string? kpiProblem;

    private TouchpointFacet Touchpoint => Card.Touchpoint ?? TouchpointFacet.Empty;
    private PainPointFacet Pain => Card.PainPoint!;
    private bool TagsFull => Card.Tags.Count >= Limits.Tags;

    protected override void OnParametersSet()
    {
        var fresh = Card.Id != shownCardId;
        if (fresh)
        {
            shownCardId = Card.Id;
            tagDraft = concernsFilter = "";
            kpiProblem = null;
            handoffLabels.Clear();
        }

        var kpis = Touchpoint.Kpis;
        Show(text, Card.Text, fresh);
        Show(channel, Touchpoint.Channel ?? "", fresh);
        Show(nps, Format(kpis.Nps), fresh);
        Show(csat, Format(kpis.Csat), fresh);
        Show(ces, Format(kpis.Ces), fresh);
        Show(motReason, Touchpoint.MomentOfTruth?.Reason ?? "", fresh);

        var handoffs = Handoffs.ToDictionary(h => h.Id);
        foreach (var gone in handoffLabels.Keys.Where(id => !handoffs.ContainsKey(id)).ToList()) handoffLabels.Remove(gone);
        foreach (var h in handoffs.Values)
        {
            if (handoffLabels.TryGetValue(h.Id, out var draft)) draft.Follow(h.Label);
            else (handoffLabels[h.Id] = new Draft()).Reset(h.Label);
        }
    }

    private static void Show(Draft draft, string current, bool reset)
    {
        if (reset) draft.Reset(current);
        else draft.Follow(current);
    }

    private async Task SendAsync(params MapCommand[] commands)
    {
        // Controls are disabled for viewers already; this also covers an event that was on its way when the role changed.
        if (!CanEdit) return;
        await OnCommands.InvokeAsync(commands);
    }

    // ---- every card ---------------------------------------------------------------------------------------------

    private async Task CommitTextAsync()
    {
        if (!text.Commit()) return;
        if (text.Value.Trim() == Card.Text) text.Reset(Card.Text);
        else await SendAsync(new EditCardText(Card.Id, text.Value));
    }

    private async Task TextKeyAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter" && (e.CtrlKey || e.MetaKey)) await CommitTextAsync();
    }

    private async Task SetColourAsync(CardColour? colour)
    {
        if (colour != Card.Colour) await SendAsync(new RestyleCard(Card.Id, colour, Card.Tags));
    }

    private async Task TagKeyAsync(KeyboardEventArgs e)
    {
        if (e.Key != "Enter") return;
        var tag = tagDraft.Trim();
        tagDraft = "";
        if (tag.Length > 0 && !Card.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase))
            await SendAsync(new RestyleCard(Card.Id, Card.Colour, [.. Card.Tags, tag]));
    }

    private Task RemoveTagAsync(string tag) =>
        SendAsync(new RestyleCard(Card.Id, Card.Colour, Card.Tags.Where(t => t != tag).ToList()));

    // ---- owners: touchpoints and pain points ----------------------------------------------------------------------

    private async Task AssignOwnerAsync(ChangeEventArgs e)
    {
        Guid? department = Guid.TryParse(e.Value?.ToString(), out var id) ? id : null;
        if (department != Card.OwnerDepartmentId) await SendAsync(new AssignOwner(Card.Id, department));
    }

    private Department? DepartmentOf(Guid? id) => Workspace.Departments.FirstOrDefault(d => d.Id == id);

    // ---- touchpoints --------------------------------------------------------------------------------------------

    private IEnumerable<string> ChannelsOnMap => Map.Cards
        .Select(c => c.Touchpoint?.Channel).OfType<string>()
        .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCultureIgnoreCase);

    private async Task CommitChannelAsync(ChangeEventArgs e)
    {
        channel.Type(ValueOf(e));
        channel.Commit();
        var value = channel.Value.Trim();
        if ((value.Length == 0 ? null : value) == Touchpoint.Channel) channel.Reset(Touchpoint.Channel ?? "");
        else await SendAsync(new SetTouchpointChannel(Card.Id, value));
    }

    private async Task CommitKpiAsync(Draft field, ChangeEventArgs e)
    {
        field.Type(ValueOf(e));
        foreach (var d in new[] { nps, csat, ces }) d.Commit();
        kpiProblem = null;
        var current = Touchpoint.Kpis;
        // SetKpiTargets cannot carry a fraction of an NPS point or a word, so those two stop here rather than at the domain.
        if (!TryWhole(nps.Value, out var n)) kpiProblem = "The NPS target must be a whole number.";
        else if (!TryNumber(csat.Value, out var c)) kpiProblem = "The CSAT target must be a number.";
        else if (!TryNumber(ces.Value, out var s)) kpiProblem = "The CES target must be a number.";
        else if (new KpiTargets(n, c, s) != current) await SendAsync(new SetKpiTargets(Card.Id, n, c, s));
        else
        {
            nps.Reset(Format(current.Nps));
            csat.Reset(Format(current.Csat));
            ces.Reset(Format(current.Ces));
        }
    }

    private async Task ToggleMomentOfTruthAsync()
    {
        if (Touchpoint.MomentOfTruth is not null)
        {
            await SendAsync(new UntagMomentOfTruth(Card.Id));
            return;
        }
        if (string.IsNullOrWhiteSpace(motReason.Value)) return;
        motReason.Commit();
        await SendAsync(new TagMomentOfTruth(Card.Id, motReason.Value));
    }

    // An untagged touchpoint keeps the typed reason until the toggle tags it; a tagged one re-tags with the new reason.
    private async Task CommitReasonAsync()
    {
        if (Touchpoint.MomentOfTruth is not { } mot || !motReason.Commit()) return;
        if (motReason.Value.Trim() == mot.Reason) motReason.Reset(mot.Reason);
        else await SendAsync(new TagMomentOfTruth(Card.Id, motReason.Value));
    }

    // ---- emotions -----------------------------------------------------------------------------------------------

    private static readonly (int Score, string Name)[] Emotions =
    [
        (-3, "Furious"), (-2, "Upset"), (-1, "Annoyed"), (0, "Neutral"), (1, "Pleased"), (2, "Happy"), (3, "Delighted"),
    ];

    private static string Signed(int score) => score switch { > 0 => $"+{score}", < 0 => $"−{-score}", _ => "0" };

    private async Task SetEmotionAsync(int score)
    {
        if (score != Card.EmotionScore) await SendAsync(new SetEmotionScore(Card.Id, score));
    }

    // ---- pain points --------------------------------------------------------------------------------------------

    private static readonly string[] SeverityNames = ["Minor", "Moderate", "Significant", "Major", "Critical"];

    private async Task SetSeverityAsync(int severity)
    {
        if (severity != Pain.Severity) await SendAsync(new SetPainPointSeverity(Card.Id, severity));
    }

    private IReadOnlyList<Card> TouchpointsOnMap
    {
        get
        {
            var stageOrder = Map.OrderedStages.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
            var laneOrder = Map.OrderedLanes.Select((l, i) => (l.Id, i)).ToDictionary(x => x.Id, x => x.i);
            return Map.Cards.Where(c => c.Kind == CardKind.Touchpoint)
                .OrderBy(c => stageOrder.GetValueOrDefault(c.StageId)).ThenBy(c => laneOrder.GetValueOrDefault(c.LaneId))
                .ThenBy(c => c.OrderKey, StringComparer.Ordinal).ToList();
        }
    }

    private bool Matches(Card touchpoint) =>
        concernsFilter.Length == 0
        || touchpoint.Text.Contains(concernsFilter, StringComparison.CurrentCultureIgnoreCase)
        || StageName(touchpoint).Contains(concernsFilter, StringComparison.CurrentCultureIgnoreCase);

    private async Task ToggleConcernAsync(Guid touchpointId)
    {
        var now = Pain.ConcernsTouchpointIds;
        IReadOnlyList<Guid> next = now.Contains(touchpointId) ? now.Where(id => id != touchpointId).ToList() : [.. now, touchpointId];
        await SendAsync(new SetPainPointConcerns(Card.Id, next));
    }

    // ---- handoffs -----------------------------------------------------------------------------------------------

    private IEnumerable<Handoff> Handoffs => Map.Handoffs.Where(h => h.FromCardId == Card.Id || h.ToCardId == Card.Id);

    private async Task CommitHandoffLabelAsync(Handoff h)
    {
        var draft = handoffLabels[h.Id];
        if (!draft.Commit()) return;
        if (draft.Value.Trim() == h.Label) draft.Reset(h.Label);
        else await SendAsync(new RelabelHandoff(h.Id, draft.Value));
    }

    private async Task HandoffKeyAsync(Handoff h, KeyboardEventArgs e)
    {
        if (e.Key == "Enter") await CommitHandoffLabelAsync(h);
    }

    // ---- names and numbers --------------------------------------------------------------------------------------

    private string StageName(Card c) => Map.FindStage(c.StageId)?.Name ?? "";

    private string LaneName => Map.FindLane(Card.LaneId)?.Name ?? "";

    private static string KindName(CardKind kind) => kind == CardKind.PainPoint ? "Pain point" : kind.ToString();

    private static string Format(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Format(decimal? value) => value?.ToString("0.##########", CultureInfo.InvariantCulture) ?? "";

    // Number inputs send the invariant form whatever the browser's language; an empty box means "no target".
    private static bool TryWhole(string s, out int? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(s)) return true;
        if (!int.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)) return false;
        value = v;
        return true;
    }

    private static bool TryNumber(string s, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(s)) return true;
        if (!decimal.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return false;
        value = v;
        return true;
    }

    private static string ValueOf(ChangeEventArgs e) => e.Value?.ToString() ?? "";

    /// <summary>
    /// What one text box shows. It follows the card, except while the user has typed something not yet committed,
    /// so a colleague's edit never overwrites half-typed words; and a committed value the card did not take (the
    /// domain refused it) stays in the box beside the error until the card's value changes.
    /// </summary>
    private sealed class Draft
    {
        private string seen = "";
        private bool typing;

        public string Value { get; private set; } = "";

        public void Reset(string current) => (seen, Value, typing) = (current, current, false);

        public void Follow(string current)
        {
            if (current == seen) return;
            seen = current;
            if (!typing) Value = current;
        }

        public void Type(string value) => (Value, typing) = (value, true);

        /// <summary>Left the box with no change event: the words are as they were, so the box follows the card again.</summary>
        public void Leave()
        {
            if (typing) (Value, typing) = (seen, false);
        }

        /// <summary>Ends typing; true when there was typing to commit, so a blur after Enter sends nothing twice.</summary>
        public bool Commit()
        {
            var had = typing;
            typing = false;
            return had;
        }
    }
}
