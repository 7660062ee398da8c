using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Network.Resilience.Tests.Platform;

namespace Network.Resilience.Tests.HostileInput;

/// <summary>Every table of every service's database: its row count and a hash of its content.</summary>
public sealed record DatabaseSnapshot(IReadOnlyDictionary<string, (long Rows, string Hash)> Tables)
{
    public static async Task<DatabaseSnapshot> TakeAsync(RunningPlatform platform)
    {
        ArgumentNullException.ThrowIfNull(platform);
        var tables = new SortedDictionary<string, (long, string)>(StringComparer.Ordinal);
        foreach (var service in RunningPlatform.Services)
        {
            await using var connection = await OpenAsync(platform.DatabaseFile(service));
            foreach (var table in await TablesAsync(connection))
            {
                tables[$"{service}.{table}"] = await ReadAsync(connection, table);
            }
        }

        return new DatabaseSnapshot(tables);
    }

    /// <summary>Messages written to an outbox and not yet published, across every service.</summary>
    public static async Task<long> UnsentOutboxMessagesAsync(RunningPlatform platform)
    {
        ArgumentNullException.ThrowIfNull(platform);
        long unsent = 0;
        foreach (var service in RunningPlatform.Services)
        {
            await using var connection = await OpenAsync(platform.DatabaseFile(service));
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM \"OutboxMessages\" WHERE \"SentAt\" IS NULL";
            unsent += (long)(await command.ExecuteScalarAsync())!;
        }

        return unsent;
    }

    /// <summary>The tables whose rows differ from <paramref name="other"/>'s, with both counts.</summary>
    public IReadOnlyList<string> Differences(DatabaseSnapshot other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Tables
            .Keys.Union(other.Tables.Keys)
            .Where(table =>
                !Tables.TryGetValue(table, out var mine)
                || !other.Tables.TryGetValue(table, out var theirs)
                || mine != theirs
            )
            .Select(table => $"{table}: {Describe(Tables, table)} → {Describe(other.Tables, table)}")
            .ToList();
    }

    private static string Describe(IReadOnlyDictionary<string, (long Rows, string Hash)> tables, string table) =>
        tables.TryGetValue(table, out var state) ? $"{state.Rows} rows ({state.Hash[..12]})" : "absent";

    private static async Task<SqliteConnection> OpenAsync(string file)
    {
        var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder
            {
                DataSource = file,
                Mode = SqliteOpenMode.ReadOnly,
                Pooling = false,
                DefaultTimeout = 30,
            }.ToString()
        );
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<List<string>> TablesAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task<(long Rows, string Hash)> ReadAsync(SqliteConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new StringBuilder();
            for (var column = 0; column < reader.FieldCount; column++)
            {
                row.Append(
                        reader.IsDBNull(column)
                            ? "∅"
                            : reader.GetValue(column) switch
                            {
                                byte[] bytes => Convert.ToBase64String(bytes),
                                IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
                                var value => value.ToString(),
                            }
                    )
                    .Append('\u001f');
            }

            rows.Add(row.ToString());
        }

        rows.Sort(StringComparer.Ordinal);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows)));
        return (rows.Count, Convert.ToHexString(hash));
    }
}
