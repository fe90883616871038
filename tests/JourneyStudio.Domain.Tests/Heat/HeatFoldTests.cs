using JourneyStudio.Domain.Heat;

namespace JourneyStudio.Domain.Tests.Heat;

public class HeatFoldTests
{
    private static readonly Guid Checkout = Guid.NewGuid(), Delivery = Guid.NewGuid(), Returns = Guid.NewGuid();
    private static readonly Guid[] Touchpoints = [Checkout, Delivery, Returns];
    private static readonly DateTimeOffset Start = new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private sealed record Stored(IReadOnlyCollection<Guid> Touchpoints, ScoredItem Item);

    private static ScoredItem RandomItem(Random random)
    {
        var score = random.Next(6) switch
        {
            0 => -1.0,
            1 => 1.0,
            2 => 0.0,
            3 => Math.Round(random.NextDouble() * 2 - 1, 1), // survey-like steps
            _ => random.NextDouble() * 2 - 1, // sentiment-like, many decimals
        };
        // up to ten weeks, at any offset from UTC so that local and UTC weeks sometimes differ
        var at = Start.AddMinutes(random.Next(10 * 7 * 24 * 60)).ToOffset(TimeSpan.FromHours(random.Next(-11, 13)));
        return new ScoredItem(at, score);
    }

    private static IReadOnlyCollection<Guid> RandomTouchpoints(Random random) =>
        Touchpoints.Where(_ => random.Next(3) == 0).ToList(); // none, one, two or all three

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Folding_random_batches_of_adds_updates_and_removals_equals_computing_the_final_items_at_once(int seed)
    {
        var random = new Random(seed);
        var stored = new Dictionary<int, Stored>();
        var ledger = new HeatLedger();
        var nextId = 0;

        for (var batch = 0; batch < 25; batch++)
        {
            var changes = new List<HeatChange>();
            var touched = new HashSet<int>(); // an importer sees each item once per batch
            for (var i = random.Next(1, 60); i > 0; i--)
            {
                var roll = random.Next(10);
                var existing = stored.Keys.Where(k => !touched.Contains(k)).ToList();
                if (roll < 6 || existing.Count == 0)
                {
                    var item = new Stored(RandomTouchpoints(random), RandomItem(random));
                    stored[nextId] = item;
                    touched.Add(nextId++);
                    changes.Add(new HeatChange.Added(item.Touchpoints, item.Item));
                }
                else
                {
                    var id = existing[random.Next(existing.Count)];
                    touched.Add(id);
                    var old = stored[id];
                    if (roll < 9)
                    {
                        // changed upstream: new score, sometimes a new date or new matches
                        var updated = new Stored(
                            random.Next(2) == 0 ? old.Touchpoints : RandomTouchpoints(random),
                            random.Next(2) == 0 ? new ScoredItem(old.Item.At, RandomItem(random).Score) : RandomItem(random));
                        stored[id] = updated;
                        changes.Add(new HeatChange.Updated(old.Touchpoints, old.Item, updated.Touchpoints, updated.Item));
                    }
                    else
                    {
                        stored.Remove(id);
                        changes.Add(new HeatChange.Removed(old.Touchpoints, old.Item));
                    }
                }
            }
            ledger.Fold(changes);
        }

        var atOnce = HeatLedger.FromScratch(stored.Values.Select(s => (s.Touchpoints, s.Item)));
        Assert.Equal(atOnce.Cells.OrderBy(c => c.Key.ToString()), ledger.Cells.OrderBy(c => c.Key.ToString()));

        // and the figures agree with a naive computation straight from the final items
        foreach (var touchpoint in Touchpoints)
        foreach (var week in stored.Values.Select(s => s.Item.Week).Distinct())
        {
            var scores = stored.Values.Where(s => s.Touchpoints.Contains(touchpoint) && s.Item.At.UtcDateTime >= week.Start.UtcDateTime
                                                  && s.Item.At.UtcDateTime < week.End.UtcDateTime)
                .Select(s => s.Item.Score).ToList();
            var figures = ledger[touchpoint, week].Figures(HeatSettings.Default);
            Assert.Equal(scores.Count, figures.Volume);
            if (scores.Count == 0) continue;
            // scores are held to a millionth, so each mean may differ from the raw one by at most half of that
            Assert.Equal(scores.Average(), figures.MeanScore!.Value, tolerance: 5e-7);
            Assert.Equal(scores.Count(s => s < 0) / (double)scores.Count, figures.NegativeShare!.Value, 12);
            Assert.Equal(100 * scores.Where(s => s < 0).Sum(s => -s) / scores.Count, figures.PainIndex!.Value, tolerance: 100 * 5e-7);
        }
    }

    [Fact]
    public void An_item_changed_upstream_moves_its_heat_to_its_new_week_and_touchpoint()
    {
        var monday = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero); // 2026-W10
        var old = new ScoredItem(monday, -0.8);
        var ledger = HeatLedger.FromScratch([([Checkout], old), ([Checkout], new ScoredItem(monday, 0.6))]);

        var changed = ledger.Fold([new HeatChange.Updated([Checkout], old, [Delivery], new ScoredItem(monday.AddDays(7), 0.2))]);

        Assert.Equal([new HeatCell(Checkout, new IsoWeek(2026, 10)), new HeatCell(Delivery, new IsoWeek(2026, 11))], changed.OrderBy(c => c.Week));
        Assert.Equal(new HeatTally(1, 0, 600_000, 0), ledger[Checkout, new IsoWeek(2026, 10)]);
        Assert.Equal(new HeatTally(1, 0, 200_000, 0), ledger[Delivery, new IsoWeek(2026, 11)]);
        Assert.Equal(2, ledger.Cells.Count);
    }

    [Fact]
    public void A_batch_that_removes_an_item_never_added_is_refused_whole()
    {
        var monday = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var ledger = HeatLedger.FromScratch([([Checkout], new ScoredItem(monday, 0.5))]);
        var before = ledger.Cells.ToList();

        var refusal = Assert.Throws<InvalidOperationException>(() => ledger.Fold([
            new HeatChange.Added([Delivery], new ScoredItem(monday, -0.5)),
            new HeatChange.Removed([Checkout], new ScoredItem(monday, -0.5)), // the stored item scored +0.5, not −0.5
        ]));

        Assert.Contains(Checkout.ToString(), refusal.Message);
        Assert.Equal(before, ledger.Cells.ToList());
    }

    [Fact]
    public void Deltas_leave_out_cells_whose_changes_cancel()
    {
        var at = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var deltas = HeatFold.Deltas([
            new HeatChange.Added([Checkout, Checkout, Delivery], new ScoredItem(at, -0.25)), // a repeated touchpoint counts once
            new HeatChange.Updated([Delivery], new ScoredItem(at, -0.25), [Returns], new ScoredItem(at, -0.25)),
        ]);

        Assert.Equal(2, deltas.Count);
        Assert.Equal(new HeatTally(1, 1, -250_000, 250_000), deltas[new HeatCell(Checkout, new IsoWeek(2026, 10))]);
        Assert.Equal(new HeatTally(1, 1, -250_000, 250_000), deltas[new HeatCell(Returns, new IsoWeek(2026, 10))]);
    }
}
