using System.Globalization;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Feedback.Evidence;
using JourneyStudio.Web.Feedback.Sources;
using Microsoft.AspNetCore.Components;

namespace JourneyStudio.Web.Feedback.Pages;

/// <summary>
/// The workspace's feedback across journeys. The filters live in the address (so a touchpoint's "open in explorer"
/// link and the browser's back button work): a change navigates, and the page reads the figures, the weekly series
/// and one page of items for the address it is at. Every read checks the caller's role and keeps to their workspace.
/// </summary>
public partial class ExplorerPage
{
    [Inject] private FeedbackQueries Queries { get; set; } = default!;
    [Inject] private ICurrentActor Actor { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery] public Guid? MapId { get; set; }
    [SupplyParameterFromQuery] public Guid? StageId { get; set; }
    [SupplyParameterFromQuery] public Guid? CardId { get; set; }
    [SupplyParameterFromQuery] public Guid? SourceId { get; set; }
    [SupplyParameterFromQuery] public double? MinScore { get; set; }
    [SupplyParameterFromQuery] public double? MaxScore { get; set; }
    [SupplyParameterFromQuery] public string? From { get; set; }
    [SupplyParameterFromQuery] public string? To { get; set; }
    [SupplyParameterFromQuery] public string? Q { get; set; }
    [SupplyParameterFromQuery] public int? Page { get; set; }

    private const int PageSize = 25;

    private IReadOnlyList<JourneyMap> maps = [];
    private IReadOnlyList<FeedbackSource> sources = [];
    private IReadOnlyList<TouchpointChoice> touchpoints = [];
    private Dictionary<Guid, TouchpointChoice> touchpointById = [];
    private FeedbackPage? results;
    private EvidenceFigures? figures;
    private string draftText = "";
    private string? error;
    private bool denied, loaded;
    private int reads;

    private bool AnyFilter => MapId is not null || StageId is not null || CardId is not null || SourceId is not null || MinScore is not null
                              || MaxScore is not null || From is not null || To is not null || !string.IsNullOrWhiteSpace(Q);

    private long LastPage => results is null ? 1 : Math.Max(1, (results.Total + PageSize - 1) / PageSize);

    private IEnumerable<Stage> StagesOfMap => maps.FirstOrDefault(m => m.Id == MapId)?.OrderedStages ?? [];

    private IEnumerable<TouchpointChoice> TouchpointsInScope =>
        touchpoints.Where(t => (MapId is null || t.MapId == MapId) && (StageId is null || t.StageId == StageId));

    protected override async Task OnParametersSetAsync()
    {
        draftText = Q ?? "";
        if (!loaded)
        {
            var caller = await Actor.FindAsync(CancellationToken.None);
            if (caller is null || !caller.Can(FeedbackAccess.Read)) { denied = true; return; }
            maps = await Queries.MapsAsync(CancellationToken.None);
            sources = await Queries.SourcesAsync(CancellationToken.None);
            touchpoints = TouchpointDirectory.Of(maps);
            touchpointById = touchpoints.ToDictionary(t => t.CardId);
            loaded = true;
        }
        // Filters changed quickly one after the other each start a read; only the newest may show, whichever finishes last.
        var read = ++reads;
        try
        {
            var filter = Filter();
            var newFigures = await Queries.FiguresAsync(filter, CancellationToken.None);
            var newResults = await Queries.SearchAsync(filter, CancellationToken.None);
            if (read == reads) (figures, results, error) = (newFigures, newResults, null);
        }
        catch (DomainRuleViolation v)
        {
            if (read == reads) (figures, results, error) = (null, null, $"{v.Field}: {v.Message}");
        }
        catch (Exception e) when (e is AccessDenied or NotSignedIn)
        {
            denied = true;
        }
    }

    private FeedbackFilter Filter() => new(
        Text: string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(), SourceId: SourceId, MapId: MapId, StageId: StageId, CardId: CardId,
        MinScore: MinScore, MaxScore: MaxScore, From: Day(From, "from"), To: Day(To, "to")?.AddDays(1), Page: Math.Max(1, Page ?? 1), PageSize: PageSize);

    /// <summary>A date from the address (yyyy-MM-dd) as the start of that day in UTC.</summary>
    private static DateTimeOffset? Day(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : throw new DomainRuleViolation(field, $"'{value}' is not a date (yyyy-MM-dd).");
    }

    /// <summary>A filter value that is either given (even as null, which clears it) or left as it is.</summary>
    public readonly record struct Change<T>(T Value, bool Given)
    {
        public static implicit operator Change<T>(T value) => new(value, true);
    }

    private Task GoAsync(Change<Guid?> map = default, Change<Guid?> stage = default, Change<Guid?> card = default, Change<Guid?> source = default,
        Change<double?> min = default, Change<double?> max = default, Change<string?> from = default, Change<string?> to = default,
        Change<string?> q = default, Change<int?> page = default)
    {
        static object? Pick<T>(Change<T> change, T current) => change.Given ? change.Value : current;
        var query = new Dictionary<string, object?>
        {
            ["mapId"] = Pick(map, MapId), ["stageId"] = Pick(stage, StageId), ["cardId"] = Pick(card, CardId), ["sourceId"] = Pick(source, SourceId),
            ["minScore"] = Pick(min, MinScore), ["maxScore"] = Pick(max, MaxScore), ["from"] = Blank(Pick(from, From)), ["to"] = Blank(Pick(to, To)),
            ["q"] = Blank(Pick(q, Q)),
            // Another filter starts again at the newest items.
            ["page"] = page.Given ? page.Value : null,
        };
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters("/feedback/explorer", query));
        return Task.CompletedTask;
    }

    private static object? Blank(object? value) => value is string s && string.IsNullOrWhiteSpace(s) ? null : value;

    private Task GoToTouchpointAsync(Guid? cardId) =>
        cardId is { } id && touchpointById.TryGetValue(id, out var tp) ? GoAsync(map: tp.MapId, stage: tp.StageId, card: id) : GoAsync(card: (Guid?)null);

    private Task ApplyTextAsync() => draftText.Trim() == (Q ?? "").Trim() ? Task.CompletedTask : GoAsync(q: draftText.Trim());

    private static Guid? Id(ChangeEventArgs e) => Guid.TryParse(e.Value?.ToString(), out var id) ? id : null;

    private static double? Number(ChangeEventArgs e) =>
        double.TryParse(e.Value?.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string? Text(ChangeEventArgs e) => e.Value?.ToString() is { Length: > 0 } s ? s : null;
}
