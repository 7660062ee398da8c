using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Network.ServiceDefaults.Persistence;

/// <summary>
/// SQLite (local mode) gets its schema from the model, with a fingerprint of that schema stored beside it. A file made
/// by an older model is recreated when <c>Database:RecreateOnModelChange</c> allows it (local mode's demo data), and
/// otherwise refused with a message that says what to do, rather than failing later on a missing table.
/// </summary>
internal static partial class LocalSchema
{
    public const string RecreateKey = "Database:RecreateOnModelChange";

    public static async Task EnsureAsync(
        DbContext db,
        bool recreateOnModelChange,
        ILogger logger,
        CancellationToken cancellationToken
    )
    {
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        var fingerprint = Convert.ToHexString(
            SHA256.HashData(Encoding.UTF8.GetBytes(db.Database.GenerateCreateScript()))
        );
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.HasTablesAsync(cancellationToken))
        {
            var stored = await StoredAsync(db, cancellationToken);
            for (var wait = 0; stored is null && wait < 20; wait++)
            {
                // Another instance may be creating the same file right now: its fingerprint follows its tables.
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
                stored = await StoredAsync(db, cancellationToken);
            }

            if (stored == fingerprint)
            {
                return;
            }

            if (!recreateOnModelChange)
            {
                throw new InvalidOperationException(
                    $"The SQLite database of {db.GetType().Name} was made by another version of the service. Delete "
                        + $"it (local mode: the .data folder) or set {RecreateKey}=true to recreate it."
                );
            }

            LogRecreated(logger, db.GetType().Name);
            await db.Database.EnsureDeletedAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        try
        {
            await db.Database.EnsureCreatedAsync(cancellationToken);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            // Another instance on the same file may have created it at the same moment.
            if (!await creator.HasTablesAsync(cancellationToken))
            {
                throw;
            }
        }

        await db.Database.ExecuteSqlRawAsync(
            "CREATE TABLE IF NOT EXISTS \"__ModelFingerprint\" (\"Fingerprint\" TEXT NOT NULL);",
            cancellationToken
        );
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__ModelFingerprint\";", cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO \"__ModelFingerprint\" (\"Fingerprint\") VALUES ({fingerprint});",
            cancellationToken
        );
    }

    private static async Task<string?> StoredAsync(DbContext db, CancellationToken cancellationToken)
    {
        var exists = await db
            .Database.SqlQuery<long>(
                $"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__ModelFingerprint'"
            )
            .SingleAsync(cancellationToken);
        return exists == 0
            ? null
            : await db
                .Database.SqlQuery<string>($"SELECT \"Fingerprint\" AS \"Value\" FROM \"__ModelFingerprint\"")
                .FirstOrDefaultAsync(cancellationToken);
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "The local database of {Context} was made by another version of the service: it is recreated empty."
    )]
    private static partial void LogRecreated(ILogger logger, string context);
}
