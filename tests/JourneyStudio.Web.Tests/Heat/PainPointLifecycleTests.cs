using AngleSharp.Dom;
using Bunit;
using JourneyStudio.Domain.Heat;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Maps.Commands;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Domain.Workspaces;
using JourneyStudio.Testing;
using JourneyStudio.Web.Heat.ClosedLoop;
using JourneyStudio.Web.Heat.ClosedLoop.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyStudio.Web.Tests.Heat;

/// <summary>The lifecycle section's stepper: which moves it offers, and that every move it sends says why.</summary>
public class PainPointLifecycleTests : BunitContext
{
    private static readonly Actor Ana = new(Guid.NewGuid(), "Ana");
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private readonly Department operations = new(Guid.NewGuid(), "Operations", "#f97316");
    private readonly Workspace workspace;
    private readonly Guid pain = Guid.NewGuid();
    private readonly List<IReadOnlyList<MapCommand>> sent = [];
    private JourneyMap map;

    public PainPointLifecycleTests()
    {
        workspace = new Workspace { Id = Guid.NewGuid(), Name = "Bank", Departments = [operations] };
        map = JourneyMap.Start(new CreateMap("Opening an account").Decide(Guid.NewGuid(), null, Context()));
        Guid stage = Guid.NewGuid(), lane = Guid.NewGuid();
        Apply(new AddStage("Verify", stage), new AddLane("Pain points", LaneKind.PainPoints, lane), new AddCard(stage, lane, "Selfie check fails in low light", pain));
    }

    [Fact]
    public void Moving_forward_asks_why_and_sends_the_status_with_the_reason()
    {
        Apply(new AssignOwner(pain, operations.Id));
        var cut = Open();
        Step(cut, PainPointStatus.InProgress).Click();
        Assert.Empty(sent);
        Assert.True(cut.Find("[data-testid=ppl-confirm]").HasAttribute("disabled"));

        cut.Find("#ppl-reason").Input("New camera guidance in sprint 14");
        cut.Find("[data-testid=ppl-confirm]").Click();

        Assert.Equal(new SetPainPointStatus(pain, PainPointStatus.InProgress, "New camera guidance in sprint 14"), Assert.Single(Assert.Single(sent)));
        Assert.Empty(cut.FindAll("#ppl-reason"));
    }

    [Fact]
    public void Resolving_sends_the_fix_date_chosen()
    {
        Apply(new AssignOwner(pain, operations.Id));
        var cut = Open();
        Step(cut, PainPointStatus.Resolved).Click();
        cut.Find("#ppl-reason").Input("Guidance shipped in 4.2");
        cut.Find("#ppl-fixed").Change("2026-11-10");
        cut.Find("#ppl-reason").KeyDown(new KeyboardEventArgs { Key = "Enter", CtrlKey = true });

        var command = Assert.IsType<SetPainPointStatus>(Assert.Single(Assert.Single(sent)));
        Assert.Equal(new DateTimeOffset(2026, 11, 10, 0, 0, 0, TimeSpan.Zero), command.FixedAt);
    }

    [Fact]
    public void Reopening_a_resolved_pain_point_is_the_open_step_and_asks_why()
    {
        Apply(new AssignOwner(pain, operations.Id), new SetPainPointStatus(pain, PainPointStatus.Resolved, "Fix shipped"));
        var cut = Open();
        Assert.True(Step(cut, PainPointStatus.InProgress).HasAttribute("disabled"));
        Step(cut, PainPointStatus.Open).Click();
        Assert.Contains("Reopen", cut.Find(".prompt-title").TextContent);
        cut.Find("#ppl-reason").Input("Complaints are back since the app update");
        cut.Find("[data-testid=ppl-confirm]").Click();
        Assert.Equal(new SetPainPointStatus(pain, PainPointStatus.Open, "Complaints are back since the app update"), Assert.Single(Assert.Single(sent)));
    }

