using System.Globalization;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using JourneyStudio.Domain.Feedback;
using JourneyStudio.Domain.Feedback.Matching;
using JourneyStudio.Domain.Feedback.Scores;
using JourneyStudio.Testing;
using JourneyStudio.Web.Feedback.Import;
using JourneyStudio.Web.Feedback.Sources;
using JourneyStudio.Web.Feedback.Storage;
using JourneyStudio.Web.Hosting;
using JourneyStudio.Web.Seeding;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JourneyStudio.Web.Tests.Feedback;

/// <summary>The feedback tables under the importer: concurrent writers, the heat tallies they feed, and data from an earlier version.</summary>
[Collection(FeedbackAppCollection.Name)]
public class FeedbackStorageTests(FeedbackApp app)
{
    private static readonly Guid IdCheck = FeedbackApp.Card("bank-current-account", "t-ve-id");

    [Fact]
    public async Task Two_imports_of_the_same_export_at_once_store_each_item_once_and_count_it_once_in_heat()
    {
        var importer = app.Services.GetRequiredService<FeedbackImporter>();
        var source = new FeedbackSource
        {
            Id = Guid.NewGuid(), WorkspaceId = SeedIds.Workspace("northwind"), Name = "Exported twice", Kind = SourceKind.Csv, Scale = ScoreScale.Nps,
            Fields = new FieldMap(Text: "comment", Score: "nps", ExternalId: "id", Date: "date"),
        };
        var csv = Export(rows: 5000);
        var first = new ImportRun { Id = Guid.NewGuid(), WorkspaceId = source.WorkspaceId, SourceId = source.Id, StartedAt = DateTimeOffset.UtcNow };
        var second = new ImportRun { Id = Guid.NewGuid(), WorkspaceId = source.WorkspaceId, SourceId = source.Id, StartedAt = DateTimeOffset.UtcNow };

        await Task.WhenAll(
            Task.Run(() => importer.ImportAsync(source, first, Read(csv, source), [], CancellationToken.None)),
            Task.Run(() => importer.ImportAsync(source, second, Read(csv, source), [], CancellationToken.None)));

        Assert.Equal(5000, first.New + second.New);
        Assert.Equal(5000, first.Duplicate + second.Duplicate);
        Assert.Equal(5000L, await ScalarAsync($"select count(*) from {{items}} where source_id = '{source.Id}'"));
        Assert.Equal(2500L, await ScalarAsync($"select count(*) from {{matches}} where source_id = '{source.Id}' and card_id = '{IdCheck}'"));
        await AssertHeatCountsEveryScoredMatchOnceAsync(IdCheck);
    }

