using System.Data.Common;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Network.Contracts.Referrals;
using Network.Referrals.Persistence;
using Network.ServiceDefaults.Persistence;
using Network.Testing;
using Network.Testing.Databases;
using Network.Testing.RabbitMq;

namespace Network.Referrals.Tests;

/// <summary>What a dump of the database reveals, and what nobody can change in it.</summary>
public sealed class DataAtRestTests(TestInfrastructure infrastructure) : ReferralsTest(infrastructure)
{
    [SkippableFact]
    public async Task A_dump_of_every_table_holds_no_name_contact_birth_year_or_free_text_in_clear()
    {
        Skip.If(TestDatabase.Provider != DatabaseProvider.Sqlite, "The dump reads the SQLite file.");
        // The events service does not run here: its queue takes the command, so that the outbox empties.
        await Queues.DeclareReceiverAsync(RabbitMq, RegisterResidentForEvent.Queue);
        using var receiver = StaffOf(Receiver);
        var accepted = await SendAsync(await PublishedEventAsync());
        (
            await receiver.PostAsJsonAsync($"/api/referrals/{accepted}/comments", new { text = Resident.Comment })
        ).EnsureSuccessStatusCode();
        (await PostAsync(receiver, accepted, "accept", new { note = Resident.Note })).EnsureSuccessStatusCode();
        (
            await PostAsync(receiver, await SendAsync(), "decline", new { reason = "autre", message = Resident.Note })
        ).EnsureSuccessStatusCode();
        (
            await PostAsync(StaffOf(Sender), await SendAsync(), "cancel", new { reason = Resident.Note })
        ).EnsureSuccessStatusCode();
        Assert.Equal(
            Resident.Email,
            (await GetJsonAsync(receiver, $"/api/referrals/{accepted}"))
                .GetProperty("resident")
                .GetProperty("email")
                .GetString()
        );

        // The command to the events service is in the outbox until the broker has it, and not after.
        await Eventually.AssertAsync(
            () =>
                Service.WithScopeAsync<ReferralsDbContext, bool>(db =>
                    db.OutboxMessages.AllAsync(m => m.SentAt != null)
                ),
            "every message is sent"
        );

        var dump = await DumpAsync();
        Assert.Contains("demarches-caf", dump, StringComparison.Ordinal);
        Assert.Contains("Nice", dump, StringComparison.Ordinal);
        Assert.Empty(Resident.FoundIn(dump));
    }

    [Fact]
    public async Task The_history_and_the_access_log_refuse_any_change_or_deletion()
    {
        var id = await SendAsync();
        await GetJsonAsync(StaffOf(Receiver), $"/api/referrals/{id}");

        // By a raw statement, whatever its author.
        foreach (
            var statement in new[]
            {
                "UPDATE \"ReferralHistory\" SET \"Reason\" = 'rewritten'",
                "DELETE FROM \"ReferralHistory\"",
                "UPDATE \"ReferralAccessLog\" SET \"UserName\" = 'someone else'",
                "DELETE FROM \"ReferralAccessLog\"",
            }
        )
        {
            var refused = await Service.WithScopeAsync<ReferralsDbContext, DbException>(db =>
                Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync(statement))
            );
            Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        }

        // By the service's own code: a bulk delete, a tracked change, a removal.
        await Service.WithScopeAsync<ReferralsDbContext, bool>(async db =>
        {
            await Assert.ThrowsAnyAsync<DbException>(() => db.History.ExecuteDeleteAsync());
            var entry = await db.History.FirstAsync(e => e.ReferralId == id);
            db.Entry(entry).Property(e => e.Reason).CurrentValue = "rewritten";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();
            db.AccessLog.Remove(await db.AccessLog.FirstAsync(e => e.ReferralId == id));
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            return true;
        });

        var history = await GetJsonAsync(StaffOf(Sender), $"/api/referrals/{id}/history");
        Assert.Equal("sent", Assert.Single(history.EnumerateArray()).GetProperty("to").GetString());
        Assert.Single((await GetJsonAsync(AdminOf(Sender), $"/api/referrals/{id}/access-log")).EnumerateArray());
    }

    private Task<string> DumpAsync() => SqliteDump.DumpAsync(Settings["ConnectionStrings:referralsdb"]!);
}
