using JourneyStudio.Web.Feedback.Storage;
using JourneyStudio.Web.Maps;

namespace JourneyStudio.Web.Feedback.Evidence;

public sealed class EvidenceTexts(FeedbackStore feedback) : IEvidenceTexts
{
    public async Task<IReadOnlyDictionary<Guid, string>> TextsAsync(Guid workspaceId, IReadOnlyCollection<Guid> itemIds, CancellationToken ct) =>
        (await feedback.LoadManyAsync(itemIds, ct)).Where(i => i.WorkspaceId == workspaceId).ToDictionary(i => i.Id, i => i.Text);
}
