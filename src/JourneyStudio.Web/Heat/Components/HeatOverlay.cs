using JourneyStudio.Domain.Heat;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Web.Heat.Components;

/// <summary>
/// Heat mode of one canvas: whether it is on, the window, the figures last read and the week the play control is on.
/// The canvas hands it to the heat components (the toolbar toggle, the bar, card tints, stage shading), which redraw
/// themselves on <see cref="Changed"/>; the grid and cards do not redraw for heat. All calls arrive on the circuit's
/// dispatcher, one at a time.
/// </summary>
public sealed class HeatOverlay(HeatQueries queries, DateTimeOffset? asOf)
{
    private JourneyMap? map;
    private readonly SemaphoreSlim turn = new(1, 1);
    private int requested;

    /// <summary>When a past version is shown: the windows end at its time, not today.</summary>
    public DateTimeOffset? AsOf => asOf;

    public bool On { get; private set; }
    public string WindowKind { get; private set; } = HeatQueries.LastFourWeeks;
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }
    public MapHeatView? View { get; private set; }
    public string? Error { get; private set; }
    public bool Loading { get; private set; }

    /// <summary>The week the play control shows (an index into the window's weeks), or null for the whole window.</summary>
    public int? Week { get; private set; }

    /// <summary>The touchpoint or stage whose figures the inspector shows (hover or keyboard focus).</summary>
    public Guid? Inspected { get; private set; }

    public event Action? Changed;

    public FiguresView? Touchpoint(Guid cardId) => View?.Touchpoint(cardId)?.Heat.At(Week);

    public FiguresView? Stage(Guid stageId) => View?.Stage(stageId)?.Heat.At(Week);

    public string WeekLabel => View is { } v && Week is { } i ? $"Week {v.Window.Weeks[i]} (from {IsoWeek.Parse(v.Window.Weeks[i]).Monday:d MMM})" : View?.Window.Label ?? "";

    public async Task ToggleAsync(JourneyMap current)
    {
        On = !On;
        Week = null;
        Inspected = null;
        if (On) await LoadAsync(current);
        else
        {
            View = null;
            Notify();
        }
    }

    public async Task SetWindowAsync(string kind, DateOnly? from, DateOnly? to)
    {
        (WindowKind, From, To, Week) = (kind, from, to, null);
        if (map is not null) await LoadAsync(map);
    }

    /// <summary>New feedback landed or the map changed: read the figures again, keeping the window and the week.</summary>
    public async Task RefreshAsync(JourneyMap current)
    {
        if (On) await LoadAsync(current);
    }

    public void ShowWeek(int? week)
    {
        Week = View is null || week is not { } w ? null : Math.Clamp(w, 0, View.Window.Weeks.Count - 1);
        Notify();
    }

    public void Inspect(Guid? id)
    {
        if (Inspected == id) return;
        Inspected = id;
        Notify();
    }

    /// <summary>
    /// Reads the figures for the latest request. Loads take turns (they share the circuit's query session) and a load
    /// overtaken by a newer request — the user changed the dates again meanwhile — is dropped, so the last choice wins.
    /// </summary>
    private async Task LoadAsync(JourneyMap current)
    {
        map = current;
        var mine = ++requested;
        Loading = true;
        Notify();
        await turn.WaitAsync();
        try
        {
            if (mine != requested) return;
            var window = queries.Window(WindowKind, From, To, asOf);
            var view = await queries.ForAsync(map, window, CancellationToken.None);
            if (mine != requested) return;
            View = view;
            Error = null;
            if (View is not null && Week >= View.Window.Weeks.Count) Week = null;
        }
        catch (DomainRuleViolation e)
        {
            Error = e.Message;
        }
        finally
        {
            turn.Release();
            if (mine == requested)
            {
                Loading = false;
                Notify();
            }
        }
    }

    private void Notify() => Changed?.Invoke();
}
