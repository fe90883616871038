namespace JourneyStudio.Domain.Maps.Editing;

/// <summary>
/// How to take back one committed change: the commands that reverse it, and the guards that tell whether
/// anyone has changed what it left behind since, because an undo must never remove someone else's work.
/// </summary>
public sealed record UndoStep(string Description, IReadOnlyList<MapCommand> Commands, IReadOnlyList<UndoGuard> Guards)
{
    /// <summary>False when the change was not a canvas edit (archiving, linking a counterpart), which undo leaves alone.</summary>
    public bool CanUndo { get; private init; } = true;

    public static UndoStep NotUndoable(string description) => new(description, [], []) { CanUndo = false };

    /// <summary>The first thing someone else has changed since, or null when everything is as this change left it.</summary>
    public UndoGuard? FirstBroken(JourneyMap current) => Guards.FirstOrDefault(g => !g.StillAsLeft(current));
}
