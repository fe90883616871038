using JourneyStudio.Web.Maps;

namespace JourneyStudio.Web.Collaboration;

/// <summary>Someone on a map, as others see them. Built by the server from the caller's account, never taken from a client.</summary>
public sealed record PresenceMember(string ConnectionId, Guid UserId, string Name, string Initials, string Colour, string Role, bool CanLead);

/// <summary>A point on the grid in unzoomed grid pixels, so it means the same place at any zoom or scroll.</summary>
public sealed record GridPoint(double X, double Y);

/// <summary>What part of the grid someone is looking at: its top-left corner in grid pixels and the zoom.</summary>
public sealed record ViewportState(double X, double Y, double Zoom);

/// <summary>Where someone is and what they have in hand. Sent often, throttled by the client, never stored.</summary>
public sealed record PresenceState(GridPoint? Cursor = null, IReadOnlyList<Guid>? Selection = null, Guid? Editing = null, ViewportState? Viewport = null);

public sealed record JoinResult(int Version, PresenceMember Me);

/// <summary>The events after the asked version, or (when too many were missed) <see cref="Reload"/>: fetch the map whole.</summary>
public sealed record CatchUpResult(int Version, IReadOnlyList<CommittedEvent> Events, bool Reload);

/// <summary>One committed change as every open canvas of the map receives it.</summary>
public sealed record MapChanged(Guid MapId, int Version, IReadOnlyList<CommittedEvent> Events, string By);
