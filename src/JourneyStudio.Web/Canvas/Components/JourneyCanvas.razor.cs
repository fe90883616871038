using JourneyStudio.Domain.Canvas;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Maps.Editing;
using JourneyStudio.Domain.Maps.Events;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Maps;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace JourneyStudio.Web.Canvas.Components;

/// <summary>
/// One person's canvas on one map: selection, typing, clipboard and undo are theirs alone; every change goes
/// through the same command path as the API, which checks their role on each call.
/// </summary>
public sealed partial class JourneyCanvas
{
    private enum Recording { NewChange, Undo, Redo }

    private sealed record Confirmation(string Title, string Detail, string Action, MapCommand Command, string Description);

    [Parameter, EditorRequired] public JourneyMap Map { get; set; } = default!;
    [Parameter, EditorRequired] public Workspace Workspace { get; set; } = default!;
    [Parameter] public bool CanEdit { get; set; }
    [Parameter] public EventCallback<JourneyMap> OnMapChanged { get; set; }
    /// <summary>A card to select (and open in the panel) when the canvas first shows, e.g. from a link to a pain point.</summary>
    [Parameter] public Guid? SelectedCard { get; set; }

    [Inject] private MapRequests Requests { get; set; } = default!;
    [Inject] private MapReader Reader { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private Heat.HeatQueries HeatQueries { get; set; } = default!;

    private JourneyMap map = default!;
    private readonly CanvasSelection selection = new();
    private readonly UndoHistory undo = new();
    private readonly CardClipboard clipboard = new();
    private CanvasEdit? editing;
    private string? notice, panelError;
    private bool showHelp, attached, fromPanel, echoOnly;
    private (Workspace Workspace, bool CanEdit)? given;
    private Guid? selectedHandoff, lastAdded;
    private Confirmation? confirming;
    private HandoffDraft? handoffDraft;
    private CellRef? pendingFocus;
    private ElementReference root;
    private IJSObjectReference? module, canvas;
    private DotNetObjectReference<JourneyCanvas>? self;
    private Heat.Components.HeatOverlay? heatOverlay;
    private Heat.Components.HeatOverlay heat => heatOverlay ??= new(HeatQueries, Live ? null : Map.UpdatedAt);

    private Card? detailCard => selection.Single is { } id ? map.FindCard(id) : null;

    private string? ActiveDescendant => selection.Single is { } id ? $"card-{id}"
        : selection.FocusCell is { } cell ? $"cell-{cell.StageId}-{cell.LaneId}" : null;

    private string SelectionStatus => handoffDraft is { } draft && map.FindCard(draft.FromCardId) is { } from
        ? draft.TargetIn(selection) is { } to
            ? $"Handoff from '{from.Label}' to '{map.FindCard(to)?.Label}': Enter connects, Esc cancels"
            : $"Handoff from '{from.Label}': arrow keys to the card it goes to, Enter connects, Esc cancels"
        : selection.Cards.Count switch
    {
        0 => "",
        1 => "1 card selected",
        var n => $"{n} cards selected",
    };

    // After each of its own changes the canvas reports the map to the page, which hands it straight back; drawing for
    // that echo would draw the whole grid twice per change, since the canvas draws once itself when the change is done.
    protected override void OnParametersSet()
    {
        var first = map is null;
        var newer = map is null || map.Id != Map.Id || Map.Version > map.Version;
        if (newer) map = Map;
        if (first && SelectedCard is { } id && Map.FindCard(id) is { } card) selection.Select(card.Id, new CellRef(card.StageId, card.LaneId));
        echoOnly = !newer && given == (Workspace, CanEdit);
        given = (Workspace, CanEdit);
    }

    protected override bool ShouldRender()
    {
        var render = !echoOnly;
        echoOnly = false;
        return render;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            self = DotNetObjectReference.Create(this);
            module = await JS.InvokeAsync<IJSObjectReference>("import", "/shared/js/canvas.js");
            canvas = await module.InvokeAsync<IJSObjectReference>("attach", root, self);
            await ConnectLiveAsync();
            attached = true;
            StateHasChanged();
            return;
        }
        if (canvas is null) return;
        await canvas.InvokeVoidAsync("refresh");
        await ShareLocalAsync();
        if (pendingFocus is { } cell)
        {
            pendingFocus = null;
            await canvas.InvokeVoidAsync("focusCell", cell.StageId.ToString(), cell.LaneId.ToString());
        }
    }

