using Microsoft.Data.Sqlite;
using Network.Resilience.Tests.Platform;

namespace Network.Resilience.Tests.PersonalData;

/// <summary>One dispatched row of a service's outbox: what it kept of a message once the broker had it.</summary>
public sealed record OutboxRow(string Service, string MessageType, string Body, string? LastError);

/// <summary>The outbox rows every service has dispatched. A command's body is blanked once sent; the facts never held
/// personal data.</summary>
public static class OutboxRows
{
    public static IReadOnlyList<OutboxRow> Sent(RunningPlatform platform)
    {
        ArgumentNullException.ThrowIfNull(platform);
        var rows = new List<OutboxRow>();
        foreach (var service in RunningPlatform.Services)
        {
            using var connection = new SqliteConnection($"Data Source={platform.DatabaseFile(service)};Mode=ReadOnly");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT MessageType, Body, LastError FROM OutboxMessages WHERE SentAt IS NOT NULL";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(
                    new OutboxRow(
                        service,
                        reader.GetString(0),
                        reader.GetString(1),
                        reader.IsDBNull(2) ? null : reader.GetString(2)
                    )
                );
            }
        }

        return rows;
    }
}