    [Fact]
    public void Verified_is_never_offered_and_says_who_sets_it()
    {
        Apply(new AssignOwner(pain, operations.Id), new SetPainPointStatus(pain, PainPointStatus.Resolved, "Fix shipped"));
        var verified = Step(Open(), PainPointStatus.Verified);
        Assert.True(verified.HasAttribute("disabled"));
        Assert.Equal("Set by the closed loop when feedback confirms the fix", verified.GetAttribute("title"));
    }

    [Fact]
    public void Without_an_owner_no_step_beyond_open_is_offered()
    {
        var cut = Open();
        Assert.All(Steps.Where(s => s > PainPointStatus.Open), s => Assert.True(Step(cut, s).HasAttribute("disabled")));
        Assert.Equal("Assign an owner department first", Step(cut, PainPointStatus.Acknowledged).GetAttribute("title"));
        Assert.Contains("No owner department yet", cut.Markup);
    }

    [Fact]
    public void A_viewer_sees_the_lifecycle_but_cannot_move_it()
    {
        Apply(new AssignOwner(pain, operations.Id));
        var cut = Open(canEdit: false);
        Assert.All(Steps, s => Assert.True(Step(cut, s).HasAttribute("disabled")));
        Step(cut, PainPointStatus.Acknowledged).Click();
        Assert.Empty(cut.FindAll("#ppl-reason"));
        Assert.Empty(sent);
    }

    [Fact]
    public void An_overdue_pain_point_is_flagged()
    {
        var cut = Open(now: Noon.AddDays(8));
        Assert.Contains("Overdue", cut.Find("[data-testid=ppl-deadline]").TextContent);
        Assert.Contains("Open for 8 days, target 5 days: overdue by 3 days", cut.Find("[data-testid=ppl-deadline]").TextContent);
    }

    private static readonly PainPointStatus[] Steps = Enum.GetValues<PainPointStatus>();

    private static IElement Step(IRenderedComponent<PainPointLifecycle> cut, PainPointStatus status) => cut.Find($"[data-step={status}]");

    private DecisionContext Context() => new(Ana, Noon, workspace.Catalog, Guid.NewGuid);

    private void Apply(params MapCommand[] commands) => map = MapDecider.DecideAll(map, commands, Context()).After;

    private IRenderedComponent<PainPointLifecycle> Open(bool canEdit = true, DateTimeOffset? now = null)
    {
        Services.AddLifecycleSection(() => map, now ?? Noon);
        return Render<PainPointLifecycle>(p => p
            .Add(x => x.Card, map.FindCard(pain)!)
            .Add(x => x.Map, map)
            .Add(x => x.CanEdit, canEdit)
            .Add(x => x.OnCommands, (IReadOnlyList<MapCommand> commands) => sent.Add(commands)));
    }
}

/// <summary>
/// The lifecycle section's services for component tests: what the card itself says (status, fix date, deadline at a
/// fixed clock, default settings) and no feedback, watchers or verdict: those come from the database and are covered
/// by the integration tests.
/// </summary>
public static class LifecycleSectionServices
{
    public static void AddLifecycleSection(this IServiceCollection services, Func<JourneyMap> map, DateTimeOffset now)
    {
        var clock = new TestClock(now);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IPainPointLoop>(new CardOnlyLoop(map, clock));
    }

    private sealed class CardOnlyLoop(Func<JourneyMap> map, TimeProvider clock) : IPainPointLoop
    {
        public Task<PainPointLoopView?> ViewAsync(Guid mapId, Guid cardId, CancellationToken ct)
        {
            var pain = map().FindCard(cardId)!.PainPoint!;
            return Task.FromResult<PainPointLoopView?>(new PainPointLoopView(mapId, cardId, pain.Status, pain.ResolvedAt,
                PainPointTargets.Default.Deadline(pain, clock.GetUtcNow()), null, [], [], [], false, ClosedLoopSettings.Default));
        }

        public Task<LoopCheckResult?> CheckNowAsync(Guid mapId, Guid cardId, CancellationToken ct) => Task.FromResult<LoopCheckResult?>(null);

        public Task<bool> WatchAsync(Guid mapId, Guid cardId, bool watch, CancellationToken ct) => Task.FromResult(true);
    }
}