    // ---- calls from canvas.js ----------------------------------------------------------------------------------

    [JSInvokable]
    public void CardClicked(string id, bool additive)
    {
        if (map.FindCard(Guid.Parse(id)) is not { } card) return;
        var cell = new CellRef(card.StageId, card.LaneId);
        if (additive) selection.Toggle(card.Id, cell);
        else selection.Select(card.Id, cell);
        lastAdded = null;
        selectedHandoff = null;
        panelError = null;
        StateHasChanged();
    }

    [JSInvokable]
    public void SelectCards(string[] ids, bool additive)
    {
        selection.Replace(ids.Select(Guid.Parse).Where(id => map.FindCard(id) is not null), additive);
        selectedHandoff = null;
        StateHasChanged();
    }

    [JSInvokable]
    public void CellClicked(string stageId, string laneId)
    {
        selection.Focus(new CellRef(Guid.Parse(stageId), Guid.Parse(laneId)));
        selectedHandoff = null;
        StateHasChanged();
    }

    [JSInvokable]
    public void ClearSelection()
    {
        selection.Clear();
        selectedHandoff = null;
        handoffDraft = null;
        StateHasChanged();
    }

    [JSInvokable]
    public void HandoffClicked(string id)
    {
        if (map.FindHandoff(Guid.Parse(id)) is not { } handoff || map.FindCard(handoff.FromCardId) is not { } from) return;
        selection.Select(from.Id, new CellRef(from.StageId, from.LaneId));
        selectedHandoff = handoff.Id;
        StateHasChanged();
    }

    [JSInvokable]
    public void EditCard(string id)
    {
        if (!CanEdit || map.FindCard(Guid.Parse(id)) is not { } card) return;
        selection.Select(card.Id, new CellRef(card.StageId, card.LaneId));
        editing = new CanvasEdit(EditTarget.CardText, card.Id, card.Text);
        StateHasChanged();
    }

    [JSInvokable]
    public void AddCardAt(string stageId, string laneId) => StartNewCard(new CellRef(Guid.Parse(stageId), Guid.Parse(laneId)));

    [JSInvokable]
    public void RenameStage(string id)
    {
        if (CanEdit && map.FindStage(Guid.Parse(id)) is { } stage) Begin(new CanvasEdit(EditTarget.StageName, stage.Id, stage.Name));
    }

    [JSInvokable]
    public void RenameLane(string id)
    {
        if (CanEdit && map.FindLane(Guid.Parse(id)) is { } lane) Begin(new CanvasEdit(EditTarget.LaneName, lane.Id, lane.Name));
    }

    [JSInvokable]
    public async Task CommitEdit(string value, bool andContinue)
    {
        if (editing is not { } edit) return;
        editing = null;
        var text = value.Trim();
        if (text.Length == 0 || text == edit.Initial)
        {
            StateHasChanged();
            return;
        }
        switch (edit.Target)
        {
            case EditTarget.NewCard:
                var cell = new CellRef(edit.StageId!.Value, edit.LaneId!.Value);
                if (await ApplyAsync([new AddCard(cell.StageId, cell.LaneId, text, edit.Id)], $"add '{Short(text)}'"))
                {
                    lastAdded = edit.Id;
                    selection.Select(edit.Id, cell);
                    if (andContinue) StartNewCard(cell);
                }
                break;
            case EditTarget.CardText:
                await ApplyAsync([new EditCardText(edit.Id, text)], $"edit '{Short(text)}'");
                break;
            case EditTarget.StageName:
                await ApplyAsync([new Domain.Maps.Commands.RenameStage(edit.Id, text)], $"rename stage '{Short(text)}'");
                break;
            case EditTarget.LaneName:
                await ApplyAsync([new Domain.Maps.Commands.RenameLane(edit.Id, text)], $"rename lane '{Short(text)}'");
                break;
        }
        StateHasChanged();
    }

    [JSInvokable]
    public void CancelEdit()
    {
        // Leaving a run of new cards keeps the last one selected, ready for F2, Alt+arrows or Delete.
        if (editing is { Target: EditTarget.NewCard } && lastAdded is { } id && map.FindCard(id) is { } card)
            selection.Select(card.Id, new CellRef(card.StageId, card.LaneId));
        editing = null;
        StateHasChanged();
    }

