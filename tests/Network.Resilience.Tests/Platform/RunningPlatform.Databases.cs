using Microsoft.Data.Sqlite;

namespace Network.Resilience.Tests.Platform;

/// <summary>Reading a service's SQLite database as it stands, and holding its write lock as another process
/// would.</summary>
public sealed partial class RunningPlatform
{
    /// <summary>Runs a query read-only on a service's database and returns its rows, each as an array of column
    /// values.</summary>
    public async Task<IReadOnlyList<object[]>> QueryAsync(string service, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile(service)};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
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
    /// Takes the write lock of a service's database (<c>BEGIN EXCLUSIVE</c> on a connection of the test's own) and
    /// keeps it until the answer is disposed: the service can still read, but every write of its finds the database
    /// busy.
    /// </summary>
    public async Task<IAsyncDisposable> LockWritesAsync(string service)
    {
        var connection = new SqliteConnection($"Data Source={DatabaseFile(service)}");
        await connection.OpenAsync();
        await using (var begin = connection.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE;";
            await begin.ExecuteNonQueryAsync();
        }

        return new WriteLock(connection);
    }

    private sealed class WriteLock(SqliteConnection connection) : IAsyncDisposable
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
