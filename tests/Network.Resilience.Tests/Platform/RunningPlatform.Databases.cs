using System.Data.Common;
using System.Text.RegularExpressions;
using Aspire.Hosting.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Network.Resilience.Tests.Platform;

/// <summary>Reading a service's database as it stands (a SQLite file, or a database of the local PostgreSQL cluster),
/// and holding its write lock as another process would.</summary>
public sealed partial class RunningPlatform
{
    /// <summary>
    /// Runs a query read-only on a service's database and returns its rows, each as an array of column values (an id
    /// as text on every provider). Tables and columns are named without quotes, as SQLite takes them; on PostgreSQL
    /// every name in PascalCase is quoted, so that the same query reads the same table.
    /// </summary>
    public async Task<IReadOnlyList<object[]>> QueryAsync(string service, string sql)
    {
        await using var connection = await OpenAsync(service, readOnly: true);
        await using var command = connection.CreateCommand();
        command.CommandText = PostgreSql ? PascalCaseName().Replace(sql, "\"$1\"") : sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add([.. row.Select(value => value is Guid id ? id.ToString() : value)]);
        }

        return rows;
    }

    /// <summary>The single number a query answers, such as a count.</summary>
    public async Task<long> CountAsync(string service, string sql) =>
        Convert.ToInt64(
            (await QueryAsync(service, sql)).Single()[0],
            System.Globalization.CultureInfo.InvariantCulture
        );

    /// <summary>
    /// Takes the write lock of a service's database and keeps it until the answer is disposed: the service can still
    /// read, but every write of its waits, then finds the database busy. SQLite: <c>BEGIN EXCLUSIVE</c> on a connection
    /// of the test's own; PostgreSQL: every table locked <c>IN EXCLUSIVE MODE</c> in a transaction of the test's own.
    /// </summary>
    public async Task<IAsyncDisposable> LockWritesAsync(string service)
    {
        var connection = await OpenAsync(service, readOnly: false);
        var tables = new List<string>();
        if (PostgreSql)
        {
            await using var list = connection.CreateCommand();
            list.CommandText = "SELECT tablename FROM pg_tables WHERE schemaname = 'public'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        await using (var begin = connection.CreateCommand())
        {
            begin.CommandText = PostgreSql
                ? $"BEGIN; LOCK TABLE {string.Join(", ", tables.Select(table => $"\"{table}\""))} IN EXCLUSIVE MODE;"
                : "BEGIN EXCLUSIVE;";
            await begin.ExecuteNonQueryAsync();
        }

        return new WriteLock(connection);
    }

    private async Task<DbConnection> OpenAsync(string service, bool readOnly)
    {
        DbConnection connection = PostgreSql
            ? new NpgsqlConnection(
                new NpgsqlConnectionStringBuilder(
                    await _app.GetConnectionStringAsync(Databases[service])
                        ?? throw new InvalidOperationException($"{service} has no database.")
                )
                {
                    Pooling = false,
                }.ConnectionString
            )
            : new SqliteConnection($"Data Source={DatabaseFile(service)}{(readOnly ? ";Mode=ReadOnly" : "")}");
        await connection.OpenAsync();
        return connection;
    }

    [GeneratedRegex("""(?<!["'\w])([A-Z][a-z]\w*)(?!["'\w])""")]
    private static partial Regex PascalCaseName();

    private sealed class WriteLock(DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using (var rollback = connection.CreateCommand())
            {
                rollback.CommandText = "ROLLBACK;";
                await rollback.ExecuteNonQueryAsync();
            }

            await connection.DisposeAsync();
        }
    }
}
