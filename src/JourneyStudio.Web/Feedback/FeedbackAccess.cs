using JourneyStudio.Domain.Accounts;

namespace JourneyStudio.Web.Feedback;

/// <summary>Who may do what with feedback, in the workspace's existing permissions.</summary>
public static class FeedbackAccess
{
    /// <summary>Reading evidence, the explorer and the inbox: every member.</summary>
    public const Permission Read = Permission.ReadMaps;
    /// <summary>Assigning an unmatched item to a touchpoint (and making that a rule): editors and up, as for map edits.</summary>
    public const Permission Triage = Permission.EditMaps;
    /// <summary>Creating, changing and running sources: Facilitators and Admins.</summary>
    public const Permission ConfigureSources = Permission.ManageMaps;
    /// <summary>The fetch allow-list and the Hangfire dashboard: Admins only.</summary>
    public const Permission Administer = Permission.ManageWorkspace;
}
