using System.Threading.Channels;
using JourneyStudio.Domain.Feedback;
using JourneyStudio.Domain.Feedback.Matching;

namespace JourneyStudio.Web.Feedback.Import;

/// <summary>
/// Items read from a source, prepared and matched, ready to write, with what reading them counted: rows read,
/// rejections, pages. The importer's reading side fills these while its writing side stores the one before.
/// </summary>
internal sealed class PreparedBatch
{
    public List<FeedbackItem> Items { get; } = [];
    public int Read { get; set; }
    public List<Rejection> Rejections { get; } = [];
    public List<string> Pages { get; } = [];

    /// <summary>
    /// Reads the source to its end, handing over a batch per <paramref name="size"/> items, and completes the channel
    /// when done or failed; what was read before a failure is still handed over, then the failure is thrown.
    /// </summary>
    public static async Task ReadAsync(IAsyncEnumerable<ReadOutcome> outcomes, FeedbackIntake intake, IntakeContext ctx, TouchpointMatcher matcher,
        int size, ChannelWriter<PreparedBatch> batches, CancellationToken ct)
    {
        var batch = new PreparedBatch();
        try
        {
            await foreach (var outcome in outcomes.WithCancellation(ct))
            {
                if (outcome.Page is { } page) { batch.Pages.Add(page); continue; }
                batch.Read++;
                if (outcome.Rejection is { } rejected) { batch.Rejections.Add(rejected); continue; }
                var prepared = intake.Prepare(outcome.Draft!, ctx);
                if (prepared.Rejection is { } rejection) { batch.Rejections.Add(rejection); continue; }
                var item = prepared.Item!;
                batch.Items.Add(item.WithMatches(matcher.Match(item.ForMatching())));
                if (batch.Items.Count < size) continue;
                await batches.WriteAsync(batch, ct);
                batch = new PreparedBatch();
            }
            await batches.WriteAsync(batch, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await batches.WriteAsync(batch, ct);
            throw;
        }
        finally
        {
            batches.TryComplete();
        }
    }
}
