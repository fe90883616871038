using JourneyStudio.Domain.Heat;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Tests.Maps;
using static JourneyStudio.Domain.Tests.Heat.WeeklyFeedback;
using JourneyStudio.Domain.Workspaces;

namespace JourneyStudio.Domain.Tests.Heat;

public class AccountabilityMatrixTests : MapSpecification
{
    private static readonly IsoWeek W09 = new(2026, 9), W10 = new(2026, 10), W11 = new(2026, 11);
    private static readonly HeatWindow TwoWeeks = HeatWindow.LastWeeks(2, W11.Start.AddDays(2));
    private readonly Guid idCheck, welcomeCall, firstBill, paperForm, selfieFails, letterLate, chatbot;
    private readonly HeatLedger ledger;

    public AccountabilityMatrixTests()
    {
        var onboarding = AddStage("Onboarding");
        var use = AddStage("Use");
        var touchpoints = AddLane("Touchpoints", LaneKind.Touchpoints);
        var pains = AddLane("Pain points", LaneKind.PainPoints);
        idCheck = AddCard(onboarding, touchpoints, "ID check in the app");
        welcomeCall = AddCard(onboarding, touchpoints, "Welcome call");
        firstBill = AddCard(use, touchpoints, "First bill");
        paperForm = AddCard(use, touchpoints, "Paper form");
        selfieFails = AddCard(onboarding, pains, "Selfie fails in low light");
        letterLate = AddCard(use, pains, "PIN letter late");
        chatbot = AddCard(use, pains, "Chatbot dead end");
        Given(new AssignOwner(idCheck, Operations.Id), new AssignOwner(welcomeCall, Operations.Id), new AssignOwner(firstBill, Marketing.Id),
            new AssignOwner(selfieFails, Operations.Id), new AssignOwner(letterLate, Operations.Id),
            new SetPainPointStatus(letterLate, PainPointStatus.InProgress, "Courier changed"),
            new SetPainPointStatus(letterLate, PainPointStatus.Resolved, "Shipped"),
            new TagMomentOfTruth(idCheck, "First impression"));

        // As in HeatRollupTests: the ID check has pain 30 over the window, the welcome call 4, the first bill too few items.
        ledger = HeatLedger.FromScratch(
        [
            .. In(idCheck, W09, -1, -1, -1, -1, -1), // before the window
            .. In(idCheck, W10, -1, -1, -0.5, 0.5, 1, 1), .. In(idCheck, W11, -0.5, 0, 0.5, 1),
            .. In(welcomeCall, W10, [.. Enumerable.Repeat(-0.4, 3), .. Enumerable.Repeat(0.6, 27)]),
            .. In(firstBill, W11, 0.2, -0.2),
        ]);
    }

    private AccountabilityMatrix Matrix(IReadOnlyList<Department> departments) =>
        AccountabilityMatrix.Build([Map], departments, (_, cell) => ledger[cell], TwoWeeks, HeatSettings.Default);

    [Fact]
    public void Each_department_answers_for_the_touchpoints_and_pain_points_it_owns_with_their_heat_weighted_by_volume()
    {
        var matrix = Matrix([Marketing, Operations]);

        var operations = matrix.Rows[0];
        Assert.Equal(Operations, operations.Department);
        var cell = Assert.Single(operations.Cells);
        Assert.Equal(Map.Id, cell.MapId);
        Assert.Equal(["ID check in the app", "Welcome call"], cell.Touchpoints.Select(t => t.Text));
        Assert.True(cell.Touchpoints[0].MomentOfTruth);
        Assert.Equal("Onboarding", cell.Touchpoints[0].StageName);
        // the five W09 items are outside the window: 10 at the ID check, 30 at the welcome call
        Assert.Equal(40, cell.Heat.Volume);
        Assert.Equal((10 * 30 + 30 * 4.0) / 40, cell.Heat.PainIndex!.Value, 9);
        Assert.Equal(["Selfie fails in low light", "PIN letter late"], cell.PainPoints.Select(p => p.Text));
        Assert.Equal(1, cell.OpenPainPoints);
        Assert.Equal(cell.Heat, operations.Total.Heat);

        var marketing = matrix.Rows[1];
        Assert.Equal(Marketing, marketing.Department);
        Assert.Equal(["First bill"], marketing.Total.Touchpoints.Select(t => t.Text));
        Assert.Equal(2, marketing.Total.Heat.Volume);
        Assert.Empty(marketing.Total.PainPoints);
    }

    [Fact]
    public void What_nobody_answers_for_comes_last_including_cards_whose_department_was_removed()
    {
        var matrix = Matrix([Operations, Marketing]);
        var nobody = matrix.Rows[^1];
        Assert.Null(nobody.Department);
        Assert.Equal(["Paper form"], nobody.Total.Touchpoints.Select(t => t.Text));
        Assert.Equal(["Chatbot dead end"], nobody.Total.PainPoints.Select(p => p.Text));
        Assert.Equal(0, nobody.Total.Heat.Volume);

        var withoutOperations = Matrix([Marketing]);
        Assert.Equal([Marketing.Name, null], withoutOperations.Rows.Select(r => r.Department?.Name));
        Assert.Equal(["ID check in the app", "Welcome call", "Paper form"], withoutOperations.Rows[1].Total.Touchpoints.Select(t => t.Text));
    }

    [Fact]
    public void When_every_card_has_an_owner_there_is_no_gap_row_and_a_department_with_nothing_still_shows()
    {
        Given(new AssignOwner(paperForm, Marketing.Id), new AssignOwner(chatbot, Marketing.Id));
        var sales = new Department(Guid.NewGuid(), "Sales", "#16a34a");

        var matrix = Matrix([sales, Marketing, Operations]);

        Assert.Equal([Operations.Name, Marketing.Name, sales.Name], matrix.Rows.Select(r => r.Department!.Name));
        Assert.True(matrix.Rows[2].Total.IsEmpty);
        Assert.Equal(EvidenceLevel.None, matrix.Rows[2].Total.Heat.Evidence);
    }

    [Fact]
    public void Two_journeys_whose_cards_share_ids_keep_each_its_own_heat()
    {
        // Card ids are unique within a map only: a copy of this map keeps them, and its feedback is its own.
        var copy = Map.Clone();
        copy.Id = Guid.NewGuid();
        copy.Title = "Opening an account (copy)";
        var copyLedger = HeatLedger.FromScratch([.. In(idCheck, W11, 0.5, 0.5)]);
        var matrix = AccountabilityMatrix.Build([Map, copy], [Operations, Marketing],
            (mapId, cell) => mapId == copy.Id ? copyLedger[cell] : ledger[cell], TwoWeeks, HeatSettings.Default);

        var operations = matrix.Rows.Single(r => r.Department == Operations);
        var original = operations.Cells.Single(c => c.MapId == Map.Id);
        var copied = operations.Cells.Single(c => c.MapId == copy.Id);
        Assert.Equal(40, original.Heat.Volume);
        Assert.Equal(2, copied.Heat.Volume);
        Assert.Equal(42, operations.Total.Heat.Volume);
        Assert.Equal(4, operations.Total.Touchpoints.Count);
    }
}
