namespace JourneyStudio.Domain.Maps.Editing;

/// <summary>
/// The answer to "undo" (or "redo"): either the commands to run through the command API, or why not.
/// <see cref="Description"/> is the step's, so the step planned from running the commands can keep it.
/// </summary>
public sealed record UndoAttempt(string Description, IReadOnlyList<MapCommand> Commands, string? Refusal)
{
    public bool Refused => Refusal is not null;

    internal static UndoAttempt Go(UndoStep step) => new(step.Description, step.Commands, null);

    internal static UndoAttempt Refuse(string description, string refusal) => new(description, [], refusal);
}
