using JourneyStudio.Domain.Canvas;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Web.Canvas.Components;

/// <summary>What each keyboard shortcut does on a canvas; the keys themselves are read in canvas.js.</summary>
internal sealed class CanvasShortcuts(JourneyCanvas canvas)
{
    public static readonly IReadOnlyList<(string Keys, string Does)> Help =
    [
        ("N", "New card in the focused cell"),
        ("Double-click", "New card in a cell, or edit a card"),
        ("Enter / F2", "Edit the selected card"),
        ("Enter (while typing)", "Save; a new card then opens the next one"),
        ("Shift+Enter", "New line in a card"),
        ("Esc", "Cancel typing, or clear the selection"),
        ("Delete / Backspace", "Delete the selected cards or handoff"),
        ("Arrow keys", "Move between cards and cells"),
        ("Alt+Arrow keys", "Move the selected cards to the next cell"),
        ("Shift+click, drag on empty space", "Select several cards"),
        ("Ctrl/⌘+A", "Select all cards"),
        ("Ctrl/⌘+C, Ctrl/⌘+V", "Copy, and paste into the focused cell"),
        ("Ctrl/⌘+D", "Duplicate the selected cards"),
        ("Ctrl/⌘+Z", "Undo your last change"),
        ("Ctrl/⌘+Shift+Z, Ctrl/⌘+Y", "Redo"),
        ("Wheel, pinch", "Zoom around the pointer"),
        ("Space+drag, middle button", "Pan"),
        ("Ctrl/⌘+0", "Zoom to fit"),
        ("Drag the dot on a selected card", "Draw a handoff to another card"),
        ("H", "Handoff from the selected card: arrow keys to the target card, Enter connects, Esc cancels"),
        ("?", "This list"),
    ];

    public async Task RunAsync(string name)
    {
        var map = canvas.Current;
        var selection = canvas.Selection;
        switch (name)
        {
            case "left": Navigate(Direction.Left); break;
            case "right": Navigate(Direction.Right); break;
            case "up": Navigate(Direction.Up); break;
            case "down": Navigate(Direction.Down); break;
            case "move-left": await CarryAsync(Direction.Left); break;
            case "move-right": await CarryAsync(Direction.Right); break;
            case "move-up": await CarryAsync(Direction.Up); break;
            case "move-down": await CarryAsync(Direction.Down); break;
            case "new-card":
                if ((selection.FocusCell ?? CellNavigator.First(map)) is { } cell) canvas.StartNewCard(cell);
                break;
            case "handoff": canvas.StartHandoff(); break;
            case "edit":
                if (canvas.DraftingHandoff) await canvas.FinishHandoffAsync();
                else if (selection.Single is { } id && map.FindCard(id) is { } card) canvas.BeginEdit(card);
                else if (selection.IsEmpty && selection.FocusCell is { } focus) canvas.StartNewCard(focus);
                break;
            case "delete": await DeleteAsync(); break;
            case "select-all": selection.SelectAll(map); break;
            case "copy":
                canvas.Clipboard.Copy(selection.InMapOrder(map));
                if (canvas.Clipboard.Count > 0) canvas.Tell($"Copied {Words.Count(canvas.Clipboard.Count, "card")}. Ctrl+V pastes into the focused cell.");
                break;
            case "paste": await PasteAsync(canvas.Clipboard.PasteInto(map, selection.FocusCell, Guid.NewGuid), "paste"); break;
            case "duplicate": await PasteAsync(CardClipboard.Duplicate(selection.InMapOrder(map), Guid.NewGuid), "duplicate"); break;
            case "undo": await canvas.UndoAsync(); break;
            case "redo": await canvas.RedoAsync(); break;
            case "escape": canvas.EscapePressed(); break;
            case "help": canvas.ShowHelp(); break;
        }
    }

    // Up and down walk the cards of a cell before leaving it; left and right go straight to the next stage.
    private void Navigate(Direction direction)
    {
        var map = canvas.Current;
        var selection = canvas.Selection;
        var from = selection.FocusCell ?? CellNavigator.First(map);
        if (from is not { } cell) return;
        if (selection.FocusCell is null)
        {
            Land(cell, direction);
            return;
        }
        var inCell = map.CardsIn(cell.StageId, cell.LaneId).ToList();
        var at = selection.Single is { } id ? inCell.FindIndex(c => c.Id == id) : -1;
        if (direction is Direction.Up or Direction.Down && at >= 0)
        {
            var next = at + (direction == Direction.Down ? 1 : -1);
            if (next >= 0 && next < inCell.Count)
            {
                selection.Select(inCell[next].Id, cell);
                return;
            }
        }
        if (CellNavigator.Neighbour(map, cell, direction) is { } neighbour) Land(neighbour, direction);
    }

    private void Land(CellRef cell, Direction direction)
    {
        var cards = canvas.Current.CardsIn(cell.StageId, cell.LaneId).ToList();
        var pick = direction == Direction.Up ? cards.LastOrDefault() : cards.FirstOrDefault();
        if (pick is not null) canvas.Selection.Select(pick.Id, cell);
        else canvas.Selection.Focus(cell);
        canvas.FocusCell(cell);
    }

    private async Task CarryAsync(Direction direction)
    {
        var cards = canvas.Selection.InMapOrder(canvas.Current);
        if (cards.Count == 0) return;
        var first = cards[0];
        if (CellNavigator.Neighbour(canvas.Current, new CellRef(first.StageId, first.LaneId), direction, first.Kind) is { } target)
            await canvas.MoveCardsAsync(cards, target, Placement.AtEnd);
    }

    private async Task DeleteAsync()
    {
        var map = canvas.Current;
        if (canvas.SelectedHandoff is { } handoff && map.FindHandoff(handoff) is not null)
        {
            await canvas.ApplyAsync([new RemoveHandoff(handoff)], "delete a handoff");
            return;
        }
        var cards = canvas.Selection.InMapOrder(map);
        if (cards.Count == 0) return;
        var what = cards.Count == 1 ? $"'{cards[0].Label}'" : Words.Count(cards.Count, "card");
        await canvas.ApplyAsync(cards.Select(c => (MapCommand)new RemoveCard(c.Id)).ToList(), $"delete {what}");
    }

    private async Task PasteAsync(IReadOnlyList<MapCommand> commands, string verb)
    {
        var added = commands.OfType<AddCard>().Select(a => a.CardId!.Value).ToList();
        if (added.Count == 0) return;
        if (await canvas.ApplyAsync(commands, $"{verb} {Words.Count(added.Count, "card")}"))
            canvas.Selection.Replace(added, additive: false);
    }
}
