namespace JourneyStudio.Domain.Canvas;

/// <summary>
/// A handoff being drawn with the keyboard: it starts at one card and points at whichever other card is selected
/// while the person moves through the grid, until Enter connects the two or Escape drops the draft.
/// </summary>
public sealed record HandoffDraft(Guid FromCardId)
{
    public Guid? TargetIn(CanvasSelection selection) => selection.Single is { } to && to != FromCardId ? to : null;
}