    [JSInvokable]
    public async Task DropCards(string[] ids, string stageId, string laneId, string? afterId, string? beforeId)
    {
        var target = new CellRef(Guid.Parse(stageId), Guid.Parse(laneId));
        var moving = ids.Select(id => map.FindCard(Guid.Parse(id))).OfType<Card>().ToList();
        await MoveCardsAsync(moving, target, new Placement(Parse(afterId), Parse(beforeId)));
        StateHasChanged();
    }

    /// <summary>An emotion point dropped in an emotion row: its stage, place and score change together, as one step to undo.</summary>
    [JSInvokable]
    public async Task DropEmotion(string id, string stageId, string laneId, string? afterId, string? beforeId, int score)
    {
        if (map.FindCard(Guid.Parse(id)) is not { Kind: CardKind.Emotion } card || map.FindStage(Guid.Parse(stageId)) is not { } stage) return;
        var target = new CellRef(stage.Id, Guid.Parse(laneId));
        MapCommand[] commands =
        [
            new MoveCard(card.Id, target.StageId, target.LaneId, new Placement(Parse(afterId), Parse(beforeId))),
            new SetEmotionScore(card.Id, score),
        ];
        if (await ApplyAsync(commands, $"move emotion '{card.Label}' to {stage.Name} at {score:+0;−0;0}"))
            selection.Select(card.Id, target);
        StateHasChanged();
    }

    [JSInvokable]
    public async Task MoveStage(string id, string? afterId, string? beforeId)
    {
        var stage = map.FindStage(Guid.Parse(id));
        if (stage is null) return;
        await ApplyAsync([new Domain.Maps.Commands.MoveStage(stage.Id, new Placement(Parse(afterId), Parse(beforeId)))], $"move stage '{stage.Name}'");
        StateHasChanged();
    }

    [JSInvokable]
    public async Task MoveLane(string id, string? afterId, string? beforeId)
    {
        var lane = map.FindLane(Guid.Parse(id));
        if (lane is null) return;
        await ApplyAsync([new Domain.Maps.Commands.MoveLane(lane.Id, new Placement(Parse(afterId), Parse(beforeId)))], $"move lane '{lane.Name}'");
        StateHasChanged();
    }

    [JSInvokable]
    public async Task ConnectCards(string fromId, string toId)
    {
        var (from, to) = (map.FindCard(Guid.Parse(fromId)), map.FindCard(Guid.Parse(toId)));
        if (from is null || to is null) return;
        await ConnectAsync(from, to);
        StateHasChanged();
    }

    [JSInvokable]
    public async Task Shortcut(string name)
    {
        await new CanvasShortcuts(this).RunAsync(name);
        StateHasChanged();
    }

    // ---- actions shared by the toolbar, the keyboard and the panel ----------------------------------------------

    internal void StartNewCard(CellRef cell)
    {
        if (!CanEdit || map.FindStage(cell.StageId) is null || map.FindLane(cell.LaneId) is null) return;
        selection.Focus(cell);
        Begin(new CanvasEdit(EditTarget.NewCard, Guid.NewGuid(), "", cell.StageId, cell.LaneId));
    }

    private void Begin(CanvasEdit edit)
    {
        editing = edit;
        StateHasChanged();
    }

    internal async Task MoveCardsAsync(IReadOnlyList<Card> cards, CellRef target, Placement placement)
    {
        var lane = map.FindLane(target.LaneId);
        var stage = map.FindStage(target.StageId);
        if (lane is null || stage is null || cards.Count == 0) return;
        var fitting = cards.Where(c => c.Kind == LaneKinds.CardKindFor(lane.Kind)).ToList();
        if (fitting.Count == 0)
        {
            notice = $"{CardKinds.Label(cards[0].Kind)} can't go in '{lane.Name}', a lane of the kind {LaneKinds.Label(lane.Kind)}.";
            return;
        }
        // The first card takes the dropped place; the rest follow it in their map order.
        var commands = new List<MapCommand>();
        Guid? previous = null;
        foreach (var card in fitting)
        {
            commands.Add(new MoveCard(card.Id, target.StageId, target.LaneId, previous is { } p ? new Placement(AfterId: p) : placement));
            previous = card.Id;
        }
        var what = fitting.Count == 1 ? $"'{fitting[0].Label}'" : $"{fitting.Count} cards";
        if (await ApplyAsync(commands, $"move {what} to {stage.Name}"))
        {
            selection.Replace(fitting.Select(c => c.Id), additive: false);
            pendingFocus = target;
        }
        if (fitting.Count < cards.Count) notice = $"{Words.Count(cards.Count - fitting.Count, "card")} stayed: their kind doesn't fit the '{lane.Name}' lane.";
    }

