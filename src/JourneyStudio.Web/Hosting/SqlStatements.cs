using Npgsql;

namespace JourneyStudio.Web.Hosting;

/// <summary>The set-up statements the slices that keep their own tables run on an open connection (DDL, one-off moves).</summary>
public static class SqlStatements
{
    public static async Task ExecuteAsync(this NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task<bool> TableExistsAsync(this NpgsqlConnection connection, string qualifiedName, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("select to_regclass($1) is not null", connection) { Parameters = { new() { Value = qualifiedName } } };
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }
}
