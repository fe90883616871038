using Microsoft.AspNetCore.Components;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Web.Maps.Templates;

namespace JourneyStudio.Web.Maps.Pages;

public partial class MapList
{
    // Persisted from the prerender so the list does not blank to "Loading" (and swallow a click) as it turns interactive.
    [PersistentState] public IReadOnlyList<MapSummary>? Maps { get; set; }
    [PersistentState] public Dictionary<Guid, string>? PersonaNames { get; set; }
    [PersistentState] public bool? CanManage { get; set; }
    private IReadOnlyList<MapTemplate> templates = [];
    private Workspace? workspace;
    private string search = "";
    private bool showArchived;
    private string? message;
    private NewMap? creating;
    private string? createError;

    private sealed class NewMap
    {
        public string Title { get; set; } = "";
        public MapState State { get; set; } = MapState.Current;
        public Guid? PersonaId { get; set; }
        public string? TemplateKey { get; set; }
    }

    protected override async Task OnInitializedAsync()
    {
        CanManage ??= (await Actor.FindAsync(CancellationToken.None))?.Can(Permission.ManageMaps) == true;
        if (Maps is null) await LoadAsync();
        workspace = await Workspaces.CurrentAsync(CancellationToken.None);
        PersonaNames = workspace?.Personas.ToDictionary(p => p.Id, p => $"{p.Name} · {p.Segment}") ?? [];
        templates = await Templates.AllAsync(CancellationToken.None);
    }

    private async Task LoadAsync() => Maps = await Reader.ListAsync(search, showArchived, CancellationToken.None);

    private async Task ToggleArchivedAsync()
    {
        showArchived = !showArchived;
        await LoadAsync();
    }

    private void OpenCreate()
    {
        creating = new NewMap();
        createError = null;
    }

    private async Task CreateAsync()
    {
        if (creating is null) return;
        try
        {
            var ctx = await Requests.ContextAsync(Permission.ManageMaps, CancellationToken.None);
            var change = await Creator.CreateAsync(new CreateMap(creating.Title, creating.State, creating.PersonaId), creating.TemplateKey, ctx, CancellationToken.None);
            Navigation.NavigateTo($"/maps/{change.MapId}");
        }
        catch (DomainRuleViolation v)
        {
            createError = v.Message;
        }
    }

    private async Task DuplicateAsync(MapSummary summary) => await Act(async () =>
    {
        var source = await Reader.GetAsync(summary.Id, null, CancellationToken.None);
        if (source is null) { message = $"'{summary.Title}' no longer exists."; return; }
        await Creator.DuplicateAsync(source, null, await Requests.ContextAsync(Permission.ManageMaps, CancellationToken.None), CancellationToken.None);
        message = null;
    });

    private Task ArchiveAsync(MapSummary summary) => Act(() => Requests.ApplyAsync(summary.Id, [new ArchiveMap()], CancellationToken.None));

    private Task RestoreAsync(MapSummary summary) => Act(() => Requests.ApplyAsync(summary.Id, [new RestoreMap()], CancellationToken.None));

    private async Task Act(Func<Task> action)
    {
        try { await action(); }
        catch (Exception e) when (e is DomainRuleViolation or TargetRemoved or Accounts.AccessDenied) { message = e.Message; }
        await LoadAsync();
    }

    private string PersonaName(Guid? id) =>
        id is { } key && PersonaNames?.GetValueOrDefault(key) is { } name ? name : "No persona";

    private static string Ago(DateTimeOffset at)
    {
        var span = DateTimeOffset.UtcNow - at;
        return span.TotalMinutes < 1 ? "just now"
            : span.TotalHours < 1 ? $"{(int)span.TotalMinutes} min ago"
            : span.TotalDays < 1 ? $"{(int)span.TotalHours} h ago"
            : span.TotalDays < 30 ? $"{(int)span.TotalDays} d ago"
            : at.ToString("d MMM yyyy");
    }
}
