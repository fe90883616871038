namespace JourneyStudio.Web.Heat.ClosedLoop;

/// <summary>A message to one member, shown in their notifications menu until they mark it read.</summary>
public sealed class Notice
{
    public Guid Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset At { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    /// <summary>A path inside the app ("/maps/…?card=…"), never an outside address.</summary>
    public string Link { get; set; } = "";
    public DateTimeOffset? ReadAt { get; set; }
}

/// <summary>Who watches a pain point: they hear when its fix is verified or it is reopened. One document per pain point.</summary>
public sealed class PainPointWatchers
{
    public Guid Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public Guid MapId { get; set; }
    public List<Guid> UserIds { get; set; } = [];
}

/// <summary>The members of a department, who hear about the pain points their department owns. One document per department.</summary>
public sealed class DepartmentMembers
{
    public Guid Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public List<Guid> UserIds { get; set; } = [];

    public void Set(Guid userId, bool member)
    {
        UserIds.Remove(userId);
        if (member) UserIds.Add(userId);
    }
}
