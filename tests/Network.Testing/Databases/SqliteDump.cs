using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Network.Testing.Databases;

/// <summary>Every value of every table of a SQLite database, as text: what someone holding a copy of the file would
/// read.</summary>
public static class SqliteDump
{
    /// <param name="connectionString">The database's connection string; the dump only reads.</param>
    public static async Task<string> DumpAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            dump.Append("# ").AppendLine(table);
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    var value = reader.GetValue(column);
                    dump.Append(
                            value is byte[] bytes
                                ? Encoding.UTF8.GetString(bytes)
                                : Convert.ToString(value, CultureInfo.InvariantCulture)
                        )
                        .Append('|');
                }

                dump.AppendLine();
            }
        }

        return dump.ToString();
    }
}
