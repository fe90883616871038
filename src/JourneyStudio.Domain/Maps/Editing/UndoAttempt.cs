using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Maps.Editing;

/// <summary>
/// The answer to "undo" (or "redo"): the step taken off its stack, or why there is none. Whether the step may still
/// run is decided by <see cref="CommandsAgainst"/> on the map as it is inside the writer's turn, not when the step is
/// taken, so that nobody's edit can land between the check and the write. <see cref="Description"/> is the step's,
/// so the step planned from running the commands can keep it.
/// </summary>
public sealed class UndoAttempt
{
    private readonly UndoStep? step;
    private readonly string verb, done;

    private UndoAttempt(UndoStep? step, string verb, string done, string? refusal)
    {
        this.step = step;
        this.verb = verb;
        this.done = done;
        Description = step?.Description ?? "";
        Refusal = refusal;
    }

    public string Description { get; }

    /// <summary>Why there is nothing to run (an empty stack); a broken guard shows up only when deciding.</summary>
    public string? Refusal { get; }

    public bool Refused => Refusal is not null;

    internal static UndoAttempt Of(UndoStep step, string verb, string done) => new(step, verb, done, null);

    internal static UndoAttempt Nothing(string verb) => new(null, verb, "", $"Nothing to {verb}.");

    /// <summary>
    /// The step's commands, when everything it left behind is still as it left it in <paramref name="current"/>;
    /// otherwise the refusal, thrown as any decision's refusal is. Call it with the state the commands are decided on,
    /// every time they are decided again.
    /// </summary>
    public IReadOnlyList<MapCommand> CommandsAgainst(JourneyMap current)
    {
        if (step is null) throw new InvalidOperationException(Refusal);
        return step.FirstBroken(current) is { } broken
            ? throw new DomainRuleViolation(verb, $"Not {done}: someone else has changed {broken.What} since.")
            : step.Commands;
    }
}
