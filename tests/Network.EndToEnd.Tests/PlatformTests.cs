using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Microsoft.Data.Sqlite;
using Network.ServiceDefaults.Persistence;
using Network.Testing;
using Network.Testing.Databases;
using Network.Testing.Hosting;
using Network.Testing.Identity;
using Npgsql;

namespace Network.EndToEnd.Tests;

/// <summary>The platform as a user meets it: through the gateway, with tokens from the identity provider.</summary>
[Collection(PlatformFixture.Collection)]
public sealed class PlatformTests(PlatformFixture platform)
{
    private const int DemoPartners = 12;

    [Fact]
    public async Task The_public_directory_answers_anonymously_with_the_demo_network()
    {
        using var anonymous = new HttpClient { BaseAddress = platform.Gateway };

        var directory = await anonymous.GetFromJsonAsync<JsonElement>(
            new Uri("/api/partners?pageSize=100", UriKind.Relative)
        );

        Assert.True(directory.GetProperty("total").GetInt32() >= DemoPartners);
        Assert.Contains(directory.GetProperty("items").EnumerateArray(), partner =>
            partner.GetProperty("name").GetString() == "Centre social Les Moulins"
        );
    }

    [Fact]
    public async Task A_partner_created_by_the_coordinator_reaches_the_events_replica()
    {
        var token = await DevIdentityClient.PasswordTokenAsync(platform.Identity, "coordinatrice", "coordinatrice");
        using var coordinator = Client(platform.Gateway, token);

        var response = await coordinator.PostAsJsonAsync(
            "/api/partners",
            new
            {
                name = "Espace de vie sociale du Paillon",
                kind = "centre-social",
                address = new
                {
                    street = "2 place de la Mairie",
                    postalCode = "06340",
                    commune = "Drap",
                    inseeCode = "06054",
                },
            }
        );

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var partnerId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Eventually.AssertAsync(
            () => EventsReplicaKnowsAsync(partnerId),
            "the events service's replica has the new partner"
        );
    }

    [Fact]
    public async Task A_partners_staff_find_the_demo_pool_of_equipment_through_the_gateway()
    {
        var token = await DevIdentityClient.PasswordTokenAsync(
            platform.Identity,
            "mediateur.moulins",
            "mediateur.moulins"
        );
        using var staff = Client(platform.Gateway, token);

        // The pool is seeded once the demo partners have reached the equipment service's replica.
        await Eventually.AssertAsync(
            async () =>
                (
                    await staff.GetFromJsonAsync<JsonElement>(
                        new Uri("/api/equipment?category=radio-kit", UriKind.Relative)
                    )
                )
                    .GetProperty("items")
                    .EnumerateArray()
                    .Any(item => item.GetProperty("name").GetString() == "Kit mobile web-radio"),
            "the web-radio kit is in the catalogue"
        );
        var mine = await staff.GetFromJsonAsync<JsonElement>(
            new Uri("/api/equipment/reservations?as=borrower", UriKind.Relative)
        );
        Assert.True(mine.GetProperty("total").GetInt32() >= 1);
    }

    [Fact]
    public async Task A_write_without_a_token_is_refused_by_the_gateway_itself()
    {
        using var anonymous = new HttpClient { BaseAddress = platform.Gateway };

        // The events service has no such route (it would answer 404): a 401 can only come from the gateway.
        var response = await anonymous.PostAsJsonAsync("/api/events/no-such-route", new { });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(
            HttpStatusCode.Unauthorized,
            (await anonymous.PostAsJsonAsync("/api/partners", new { })).StatusCode
        );
    }

    [Fact]
    public async Task A_token_is_accepted_by_gateway_and_service_and_refused_by_both_once_altered()
    {
        var token = await DevIdentityClient.PasswordTokenAsync(platform.Identity, "coordinatrice", "coordinatrice");
        var altered = AlterOneCharacter(token);
        var target = new Uri($"/api/partners/{Guid.NewGuid()}", UriKind.Relative);

        foreach (var entry in new[] { platform.Gateway, platform.Partners })
        {
            using var valid = Client(entry, token);
            using var tampered = Client(entry, altered);
            var accepted = await valid.PostAsJsonAsync("/api/partners", new { });
            Assert.Equal(HttpStatusCode.BadRequest, accepted.StatusCode);
            Assert.Equal(
                HttpStatusCode.Unauthorized,
                (await tampered.PostAsJsonAsync("/api/partners", new { })).StatusCode
            );
            Assert.Equal(HttpStatusCode.NotFound, (await valid.GetAsync(target)).StatusCode);
        }
    }

    [Fact]
    public async Task The_gateway_is_healthy_and_returns_the_correlation_id()
    {
        using var anonymous = new HttpClient { BaseAddress = platform.Gateway };
        anonymous.DefaultRequestHeaders.Add("X-Correlation-Id", "e2e-check-1");

        var response = await anonymous.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("e2e-check-1", Assert.Single(response.Headers.GetValues("X-Correlation-Id")));
    }

    private async Task<bool> EventsReplicaKnowsAsync(Guid partnerId)
    {
        if (TestDatabase.Provider == DatabaseProvider.PostgreSql)
        {
            await using var postgres = new NpgsqlConnection(await platform.App.GetConnectionStringAsync("eventsdb"));
            await postgres.OpenAsync();
            await using var select = new NpgsqlCommand(
                "SELECT COUNT(*) FROM \"PartnerReplicas\" WHERE \"Id\" = @id",
                postgres
            );
            select.Parameters.AddWithValue("id", partnerId);
            return Convert.ToInt64(await select.ExecuteScalarAsync(), CultureInfo.InvariantCulture) == 1;
        }

        await using var connection = new SqliteConnection(
            $"Data Source={Path.Combine(platform.DataFolder, "eventsdb")}.db;Mode=ReadOnly"
        );
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM PartnerReplicas WHERE Id = $id";
        command.Parameters.AddWithValue("$id", partnerId.ToString().ToUpperInvariant());
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) == 1;
    }

    private static HttpClient Client(Uri baseAddress, string token) =>
        new HttpClient { BaseAddress = baseAddress }.Acting(token);

    private static string AlterOneCharacter(string token)
    {
        // A character in the middle of the payload: the signature no longer matches.
        var index = token.IndexOf('.', StringComparison.Ordinal) + 10;
        var replacement = token[index] == 'A' ? 'B' : 'A';
        return string.Concat(token.AsSpan(0, index), replacement.ToString(), token.AsSpan(index + 1));
    }
}
