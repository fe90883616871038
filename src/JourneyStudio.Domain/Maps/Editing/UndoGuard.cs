namespace JourneyStudio.Domain.Maps.Editing;

/// <summary>
/// One thing a change left behind. <see cref="What"/> names it for the refusal ("the note 'Card declined'");
/// <see cref="StillAsLeft"/> tells whether a later map still holds it exactly as the change left it.
/// </summary>
public sealed record UndoGuard(string What, Func<JourneyMap, bool> StillAsLeft);
