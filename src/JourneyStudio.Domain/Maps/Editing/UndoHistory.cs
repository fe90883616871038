namespace JourneyStudio.Domain.Maps.Editing;

/// <summary>
/// One user's undo and redo stacks for one open canvas. A step is taken off its stack before it runs; a step
/// whose guards show someone else has changed the same things since is refused with a message when it is decided,
/// and stays dropped, so the user can go on undoing older steps. The caller runs the commands inside the writer's
/// turn and records the step planned from the result:
/// <code>
/// var attempt = history.TakeUndo();
/// // run attempt.CommandsAgainst through the command path, which calls it with the map it decides on,
/// // keeping the events and that state
/// history.RecordUndone(UndoPlanner.Plan(before, events, attempt.Description));
/// </code>
/// </summary>
public sealed class UndoHistory
{
    public const int Capacity = 200;

    private readonly List<UndoStep> undo = [];
    private readonly List<UndoStep> redo = [];

    public bool CanUndo => undo.Count > 0;
    public bool CanRedo => redo.Count > 0;
    public string? NextUndoDescription => undo.LastOrDefault()?.Description;
    public string? NextRedoDescription => redo.LastOrDefault()?.Description;

    /// <summary>
    /// Records the user's own new change. Changes that changed nothing or are not canvas edits are not steps,
    /// so they leave both stacks as they are.
    /// </summary>
    public void Record(UndoStep step)
    {
        if (!IsStep(step)) return;
        redo.Clear();
        Push(undo, step);
    }

    public UndoAttempt TakeUndo() => Take(undo, "undo", "undone");

    /// <summary>Records the inverse of an undo that ran, which is what redo will run.</summary>
    public void RecordUndone(UndoStep inverseOfTheUndo)
    {
        if (IsStep(inverseOfTheUndo)) Push(redo, inverseOfTheUndo);
    }

    public UndoAttempt TakeRedo() => Take(redo, "redo", "redone");

    /// <summary>Records the inverse of a redo that ran; unlike a new change it keeps the rest of the redo stack.</summary>
    public void RecordRedone(UndoStep inverseOfTheRedo)
    {
        if (IsStep(inverseOfTheRedo)) Push(undo, inverseOfTheRedo);
    }

    private static bool IsStep(UndoStep step) => step.CanUndo && step.Commands.Count > 0;

    private static void Push(List<UndoStep> stack, UndoStep step)
    {
        stack.Add(step);
        if (stack.Count > Capacity) stack.RemoveAt(0);
    }

    private static UndoAttempt Take(List<UndoStep> stack, string verb, string done)
    {
        if (stack.Count == 0) return UndoAttempt.Nothing(verb);
        var step = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        return UndoAttempt.Of(step, verb, done);
    }
}
