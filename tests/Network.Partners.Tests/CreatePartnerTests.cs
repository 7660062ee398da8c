using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Network.Contracts.Partners;
using Network.Partners.Persistence;
using Network.Testing;
using Network.Testing.Hosting;
using Network.Testing.Identity;
using Network.Testing.RabbitMq;

namespace Network.Partners.Tests;

public sealed class CreatePartnerTests(TestInfrastructure infrastructure)
    : ServiceTest<PartnersDbContext>(infrastructure, "partnersdb")
{
    private static readonly object ValidPartner = new
    {
        name = "Centre social Les Moulins",
        kind = "centre-social",
        description = "Accueil, ateliers numériques et accès aux droits.",
        address = new
        {
            street = "6 boulevard Paul Montel",
            postalCode = "06200",
            commune = "Nice",
            inseeCode = "06088",
            latitude = 43.6855,
            longitude = 7.2003,
        },
    };

    [Fact]
    public async Task The_coordinator_creates_an_active_partner_that_is_announced_to_the_network()
    {
        await using var probe = await MessageProbe.StartAsync<PartnerRegistered>(RabbitMq);
        using var client = Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Coordinator()));

        var response = await client.PostAsJsonAsync("/api/partners", ValidPartner);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("active", created.GetProperty("status").GetString());
        Assert.Equal("06200", created.GetProperty("address").GetProperty("postalCode").GetString());
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"/api/partners/{id}", response.Headers.Location?.OriginalString);

        using var anonymous = Service.CreateClient(token: null);
        var read = await anonymous.GetFromJsonAsync<JsonElement>(response.Headers.Location);
        Assert.Equal("Centre social Les Moulins", read.GetProperty("name").GetString());

        await Eventually.AssertAsync(
            () => Task.FromResult(probe.Deliveries.Count == 1),
            "PartnerRegistered is published"
        );
        var published = JsonDocument
            .Parse(probe.Deliveries.Single().Text)
            .RootElement.GetProperty("message")
            .GetProperty("partner");
        Assert.Equal(id, published.GetProperty("partnerId").GetGuid());
        Assert.Equal("active", published.GetProperty("status").GetString());
        Assert.Equal("Nice", published.GetProperty("commune").GetString());
    }

    [Fact]
    public async Task Every_invalid_field_is_named_and_nothing_is_written()
    {
        using var client = Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Coordinator()));

        var response = await client.PostAsJsonAsync(
            "/api/partners",
            new
            {
                name = " ",
                kind = "Centre Social",
                address = new
                {
                    postalCode = "6200",
                    commune = "Nice",
                    inseeCode = "ABCDE",
                    latitude = 91.0,
                    longitude = 7.2,
                },
            }
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "name", "kind", "address.postalCode", "address.inseeCode", "address.latitude" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"errors should name {field}: {errors}");
        }

        Assert.Equal(0, await Service.WithScopeAsync<PartnersDbContext, int>(db => db.Partners.CountAsync()));
        Assert.Equal(0, await Service.WithScopeAsync<PartnersDbContext, int>(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_line_break_or_control_character_in_a_one_line_field_is_400_naming_it()
    {
        using var client = Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Coordinator()));

        var response = await client.PostAsJsonAsync(
            "/api/partners",
            new
            {
                name = "Centre social\r\nUID:un-autre-partenaire",
                kind = "centre-social",
                description = "Accueil.\nAteliers numériques.",
                address = new
                {
                    street = "6 boulevard\tPaul Montel",
                    postalCode = "06200\n",
                    commune = "Nice",
                    inseeCode = "06088",
                },
                contact = new { phone = "04 93 00 11 00\n" },
                openingHours = "Mo-Fr 09:00-12:00;\nSa 09:00-12:00",
            }
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(
            ["address.postalCode", "address.street", "contact.phone", "name", "openingHours"],
            errors.EnumerateObject().Select(error => error.Name).Order(StringComparer.Ordinal)
        );
        Assert.Equal(0, await Service.WithScopeAsync<PartnersDbContext, int>(db => db.Partners.CountAsync()));
    }

    [Fact]
    public async Task Only_the_coordinator_creates_partners_here()
    {
        using var staff = Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Staff(Guid.NewGuid())));
        using var anonymous = Service.CreateClient(token: null);

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync("/api/partners", ValidPartner)).StatusCode);
        Assert.Equal(
            HttpStatusCode.Unauthorized,
            (await anonymous.PostAsJsonAsync("/api/partners", ValidPartner)).StatusCode
        );
    }

    [Fact]
    public async Task An_unknown_partner_is_404()
    {
        using var client = Service.CreateClient(token: null);
        var response = await client.GetAsync(new Uri($"/api/partners/{Guid.NewGuid()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
