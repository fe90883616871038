using System.Text.Json;
using JourneyStudio.Domain.Accounts;
using JourneyStudio.Domain.Shared;
using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Maps;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace JourneyStudio.Web.Collaboration;

/// <summary>
/// Live co-editing of maps: one group per map. Changes are committed through the same command path as the API
/// and reach the group from <see cref="MapChangeBroadcaster"/>; presence goes from client to client and is
/// never stored. Every method checks the caller's current role and workspace before it does anything.
/// </summary>
[Authorize]
public sealed class MapHub(IQuerySession session, IServiceProvider services, TimeProvider clock) : Hub
{
    public const string ChangedMessage = "changed";
    public const string JoinedMessage = "joined";
    public const string PresentMessage = "present";
    public const string LeftMessage = "left";
    public const string LeadingMessage = "leading";
    public const int MaxSelection = 500;

    public static string GroupOf(Guid mapId) => $"map:{mapId}";

    public async Task<JoinResult> Join(Guid mapId)
    {
        await CallerAsync(Permission.ReadMaps, fresh: true);
        var version = await Reader().VersionAsync(mapId, Context.ConnectionAborted)
                      ?? throw new HubException($"There is no map {mapId} in your workspace.");
        State.Joined.Add(mapId);
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(mapId));
        var me = State.MemberFor(Context.ConnectionId);
        // Everyone already here answers with their own presence (Greet), so the newcomer sees them at once.
        await Clients.OthersInGroup(GroupOf(mapId)).SendAsync(JoinedMessage, me);
        return new JoinResult(version, me);
    }

    public async Task Leave(Guid mapId)
    {
        if (!State.Joined.Remove(mapId)) return;
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupOf(mapId));
        await Clients.OthersInGroup(GroupOf(mapId)).SendAsync(LeftMessage, Context.ConnectionId);
    }

    /// <summary>Applies one command or a batch, exactly as <c>POST /api/maps/{id}/commands</c> does.</summary>
    public async Task<CommandResult> Apply(Guid mapId, JsonElement commands)
    {
        var change = await Requests().ApplyAsync(mapId, CommandParser.Parse(commands), Context.ConnectionAborted)
                     ?? throw new HubException($"There is no map {mapId} in your workspace.");
        return new CommandResult(change.MapId, change.Version, change.Events);
    }

    public async Task<CatchUpResult> CatchUp(Guid mapId, int afterVersion)
    {
        var catchUp = await Reader().CatchUpAsync(mapId, afterVersion, Context.ConnectionAborted)
                      ?? throw new HubException($"There is no map {mapId} in your workspace.");
        return new CatchUpResult(catchUp.Version, catchUp.Events, catchUp.Snapshot is not null);
    }

    /// <summary>Tells the others on the map where this person is and what they hold.</summary>
    public async Task Share(Guid mapId, PresenceState state)
    {
        await JoinedAsync(mapId);
        var checkedState = Checked(state);
        if (checkedState.Viewport is not null && !State.Caller!.Can(Permission.ManageMaps)) checkedState = checkedState with { Viewport = null };
        await Clients.OthersInGroup(GroupOf(mapId)).SendAsync(PresentMessage, State.MemberFor(Context.ConnectionId), checkedState);
    }

    /// <summary>Answers a newcomer with this person's presence, to them alone.</summary>
    public async Task Greet(Guid mapId, string connectionId, PresenceState state)
    {
        await JoinedAsync(mapId);
        await Clients.Client(connectionId).SendAsync(PresentMessage, State.MemberFor(Context.ConnectionId), Checked(state) with { Viewport = null });
    }

    /// <summary>A facilitator starts or stops steering everyone's view of the map.</summary>
    public async Task Lead(Guid mapId, bool leading)
    {
        await JoinedAsync(mapId);
        await CallerAsync(Permission.ManageMaps, fresh: true);
        await Clients.Group(GroupOf(mapId)).SendAsync(LeadingMessage, leading ? State.MemberFor(Context.ConnectionId) : null);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var mapId in State.Joined)
            await Clients.OthersInGroup(GroupOf(mapId)).SendAsync(LeftMessage, Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }

    private HubConnectionState State =>
        (HubConnectionState)(Context.Items.TryGetValue(typeof(HubConnectionState), out var s) ? s! : Context.Items[typeof(HubConnectionState)] = new HubConnectionState());

    private async Task JoinedAsync(Guid mapId)
    {
        if (!State.Joined.Contains(mapId)) throw new HubException($"Join map {mapId} first.");
        await CallerAsync(Permission.ReadMaps, fresh: false);
    }

    private async Task<Caller> CallerAsync(Permission permission, bool fresh)
    {
        var now = clock.GetUtcNow();
        if (fresh || !State.IsFresh(now))
            State.Remember(await SignedInActor.FindAsync(Context.User, session, Context.ConnectionAborted) ?? throw new NotSignedIn(), now);
        var caller = State.Caller!;
        return caller.Can(permission) ? caller : throw new AccessDenied(permission, caller.Role);
    }

    private static PresenceState Checked(PresenceState state)
    {
        if (state.Selection is { Count: > MaxSelection })
            throw new DomainRuleViolation("selection", $"A selection shares at most {MaxSelection} cards; got {state.Selection.Count}.");
        if (state.Cursor is { } c && !(Finite(c.X) && Finite(c.Y)))
            throw new DomainRuleViolation("cursor", "The cursor must be a point on the grid.");
        if (state.Viewport is { } v && !(Finite(v.X) && Finite(v.Y) && v.Zoom is > 0.05 and < 10))
            throw new DomainRuleViolation("viewport", "The viewport must be a point on the grid and a zoom between 0.05 and 10.");
        return state with { Selection = state.Selection ?? [] };
    }

    private static bool Finite(double d) => double.IsFinite(d) && Math.Abs(d) < 1_000_000;

    private HubActor Actor() => new(Context.User, session);

    private MapReader Reader() => ActivatorUtilities.CreateInstance<MapReader>(services, Actor());

    private MapRequests Requests() => ActivatorUtilities.CreateInstance<MapRequests>(services, Actor());
}
