namespace JourneyStudio.Domain.Workspaces;

/// <summary>One organisation: its accountable departments and the personas its journeys are about.</summary>
public sealed class Workspace
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public List<Department> Departments { get; set; } = [];
    public List<Persona> Personas { get; set; } = [];

    public WorkspaceCatalog Catalog => new(Id, Departments, Personas);
}
