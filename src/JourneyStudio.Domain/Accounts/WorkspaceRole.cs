namespace JourneyStudio.Domain.Accounts;

/// <summary>What a member may do in a workspace. Each role includes everything of the roles before it.</summary>
public enum WorkspaceRole { Viewer, Editor, Facilitator, Admin }

public enum Permission
{
    /// <summary>Read maps, history and the workspace's departments and personas.</summary>
    ReadMaps,
    /// <summary>Change a map's content through commands.</summary>
    EditMaps,
    /// <summary>Create, duplicate, archive and restore maps; run workshops; share maps.</summary>
    ManageMaps,
    /// <summary>Members, roles, invitations, the audit trail and settings.</summary>
    ManageWorkspace,
}

public static class Permissions
{
    public static WorkspaceRole LeastRoleFor(Permission permission) => permission switch
    {
        Permission.ReadMaps => WorkspaceRole.Viewer,
        Permission.EditMaps => WorkspaceRole.Editor,
        Permission.ManageMaps => WorkspaceRole.Facilitator,
        _ => WorkspaceRole.Admin,
    };

    public static bool Allows(this WorkspaceRole role, Permission permission) => role >= LeastRoleFor(permission);
}