    private async Task ConnectAsync(Card from, Card to)
    {
        var id = Guid.NewGuid();
        if (await ApplyAsync([new AddHandoff(from.Id, to.Id, null, id)], $"hand off '{from.Label}' to '{to.Label}'"))
            selectedHandoff = id;
    }

    /// <summary>H: the selected card becomes the start of a handoff that the arrow keys then aim.</summary>
    internal void StartHandoff()
    {
        if (!CanEdit) return;
        if (selection.Single is { } id) handoffDraft = new HandoffDraft(id);
        else notice = "Select one card, then press H to draw a handoff from it.";
    }

    internal bool DraftingHandoff => handoffDraft is not null;

    /// <summary>Enter while drafting: connects the draft's card to the selected one, and selects the new handoff as a click on it would.</summary>
    internal async Task FinishHandoffAsync()
    {
        if (handoffDraft is not { } draft) return;
        if (draft.TargetIn(selection) is not { } to || map.FindCard(to) is not { } target)
        {
            notice = "Move to the card the handoff goes to, then press Enter (Esc cancels).";
            return;
        }
        handoffDraft = null;
        if (map.FindCard(draft.FromCardId) is not { } from) return;
        selection.Select(from.Id, new CellRef(from.StageId, from.LaneId));
        await ConnectAsync(from, target);
    }

    // The step's guards are checked inside the writer's turn, on the state its commands are decided on.
    internal async Task UndoAsync()
    {
        var attempt = undo.TakeUndo();
        if (attempt.Refused) notice = attempt.Refusal;
        else await ApplyAsync(attempt.CommandsAgainst, attempt.Description, Recording.Undo);
    }

    internal async Task RedoAsync()
    {
        var attempt = undo.TakeRedo();
        if (attempt.Refused) notice = attempt.Refusal;
        else await ApplyAsync(attempt.CommandsAgainst, attempt.Description, Recording.Redo);
    }

    private async Task AddStageAsync()
    {
        var id = Guid.NewGuid();
        if (await ApplyAsync([new AddStage("New stage", id)], "add a stage")) Begin(new CanvasEdit(EditTarget.StageName, id, "New stage"));
    }

    private async Task AddLaneAsync(LaneKind kind)
    {
        var id = Guid.NewGuid();
        var name = LaneKinds.Label(kind);
        if (await ApplyAsync([new AddLane(name, kind, id)], $"add a {name} lane")) Begin(new CanvasEdit(EditTarget.LaneName, id, name));
    }

    private static string CardsGoWith(int count) => count switch
    {
        0 => "It has no cards. You can undo this.",
        1 => "Its card goes with it. You can undo this.",
        _ => $"Its {count} cards go with it. You can undo this.",
    };

    private void AskRemoveStage(Guid id)
    {
        if (map.FindStage(id) is not { } stage) return;
        var count = map.Cards.Count(c => c.StageId == id);
        confirming = new Confirmation($"Remove the stage '{stage.Name}'?",
            CardsGoWith(count),
            "Remove stage", new RemoveStage(id), $"remove stage '{stage.Name}'");
    }

    private void AskRemoveLane(Guid id)
    {
        if (map.FindLane(id) is not { } lane) return;
        var count = map.Cards.Count(c => c.LaneId == id);
        confirming = new Confirmation($"Remove the lane '{lane.Name}'?",
            CardsGoWith(count),
            "Remove lane", new RemoveLane(id), $"remove lane '{lane.Name}'");
    }

    private async Task ConfirmAsync()
    {
        if (confirming is not { } c) return;
        confirming = null;
        await ApplyAsync([c.Command], c.Description);
    }

    private async Task PanelCommandsAsync(IReadOnlyList<MapCommand> commands)
    {
        var what = detailCard is { } card ? $"change '{card.Label}'" : "change a card";
        fromPanel = true;
        try { await ApplyAsync(commands, what); }
        finally { fromPanel = false; }
    }