    [Fact]
    public async Task Feedback_an_earlier_version_stored_as_documents_moves_into_the_tables_with_its_matches_and_heat_unchanged()
    {
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var schema = store.Options.DatabaseSchemaName;
        // A touchpoint of its own, so that its tally (already holding this match, as the old version kept it) is this test's alone.
        var card = Guid.NewGuid();
        var match = new TouchpointMatch(SeedIds.For("northwind", "map", "bank-current-account"), Guid.NewGuid(), card, MatchOrigin.Manual, null, "assigned by Priya");
        var receivedAt = new DateTimeOffset(2026, 3, 4, 9, 30, 0, TimeSpan.Zero);
        var item = new FeedbackItem
        {
            Id = Guid.NewGuid(), WorkspaceId = SeedIds.Workspace("northwind"), SourceId = Guid.NewGuid(), Key = "id:old-1", ExternalId = "old-1",
            Fingerprint = "f1", Text = "The selfie step took four tries", RawScore = "3", Scale = ScoreScale.Nps, Score = -0.4, ScoreOrigin = ScoreOrigin.Source,
            ReceivedAt = receivedAt, DateFromSource = true, Week = FeedbackItem.WeekOf(receivedAt), Author = "Sam", Channel = "iOS app",
            Fields = new() { ["Plan"] = "Premium" }, Matches = [match], MatchCount = 1, ImportedAt = receivedAt, UpdatedAt = receivedAt, Revision = 2,
        };
        await using (var connection = store.Storage.Database.CreateConnection())
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, $"""
                create table {schema}.mt_doc_feedbackitem (id uuid primary key, data jsonb not null, workspace_id uuid, source_id uuid, received_at timestamptz, match_count int);
                create table {schema}.mt_doc_feedbackmatch (id uuid primary key, data jsonb not null, workspace_id uuid, item_id uuid, map_id uuid, card_id uuid, week date);
                """);
            await ExecuteAsync(connection, $"insert into {schema}.mt_doc_feedbackitem values ($1, $2::jsonb, $3, $4, $5, 1)",
                item.Id, JsonSerializer.Serialize(item, JsonDefaults.Options), item.WorkspaceId, item.SourceId, receivedAt);
            var row = new
            {
                id = Guid.NewGuid(), workspaceId = item.WorkspaceId, itemId = item.Id, sourceId = item.SourceId, mapId = match.MapId, stageId = match.StageId,
                cardId = match.CardId, week = item.Week, receivedAt, score = item.Score, origin = "Manual", ruleIndex = (int?)null, reason = match.Reason, matchedAt = receivedAt,
            };
            await ExecuteAsync(connection, $"insert into {schema}.mt_doc_feedbackmatch values ($1, $2::jsonb, $3, $4, $5, $6, $7)",
                row.id, JsonSerializer.Serialize(row), item.WorkspaceId, item.Id, match.MapId, match.CardId, item.Week);
            await ExecuteAsync(connection, $"""
                insert into {schema}.heat_touchpoint_week (map_id, week, card_id, workspace_id, stage_id, items, negative, score_micros, pain_micros)
                values ($1, $2, $3, $4, $5, 1, 1, -400000, 400000)
                """, match.MapId, item.Week, card, item.WorkspaceId, match.StageId);
        }

        await FeedbackTables.InstallAsync(store, CancellationToken.None);

        var moved = await app.Services.GetRequiredService<FeedbackStore>().LoadAsync(item.Id, CancellationToken.None);
        Assert.NotNull(moved);
        Assert.Equal((item.Text, item.RawScore, item.Score, item.Author, item.Channel, item.Revision), (moved.Text, moved.RawScore, moved.Score, moved.Author, moved.Channel, moved.Revision));
        Assert.Equal(receivedAt, moved.ReceivedAt);
        Assert.Equal(ScoreScale.Nps, moved.Scale);
        Assert.Equal("Premium", moved.Fields["Plan"]);
        Assert.Equal([match], moved.Matches);
        await AssertHeatCountsEveryScoredMatchOnceAsync(card);
        Assert.Equal(0L, await ScalarAsync($"select count(*) from pg_tables where schemaname = '{schema}' and tablename in ('mt_doc_feedbackitem', 'mt_doc_feedbackmatch')"));
    }

    [Fact]
    public async Task An_item_and_its_match_read_back_exactly_as_written_even_when_they_fill_several_copy_buffers()
    {
        var feedback = app.Services.GetRequiredService<FeedbackStore>();
        // A workspace and map of its own, so no other test's counts see it.
        var (workspaceId, mapId) = (Guid.NewGuid(), Guid.NewGuid());
        var receivedAt = new DateTimeOffset(2026, 3, 29, 0, 59, 59, TimeSpan.FromHours(-5)).AddTicks(1234560);
        var long1 = string.Concat(Enumerable.Repeat("Zahlung fehlgeschlagen – “ärgerlich” ✓ ", 480));
        var item = new FeedbackItem
        {
            Id = Guid.NewGuid(), WorkspaceId = workspaceId, SourceId = Guid.NewGuid(), Key = "id:Ü-1", ExternalId = "Ü-1", Fingerprint = "f1",
            Title = null, Text = long1, RawScore = "Very satisfied", Scale = ScoreScale.Nps, Score = -0.25, ScoreOrigin = ScoreOrigin.Source,
            Language = "de", Unscored = false, ReceivedAt = receivedAt, DateFromSource = true, Week = FeedbackItem.WeekOf(receivedAt), Author = "Zoë",
            Contact = null, Channel = "App", Url = "https://example.test/r?id=1&x=\"q\"",
            Fields = new() { ["Kommentar"] = long1, ["Frage 2"] = long1 + "!", ["leer?"] = "\u0001 tab\t" },
            ImportedAt = receivedAt.AddDays(1), UpdatedAt = receivedAt.AddDays(2), Revision = 3, LastRunId = Guid.NewGuid(),
        }.WithMatches([new TouchpointMatch(mapId, Guid.NewGuid(), Guid.NewGuid(), MatchOrigin.Rule, null, "phrase “ärgerlich”")]);
        var unscored = item with { Id = Guid.NewGuid(), Key = "hash:x", ExternalId = null, Score = null, Unscored = true, RawScore = null, Fields = [] };
        var changes = new FeedbackChangeSet();
        changes.Fresh.AddRange([item, unscored]);
        changes.FreshMatches.AddRange(FeedbackMatch.Rewrite(item, [], [], []).Rows);

        await feedback.WriteAsync(workspaceId, (_, _) => Task.FromResult((0, changes)), CancellationToken.None);

        var stored = (await feedback.LoadManyAsync([item.Id, unscored.Id], CancellationToken.None)).ToDictionary(i => i.Id);
        var back = stored[item.Id];
        Assert.Equal(item.ReceivedAt, back.ReceivedAt);
        Assert.Equal((item.Text, item.Score, item.RawScore, item.Language, item.Author, item.Url, item.Revision, item.LastRunId, item.UpdatedAt),
            (back.Text, back.Score, back.RawScore, back.Language, back.Author, back.Url, back.Revision, back.LastRunId, back.UpdatedAt));
        Assert.Equal(item.Fields, back.Fields);
        Assert.Null(back.Title);
        Assert.Equal(item.Matches, back.Matches);
        Assert.Equal((null, true), (stored[unscored.Id].Score, stored[unscored.Id].Unscored));
        Assert.Equal(1L, await ScalarAsync($"select count(*) from {{matches}} where item_id = '{item.Id}' and week = '{item.Week:yyyy-MM-dd}' and received_at = '{receivedAt:O}' and score = -0.25 and rule_index is null"));
    }

    [Fact]
    public async Task A_copy_left_unfinished_stores_none_of_its_rows_and_leaves_the_connection_usable()
    {
        var feedback = app.Services.GetRequiredService<FeedbackStore>();
        var table = $"{feedback.Items}_unfinished_{Guid.NewGuid():N}"[..60];
        await using var connection = await feedback.OpenAsync(CancellationToken.None);
        await ExecuteAsync(connection, $"create table {table} (id uuid, text text)");
        try
        {
            await using (var copy = await BinaryCopyWriter.BeginAsync(connection, $"copy {table} (id, text) from stdin (format binary)", CancellationToken.None))
            {
                for (var i = 0; i < 5000; i++)
                {
                    copy.StartRow(2);
                    copy.Uuid(Guid.NewGuid());
                    copy.Text("a row of an import that then fails");
                    await copy.FlushIfFullAsync(CancellationToken.None);
                }
            }

            await using var count = new NpgsqlCommand($"select count(*) from {table}", connection);
            Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);
        }
        finally { await ExecuteAsync(connection, $"drop table {table}"); }
    }

    [Fact]
    public async Task An_assignment_waits_for_another_write_to_the_workspaces_feedback_and_keeps_what_it_wrote()
    {
        var importer = app.Services.GetRequiredService<FeedbackImporter>();
        var feedback = app.Services.GetRequiredService<FeedbackStore>();
        var source = new FeedbackSource
        {
            Id = Guid.NewGuid(), WorkspaceId = SeedIds.Workspace("northwind"), Name = "One comment", Kind = SourceKind.Csv, Scale = ScoreScale.Nps,
            Fields = new FieldMap(Text: "comment", Score: "nps", ExternalId: "id"),
        };
        var run = new ImportRun { Id = Guid.NewGuid(), WorkspaceId = source.WorkspaceId, SourceId = source.Id, StartedAt = DateTimeOffset.UtcNow };
        await importer.ImportAsync(source, run, Read(Encoding.UTF8.GetBytes("id,nps,comment\nW-1,3,\"Nobody told me what happens next\"\n"), source), [], CancellationToken.None);
        var itemId = FeedbackIds.Item(source.Id, "id:W-1");
        var mapId = SeedIds.For("northwind", "map", "bank-current-account");
        var bill = FeedbackApp.Card("bank-current-account", "t-on-card");

        // Another writer of this workspace's feedback (a re-match batch, say) is between its read and its commit.
        await using var other = await feedback.OpenAsync(CancellationToken.None);
        await using (var tx = await other.BeginTransactionAsync())
        {
            await ExecuteAsync(other, "select pg_advisory_xact_lock($1)", FeedbackStore.LockKey(source.WorkspaceId));
            var editor = await app.ClientAsAsync(JourneyStudio.Domain.Accounts.WorkspaceRole.Editor);
            var assigning = editor.PostAsJsonAsync($"/api/feedback/items/{itemId}/assign", new { mapId, cardId = bill });

            var key = (ulong)FeedbackStore.LockKey(source.WorkspaceId);
            var waiting = $"select count(*) from pg_locks where locktype = 'advisory' and not granted and objsubid = 1 and classid = {key >> 32} and objid = {key & 0xFFFF_FFFF}";
            var until = DateTime.UtcNow.AddSeconds(20);
            while (await ScalarAsync(waiting) == 0)
            {
                Assert.False(assigning.IsCompleted, "the assignment did not wait for the workspace's feedback lock");
                Assert.True(DateTime.UtcNow < until, "the assignment never asked for the workspace's feedback lock");
                await Task.Delay(50);
            }
            await ExecuteAsync(other, $"""
                insert into {feedback.Matches} (item_id, card_id, workspace_id, source_id, map_id, stage_id, week, received_at, score, origin, rule_index, reason)
                select id, $2, workspace_id, source_id, $3, $4, (date_trunc('week', received_at at time zone 'UTC'))::date, received_at, score, 0, 0, 'phrase “what happens next”'
                from {feedback.Items} where id = $1
                """, itemId, IdCheck, mapId, Guid.NewGuid());
            await ExecuteAsync(other, $"update {feedback.Items} set match_count = match_count + 1 where id = $1", itemId);
            await tx.CommitAsync();
            Assert.Equal(System.Net.HttpStatusCode.OK, (await assigning).StatusCode);
        }

        var item = await feedback.LoadAsync(itemId, CancellationToken.None);
        Assert.Equal(2, item!.MatchCount);
        Assert.Equal(new[] { IdCheck, bill }.Order(), item.Matches.Select(m => m.CardId).Order());
        await AssertHeatCountsEveryScoredMatchOnceAsync(bill);
    }

    /// <summary>An export of <paramref name="rows"/> answers; every other one mentions the selfie check (a rule of <see cref="IdCheck"/>).</summary>
    private static byte[] Export(int rows)
    {
        var text = new StringBuilder("id,date,nps,comment\n");
        for (var i = 0; i < rows; i++)
            text.Append(CultureInfo.InvariantCulture, $"E-{i:D5},2026-0{1 + i % 6}-1{i % 9},{i % 11},\"{(i % 2 == 0 ? "The selfie check failed, twice" : "Fine, thanks")}\"\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static async IAsyncEnumerable<ReadOutcome> Read(byte[] csv, FeedbackSource source, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var outcome in CsvFeedbackReader.Read(csv, "export.csv", source.Csv, source.Fields, null))
        {
            ct.ThrowIfCancellationRequested();
            yield return outcome;
        }
        await Task.CompletedTask;
    }

    private async Task AssertHeatCountsEveryScoredMatchOnceAsync(Guid cardId)
    {
        var matched = await ScalarAsync($"select count(*) from {{matches}} where card_id = '{cardId}' and score is not null");
        var tallied = await ScalarAsync($"select coalesce(sum(items), 0) from {{heat}} where card_id = '{cardId}'");
        Assert.Equal(matched, tallied);
    }

    private async Task<long> ScalarAsync(string sql)
    {
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var feedback = app.Services.GetRequiredService<FeedbackStore>();
        sql = sql.Replace("{items}", feedback.Items).Replace("{matches}", feedback.Matches)
            .Replace("{heat}", store.Options.DatabaseSchemaName + ".heat_touchpoint_week");
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        await command.ExecuteNonQueryAsync();
    }
}
