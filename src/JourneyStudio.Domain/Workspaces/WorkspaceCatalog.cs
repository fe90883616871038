using JourneyStudio.Domain.Shared;

namespace JourneyStudio.Domain.Workspaces;

/// <summary>The part of a workspace that map decisions check references against.</summary>
public sealed record WorkspaceCatalog(Guid WorkspaceId, IReadOnlyList<Department> Departments, IReadOnlyList<Persona> Personas)
{
    public Department RequireDepartment(Guid id, string field) =>
        Departments.FirstOrDefault(d => d.Id == id)
        ?? throw new DomainRuleViolation(field, $"There is no department with id {id} in this workspace.");

    public Persona RequirePersona(Guid id, string field) =>
        Personas.FirstOrDefault(p => p.Id == id)
        ?? throw new DomainRuleViolation(field, $"There is no persona with id {id} in this workspace.");

    public string DepartmentName(Guid? id) =>
        id is null ? "no one" : Departments.FirstOrDefault(d => d.Id == id)?.Name ?? "a removed department";
}
