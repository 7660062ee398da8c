using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Network.Events.Persistence;
using Network.ServiceDefaults.Persistence;
using Network.Testing;
using Network.Testing.Databases;

namespace Network.Events.Tests;

/// <summary>
/// The proof that the races of <see cref="RegistrationConcurrencyTests"/> really happen on a server database: with the
/// registrations' guard taken out of the SQL the service sends (the event's row lock and the version its update is
/// conditioned on), racing registrations overbook. SQLite runs one write at a time, so there the guard is not what
/// holds capacity, and this test says nothing.
/// </summary>
public sealed partial class RegistrationGuardTests(TestInfrastructure infrastructure) : OrganiserTest(infrastructure)
{
    private const int Capacity = 50;
    private const int Requests = 200;
    private const int Rounds = 5;

    [SkippableFact]
    public async Task Without_the_event_s_guard_racing_registrations_overbook_on_a_server_database()
    {
        Skip.If(TestDatabase.Provider == DatabaseProvider.Sqlite, "SQLite runs one write at a time.");

        // Each round is a fresh event; one overbooked round is the proof, and rounds make luck irrelevant.
        var worst = 0;
        for (var round = 0; round < Rounds && worst <= Capacity; round++)
        {
            var eventId = await PublishedEventAsync(Capacity);
            var responses = await Task.WhenAll(
                Enumerable
                    .Range(0, Requests)
                    .Select(async index =>
                    {
                        using var client = Anonymous();
                        return await client.PostAsJsonAsync(
                            $"/api/events/{eventId}/registrations",
                            new
                            {
                                firstName = "Résident",
                                email = $"resident{round}-{index}@example.org",
                                seats = 1,
                            }
                        );
                    })
            );
            Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
            worst = Math.Max(worst, await ConfirmedSeatsAsync(eventId));
        }

        Assert.True(worst > Capacity, $"{Rounds} rounds of {Requests} unguarded registrations never overbooked.");
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureDbContext<EventsDbContext>(options => options.AddInterceptors(new GuardRemover()));

    private async Task<int> ConfirmedSeatsAsync(Guid eventId)
    {
        using var staff = StaffOf(Organiser);
        var list = await staff.GetFromJsonAsync<JsonElement>(
            new Uri($"/api/events/{eventId}/registrations", UriKind.Relative)
        );
        return list.EnumerateArray()
            .Where(r => r.GetProperty("status").GetString() == "confirmed")
            .Sum(r => r.GetProperty("seats").GetInt32());
    }

    /// <summary>Rewrites what the service sends: the lock of the event's row becomes a plain read, and the update of
    /// the event no longer asks for the version it read.</summary>
    private sealed partial class GuardRemover : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command,
            CommandEventData eventData,
            InterceptionResult<int> result,
            CancellationToken cancellationToken = default
        )
        {
            Rewrite(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command,
            CommandEventData eventData,
            InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default
        )
        {
            Rewrite(command);
            return ValueTask.FromResult(result);
        }

        private static void Rewrite(DbCommand command)
        {
            if (RowLock().IsMatch(command.CommandText))
            {
                command.CommandText = "SELECT 0";
                return;
            }

            command.CommandText = VersionCondition().Replace(command.CommandText, "");
        }

        [GeneratedRegex("""^UPDATE "Events" AS \w+\s+SET "Version" = \w+\."Version"\s""")]
        private static partial Regex RowLock();

        [GeneratedRegex("""(?<=UPDATE "Events" SET [^;]*) AND "Version" = @\w+""")]
        private static partial Regex VersionCondition();
    }
}
