using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Testing;

namespace Network.Partners.Tests;

/// <summary>A profile partners can trust: every field checked and named, phones normalised, no update lost.</summary>
public sealed class ProfileTests(TestInfrastructure infrastructure) : DemoNetworkTest(infrastructure)
{
    [Fact]
    public async Task A_profile_is_stored_as_given_with_the_phone_in_e164()
    {
        using var coordinator = Coordinator();
        var created = await (
            await coordinator.PostAsJsonAsync("/api/partners", Profile())
        ).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("+33493009900", created.GetProperty("contact").GetProperty("phone").GetString());
        Assert.Equal("73282932000074", created.GetProperty("siret").GetString());
        Assert.Equal(
            ["aide-aux-demarches-administratives"],
            created.GetProperty("services").EnumerateArray().Select(s => s.GetString())
        );
        Assert.True(created.GetProperty("accessibility").GetProperty("wheelchair").GetBoolean());
        Assert.Equal("Mo-Fr 09:00-12:00; PH off", created.GetProperty("openingHours").GetString());
    }

    [Fact]
    public async Task Every_invalid_field_is_named()
    {
        var profile = Profile();
        profile["siret"] = "73282932000075";
        profile["kind"] = "cs";
        profile["services"] = new[] { "aide-aux-demarches-administratives", "cours-de-cuisine" };
        profile["publics"] = new[] { "retraites" };
        profile["labels"] = new[] { "pix" };
        profile["openingHours"] = "lundi 9h-12h";
        profile["contact"] = new
        {
            email = "accueil@",
            phone = "12",
            website = "paillon.example.org",
        };
        profile["address"] = new
        {
            street = "",
            postalCode = "6340",
            commune = "Drap",
            inseeCode = "6054",
            latitude = 95.0,
            longitude = 7.3,
        };

        using var coordinator = Coordinator();
        var response = await coordinator.PostAsJsonAsync("/api/partners", profile);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        string[] fields =
        [
            "siret",
            "kind",
            "services",
            "publics",
            "labels",
            "openingHours",
            "contact.email",
            "contact.phone",
            "contact.website",
            "address.street",
            "address.postalCode",
            "address.inseeCode",
            "address.latitude",
        ];
        Assert.All(fields, field =>
            Assert.True(errors.TryGetProperty(field, out _), $"errors should name {field}: {errors}")
        );
    }

    [Fact]
    public async Task An_update_with_a_stale_etag_is_412_and_with_the_current_one_succeeds()
    {
        using var admin = AdminOf(Moulins);
        var read = await admin.GetAsync(new Uri($"/api/partners/{Moulins}", UriKind.Relative));
        var etag = read.Headers.ETag!.Tag;

        using var first = new HttpRequestMessage(HttpMethod.Put, $"/api/partners/{Moulins}")
        {
            Content = JsonContent.Create(Profile("Centre social des Moulins")),
        };
        first.Headers.IfMatch.ParseAdd(etag);
        var updated = await admin.SendAsync(first);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.NotEqual(etag, updated.Headers.ETag!.Tag);

        using var second = new HttpRequestMessage(HttpMethod.Put, $"/api/partners/{Moulins}")
        {
            Content = JsonContent.Create(Profile("Un autre nom")),
        };
        second.Headers.IfMatch.ParseAdd(etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await admin.SendAsync(second)).StatusCode);

        var current = await Anonymous()
            .GetFromJsonAsync<JsonElement>(new Uri($"/api/partners/{Moulins}", UriKind.Relative));
        Assert.Equal("Centre social des Moulins", current.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Someone_who_works_for_a_partner_cannot_apply_for_another()
    {
        using var staff = StaffOf(Moulins);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync("/api/partners", Profile())).StatusCode);
    }
}
