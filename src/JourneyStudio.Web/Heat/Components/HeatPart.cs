using Microsoft.AspNetCore.Components;

namespace JourneyStudio.Web.Heat.Components;

/// <summary>A piece of heat mode that redraws itself when the canvas's <see cref="HeatOverlay"/> changes, and only then.</summary>
public abstract class HeatPart : ComponentBase, IDisposable
{
    private HeatOverlay? subscribed;

    [CascadingParameter] public HeatOverlay? Heat { get; set; }

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(subscribed, Heat)) return;
        if (subscribed is not null) subscribed.Changed -= Redraw;
        subscribed = Heat;
        if (subscribed is not null) subscribed.Changed += Redraw;
    }

    private void Redraw() => StateHasChanged();

    public void Dispose()
    {
        if (subscribed is not null) subscribed.Changed -= Redraw;
        GC.SuppressFinalize(this);
    }
}