    private void CloseDetails()
    {
        selection.Clear();
        selectedHandoff = null;
    }

    // ---- the one way a change reaches the map ------------------------------------------------------------------

    internal async Task<bool> ApplyAsync(IReadOnlyList<MapCommand> commands, string description) =>
        commands.Count > 0 && await ApplyAsync(_ => commands, description, Recording.NewChange);

    private async Task<bool> ApplyAsync(Func<JourneyMap, IReadOnlyList<MapCommand>> pick, string description, Recording recording)
    {
        if (!CanEdit) return false;
        try
        {
            var change = await Requests.ApplyAsync(map.Id, pick, CancellationToken.None, keepBefore: true);
            if (change is null)
            {
                notice = "This map is no longer in your workspace.";
                return false;
            }
            // Someone else's later change may already have reached this canvas live; never step back to an older map.
            if (change.Version > map.Version) Adopt(change.Map);
            await OnMapChanged.InvokeAsync(map);
            if (change.Before is { } before && change.Events.Count > 0)
            {
                var step = UndoPlanner.Plan(before, change.Events.Select(e => (IMapEvent)e.Data).ToList(), description);
                switch (recording)
                {
                    case Recording.Undo: undo.RecordUndone(step); break;
                    case Recording.Redo: undo.RecordRedone(step); break;
                    default: undo.Record(step); break;
                }
            }
            notice = null;
            panelError = null;
            return true;
        }
        catch (TargetRemoved removed)
        {
            notice = removed.Message;
            await ReloadAsync();
        }
        catch (DomainRuleViolation refused)
        {
            if (recording == Recording.NewChange && fromPanel) panelError = refused.Message;
            else notice = refused.Message;
            // A refused undo or redo means someone else changed the map: show it as it is now.
            if (recording != Recording.NewChange) await ReloadAsync();
        }
        catch (AccessDenied)
        {
            notice = "Your role no longer allows changes to this map; reload to see it read-only.";
        }
        return false;
    }

    private async Task ReloadAsync()
    {
        if (await Reader.GetAsync(map.Id, null, CancellationToken.None) is { } latest) Adopt(latest);
    }

    private void Adopt(JourneyMap latest)
    {
        map = latest;
        if (editing is { } edit && GoneUnder(edit) is { } gone)
        {
            // Someone removed what this person was typing into: say so rather than let the editor vanish silently.
            editing = null;
            notice = $"{gone.Describe()} What you were typing there was not saved.";
        }
        selection.Prune(map);
        if (selectedHandoff is { } h && map.FindHandoff(h) is null) selectedHandoff = null;
        if (handoffDraft is { } draft && map.FindCard(draft.FromCardId) is null) handoffDraft = null;
    }

    private RemovedElement? GoneUnder(CanvasEdit edit)
    {
        Guid[] needed = edit.Target switch
        {
            EditTarget.NewCard => [edit.StageId!.Value, edit.LaneId!.Value],
            _ => [edit.Id],
        };
        foreach (var id in needed)
            if (map.Removed.TryGetValue(id, out var gone)) return gone;
        return null;
    }

    internal JourneyMap Current => map;
    internal CanvasSelection Selection => selection;
    internal CardClipboard Clipboard => clipboard;
    internal Guid? SelectedHandoff => selectedHandoff;

    internal void EscapePressed()
    {
        if (showHelp) showHelp = false;
        else if (confirming is not null) confirming = null;
        else if (editing is not null) CancelEdit();
        else if (handoffDraft is not null) handoffDraft = null;
        else
        {
            selection.Clear();
            selectedHandoff = null;
        }
    }

    internal void ShowHelp() => showHelp = true;

    internal void Tell(string message) => notice = message;

    internal void FocusCell(CellRef cell) => pendingFocus = cell;

    internal void BeginEdit(Card card) => EditCard(card.Id.ToString());

    private static Guid? Parse(string? id) => Guid.TryParse(id, out var g) ? g : null;

    private static string Short(string text) => text.Length <= 40 ? text : text[..39] + "…";

    public async ValueTask DisposeAsync()
    {
        try
        {
            await DisconnectLiveAsync();
            if (canvas is not null)
            {
                await canvas.InvokeVoidAsync("dispose");
                await canvas.DisposeAsync();
            }
            if (module is not null) await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone with its browser tab; there is nothing left to detach.
        }
        self?.Dispose();
    }
}
