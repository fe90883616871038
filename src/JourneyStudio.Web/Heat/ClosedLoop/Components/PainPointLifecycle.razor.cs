using JourneyStudio.Domain.Heat;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace JourneyStudio.Web.Heat.ClosedLoop.Components;

/// <summary>
/// A pain point's lifecycle in the card panel. Status moves and evidence links leave as map commands through
/// <see cref="OnCommands"/> (the canvas's own path: live to every canvas, in the history, undoable); the closed-loop
/// figures, watchers and "Check now" come from <see cref="IPainPointLoop"/>, which checks the caller on every call.
/// </summary>
public partial class PainPointLifecycle
{
    private static readonly PainPointStatus[] Steps = Enum.GetValues<PainPointStatus>();

    [Inject] private IPainPointLoop Loop { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    [Parameter, EditorRequired] public Card Card { get; set; } = default!;
    [Parameter, EditorRequired] public JourneyMap Map { get; set; } = default!;
    [Parameter] public bool CanEdit { get; set; }
    [Parameter] public EventCallback<IReadOnlyList<MapCommand>> OnCommands { get; set; }

    private PainPointLoopView? view;
    private (Guid Card, int Version, PainPointStatus Status) loaded;
    private PainPointStatus? choosing;
    private string reason = "";
    private DateOnly fixedOn;
    private bool checking;
    private string? checkMessage;

    private PainPointFacet Pain => Card.PainPoint!;

    private DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    protected override async Task OnParametersSetAsync()
    {
        var now = (Card.Id, Map.Version, Pain.Status);
        if (now.Id != loaded.Card) (choosing, reason, checkMessage) = (null, "", null);
        if (now == loaded) return;
        loaded = now;
        await LoadAsync();
    }

    private async Task LoadAsync() => view = await Loop.ViewAsync(Map.Id, Card.Id, CancellationToken.None);

    /// <summary>Why a step cannot be chosen by hand, or null when it can; mirrors SetPainPointStatus.</summary>
    private string? Blocked(PainPointStatus step)
    {
        if (step == Pain.Status) return "Its status now";
        if (step == PainPointStatus.Verified) return "Set by the closed loop when feedback confirms the fix";
        if (step < Pain.Status && step != PainPointStatus.Open) return "A pain point can go back only to Open";
        if (step > PainPointStatus.Open && Pain.OwnerDepartmentId is null) return "Assign an owner department first";
        return null;
    }

    private void Choose(PainPointStatus step)
    {
        if (!CanEdit || Blocked(step) is not null) return;
        (choosing, reason, fixedOn, checkMessage) = (step, "", Today, null);
    }

    private void Cancel() => (choosing, reason) = (null, "");

    private async Task ConfirmAsync()
    {
        if (choosing is not { } target || string.IsNullOrWhiteSpace(reason)) return;
        DateTimeOffset? fixedAt = null;
        if (target == PainPointStatus.Resolved)
        {
            // A date picked today means "now"; an earlier day means the start of that day (UTC), when the fix went live.
            fixedAt = fixedOn >= Today ? null : new DateTimeOffset(fixedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }
        await SendAsync(new SetPainPointStatus(Card.Id, target, reason.Trim(), fixedAt));
        (choosing, reason) = (null, "");
    }

    private async Task ReasonKeyAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter" && (e.CtrlKey || e.MetaKey)) await ConfirmAsync();
        else if (e.Key == "Escape") Cancel();
    }

    private async Task SendAsync(MapCommand command)
    {
        if (!CanEdit) return;
        await OnCommands.InvokeAsync([command]);
    }

    private Task LinkAsync(LoopEvidenceItem item) =>
        SendAsync(LinkPainPointEvidence.Quoting(Card.Id, item.Id, item.Text));

    private async Task CheckNowAsync()
    {
        checking = true;
        try
        {
            var result = await Loop.CheckNowAsync(Map.Id, Card.Id, CancellationToken.None);
            checkMessage = result?.MovedTo is { } moved ? $"Checked just now: moved to {PainPointStatuses.Name(moved)}." : "Checked just now.";
            await LoadAsync();
        }
        finally
        {
            checking = false;
        }
    }

    private async Task ToggleWatchAsync()
    {
        if (view is null) return;
        await Loop.WatchAsync(Map.Id, Card.Id, !view.Watching, CancellationToken.None);
        await LoadAsync();
    }

    private static string ReasonHint(PainPointStatus target) => target switch
    {
        PainPointStatus.Acknowledged => "e.g. Confirmed in the March heat; IT owns the fix",
        PainPointStatus.InProgress => "e.g. New camera guidance planned for sprint 14",
        PainPointStatus.Resolved => "e.g. Guidance shipped in app 4.2",
        _ => "What shows the fix did not hold?",
    };

    private static string Icon(VerificationOutcome outcome) => outcome switch
    {
        VerificationOutcome.Verified => "✓",
        VerificationOutcome.Worse => "↑",
        VerificationOutcome.NoChange => "=",
        _ => "…",
    };

    private static string Who(LoopEvidenceItem item) => item.Author ?? item.Contact ?? "Anonymous";

    private static string Initials(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(w => char.ToUpperInvariant(w[0])));
}
