using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Network.Testing;

namespace Network.Equipment.Tests;

/// <summary>The conventions of the contract on this service: idempotent creation, problems instead of errors, the
/// published description.</summary>
public sealed class ContractTests(TestInfrastructure infrastructure) : PoolTest(infrastructure)
{
    private static readonly string[] LowerCaseMicro = ["micro"];

    [Fact]
    public async Task The_same_idempotency_key_registers_one_item_and_replays_the_answer()
    {
        using var staff = StaffOf(Owner);
        staff.DefaultRequestHeaders.Add("Idempotency-Key", "inventaire-2030-pc-01");

        var first = await staff.PostAsJsonAsync("/api/equipment", ItemBody());
        var again = await staff.PostAsJsonAsync("/api/equipment", ItemBody());

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, again.StatusCode));
        Assert.Equal(
            (await JsonAsync(first)).GetProperty("id").GetGuid(),
            (await JsonAsync(again)).GetProperty("id").GetGuid()
        );
        var catalogue = await staff.GetFromJsonAsync<JsonElement>(
            new Uri($"/api/equipment?ownerId={Owner}", UriKind.Relative)
        );
        Assert.Equal(1, catalogue.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData(
        "reservations",
        "{\"from\": \"2030-01-01T00:00:00Z\", \"to\": \"9999-12-31T00:00:00Z\", \"purpose\": \"x\"}",
        "to"
    )]
    [InlineData(
        "reservations",
        "{\"from\": \"tomorrow\", \"to\": \"2030-01-01T00:00:00Z\", \"purpose\": \"x\"}",
        "from"
    )]
    [InlineData(
        "reservations",
        "{\"from\": \"2030-01-01T00:00:00Z\", \"to\": \"2030-01-02T00:00:00Z\", \"purpose\": \"x\", \"seats\": 2}",
        "seats"
    )]
    public async Task A_request_a_client_gets_wrong_is_a_400_naming_the_field(string route, string body, string field)
    {
        var item = await RegisterItemAsync(maxDays: 365);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await StaffOf(Borrower)
            .PostAsync(new Uri($"/api/equipment/{item}/{route}", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Content.ReadAsStringAsync()), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Odd_dates_and_empty_components_are_answered_not_crashed_on()
    {
        var item = await RegisterItemAsync(requiresApproval: false, components: ["Micro"]);
        var loan = await ReservedAsync(item, Borrower, 1, 4);
        using var owner = StaffOf(Owner);
        Assert.Equal(
            HttpStatusCode.OK,
            (
                await PostAsync(
                    owner,
                    $"/api/equipment/reservations/{loan}/checkout",
                    new { components = LowerCaseMicro }
                )
            ).StatusCode
        );
        using var content = new StringContent(
            "{\"condition\": \"good\", \"components\": [null]}",
            Encoding.UTF8,
            "application/json"
        );

        Assert.Equal(
            HttpStatusCode.BadRequest,
            (
                await owner.PostAsync(new Uri($"/api/equipment/reservations/{loan}/return", UriKind.Relative), content)
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (
                await owner.GetAsync(
                    new Uri(
                        "/api/equipment?availableFrom=0001-01-01T00:00:00Z&availableTo=9999-12-31T00:00:00Z",
                        UriKind.Relative
                    )
                )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (
                await PostAsync(
                    StaffOf(Borrower),
                    $"/api/equipment/reservations/{loan}/extend",
                    new { to = DateTimeOffset.MaxValue }
                )
            ).StatusCode
        );
    }

    [Fact]
    public async Task The_openapi_document_states_the_choices_where_the_contract_is_silent()
    {
        var document = await Anonymous().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Contains("Shared equipment service", document, StringComparison.Ordinal);
        Assert.Contains("/api/equipment/{id}/calendar.ics", document, StringComparison.Ordinal);
        Assert.Contains("printer-3d", document, StringComparison.Ordinal);
    }
}
