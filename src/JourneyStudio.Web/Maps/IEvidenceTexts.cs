namespace JourneyStudio.Web.Maps;

/// <summary>
/// The feedback a pain point may link as evidence. A map does not hold feedback, so the slice that stores it answers;
/// a link a client names is checked here and quoted from the item itself, never from the client's words.
/// </summary>
public interface IEvidenceTexts
{
    /// <summary>The text of each of <paramref name="itemIds"/> that is feedback of the workspace; any other id is left out.</summary>
    Task<IReadOnlyDictionary<Guid, string>> TextsAsync(Guid workspaceId, IReadOnlyCollection<Guid> itemIds, CancellationToken ct);
}
