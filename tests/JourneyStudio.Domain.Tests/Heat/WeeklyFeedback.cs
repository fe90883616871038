using JourneyStudio.Domain.Heat;

namespace JourneyStudio.Domain.Tests.Heat;

internal static class WeeklyFeedback
{
    /// <summary>Scored items about one touchpoint in one week, an hour apart from 07:00 on its Monday.</summary>
    public static IEnumerable<(IReadOnlyCollection<Guid>, ScoredItem)> In(Guid touchpoint, IsoWeek week, params double[] scores) =>
        scores.Select((s, i) => ((IReadOnlyCollection<Guid>)[touchpoint], new ScoredItem(week.Start.AddHours(7 + i), s)));
}
