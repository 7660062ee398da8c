using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Testing;

namespace Network.Equipment.Tests;

/// <summary>Who sees and manages items: the owner's users, the other partners (shareable items only), the coordinator,
/// strangers.</summary>
public sealed class ItemAccessTests(TestInfrastructure infrastructure) : PoolTest(infrastructure)
{
    private static readonly string[] DuplicateComponents = ["Micro", "micro"];

    [Fact]
    public async Task The_catalogue_shows_own_items_and_others_shareable_ones_to_partners_and_all_to_the_coordinator()
    {
        var shared = await RegisterItemAsync(shareable: true);
        var kept = await RegisterItemAsync(shareable: false);

        Assert.Equal(
            HttpStatusCode.Unauthorized,
            (await Anonymous().GetAsync(new Uri("/api/equipment", UriKind.Relative))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await Newcomer().GetAsync(new Uri("/api/equipment", UriKind.Relative))).StatusCode
        );
        Assert.Equal(Ids(shared, kept), await CatalogueAsync(StaffOf(Owner)));
        Assert.Equal(Ids(shared, kept), await CatalogueAsync(Coordinator()));
        Assert.Equal([shared], await CatalogueAsync(StaffOf(Borrower)));
        Assert.Equal([shared], await CatalogueAsync(StaffOf(Third)));

        Assert.Equal(
            HttpStatusCode.OK,
            (await StaffOf(Third).GetAsync(new Uri($"/api/equipment/{shared}", UriKind.Relative))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await StaffOf(Third).GetAsync(new Uri($"/api/equipment/{kept}", UriKind.Relative))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (await Coordinator().GetAsync(new Uri($"/api/equipment/{kept}", UriKind.Relative))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (await AdminOf(Owner).GetAsync(new Uri($"/api/equipment/{kept}", UriKind.Relative))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await Newcomer().GetAsync(new Uri($"/api/equipment/{shared}", UriKind.Relative))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Unauthorized,
            (await Anonymous().GetAsync(new Uri($"/api/equipment/{shared}", UriKind.Relative))).StatusCode
        );
    }

    [Fact]
    public async Task The_catalogue_filters_by_category_commune_owner_and_text()
    {
        var laptop = await RegisterItemAsync(category: "laptop");
        var kit = await RegisterItemAsync(category: "radio-kit", components: ["Table de mixage", "Micro 1"]);
        var printer = await RegisterItemAsync(category: "printer-3d", owner: Third);
        using var staff = StaffOf(Borrower);

        Assert.Equal([kit], await CatalogueAsync(staff, "category=radio-kit"));
        Assert.Equal([printer], await CatalogueAsync(staff, "category=printer-3d"));
        Assert.Equal([printer], await CatalogueAsync(staff, "commune=Menton"));
        Assert.Equal(Ids(laptop, kit), await CatalogueAsync(staff, $"ownerId={Owner}"));
        Assert.Equal(3, (await CatalogueAsync(staff, "q=reconditionn")).Count);
        Assert.Empty(await CatalogueAsync(staff, "q=tablette"));

        var bad = await staff.GetAsync(
            new Uri("/api/equipment?category=spaceship&availableFrom=2030-01-01T00:00:00Z&pageSize=0", UriKind.Relative)
        );
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await JsonAsync(bad)).GetProperty("errors");
        Assert.True(
            errors.TryGetProperty("category", out _)
                && errors.TryGetProperty("availableTo", out _)
                && errors.TryGetProperty("pageSize", out _)
        );
    }

    [Fact]
    public async Task Only_staff_and_admins_of_an_active_partner_register_items_and_every_bad_field_is_named()
    {
        Assert.Equal(
            HttpStatusCode.Unauthorized,
            (await Anonymous().PostAsJsonAsync("/api/equipment", ItemBody())).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await Coordinator().PostAsJsonAsync("/api/equipment", ItemBody())).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await Newcomer().PostAsJsonAsync("/api/equipment", ItemBody())).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await StaffOf(Guid.NewGuid()).PostAsJsonAsync("/api/equipment", ItemBody())).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Created,
            (await AdminOf(Owner).PostAsJsonAsync("/api/equipment", ItemBody())).StatusCode
        );

        var bad = await StaffOf(Owner)
            .PostAsJsonAsync(
                "/api/equipment",
                new
                {
                    name = " ",
                    loanRules = new { maxDays = 0, bufferHours = -1 },
                    components = DuplicateComponents,
                }
            );
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await JsonAsync(bad)).GetProperty("errors");
        Assert.Equal(
            ["category", "components", "loanRules.bufferHours", "loanRules.maxDays", "name"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)
        );
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (
                await StaffOf(Owner)
                    .PostAsJsonAsync("/api/equipment", new { name = "Tablette", category = "spaceship" })
            ).StatusCode
        );
    }

    [Fact]
    public async Task The_owners_users_edit_with_if_match_and_others_may_not()
    {
        var item = await RegisterItemAsync();
        using var owner = StaffOf(Owner);
        var read = await owner.GetAsync(new Uri($"/api/equipment/{item}", UriKind.Relative));
        var etag = read.Headers.ETag!.Tag;

        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await StaffOf(Borrower).PutAsJsonAsync($"/api/equipment/{item}", ItemBody(maxDays: 3))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await Coordinator().PutAsJsonAsync($"/api/equipment/{item}", ItemBody(maxDays: 3))).StatusCode
        );
        var kept = await RegisterItemAsync(shareable: false);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await StaffOf(Third).PutAsJsonAsync($"/api/equipment/{kept}", ItemBody())).StatusCode
        );

        using var first = new HttpRequestMessage(HttpMethod.Put, $"/api/equipment/{item}")
        {
            Content = JsonContent.Create(ItemBody(maxDays: 3)),
        };
        first.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        var updated = await owner.SendAsync(first);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(3, (await JsonAsync(updated)).GetProperty("loanRules").GetProperty("maxDays").GetInt32());

        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/equipment/{item}")
        {
            Content = JsonContent.Create(ItemBody(maxDays: 5)),
        };
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await owner.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task Only_the_owners_users_change_an_items_status_and_retiring_cancels_what_was_to_come()
    {
        var item = await RegisterItemAsync(requiresApproval: false);
        var held = await ReservedAsync(item, Borrower, fromHours: 48, hours: 4);
        var asked = await ReservedAsync(item, Third, fromHours: 100, hours: 4);
        foreach (var action in new[] { "maintenance", "available", "retire" })
        {
            Assert.Equal(
                HttpStatusCode.Forbidden,
                (await PostAsync(StaffOf(Borrower), $"/api/equipment/{item}/{action}")).StatusCode
            );
            Assert.Equal(
                HttpStatusCode.Forbidden,
                (await PostAsync(Coordinator(), $"/api/equipment/{item}/{action}")).StatusCode
            );
            Assert.Equal(
                HttpStatusCode.Unauthorized,
                (await PostAsync(Anonymous(), $"/api/equipment/{item}/{action}")).StatusCode
            );
        }

        using var owner = StaffOf(Owner);
        Assert.Equal(
            "maintenance",
            (await JsonAsync(await PostAsync(owner, $"/api/equipment/{item}/maintenance")))
                .GetProperty("status")
                .GetString()
        );
        Assert.Equal("item-in-maintenance", (await ReservationAsync(owner, held)).GetProperty("flag").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await ReserveAsync(item, Borrower, 200, 2)).StatusCode);
        Assert.Equal(
            "available",
            (await JsonAsync(await PostAsync(owner, $"/api/equipment/{item}/available")))
                .GetProperty("status")
                .GetString()
        );
        Assert.Equal(JsonValueKind.Null, (await ReservationAsync(owner, held)).GetProperty("flag").ValueKind);

        Assert.Equal(
            "retired",
            (await JsonAsync(await PostAsync(owner, $"/api/equipment/{item}/retire"))).GetProperty("status").GetString()
        );
        Assert.Equal("cancelled", (await ReservationAsync(owner, held)).GetProperty("status").GetString());
        Assert.Equal("cancelled", (await ReservationAsync(owner, asked)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(owner, $"/api/equipment/{item}/available")).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await StaffOf(Borrower).GetAsync(new Uri($"/api/equipment/{item}", UriKind.Relative))).StatusCode
        );
        Assert.DoesNotContain(item, await CatalogueAsync(owner));
        Assert.Contains(item, await CatalogueAsync(owner, "status=retired"));
    }

    private static List<Guid> Ids(params Guid[] ids) => [.. ids.Order()];

    private static async Task<JsonElement> ReservationAsync(HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/equipment/reservations/{id}", UriKind.Relative));

    private static async Task<List<Guid>> CatalogueAsync(HttpClient client, string filters = "")
    {
        var page = await client.GetFromJsonAsync<JsonElement>(
            new Uri($"/api/equipment?pageSize=100&{filters}", UriKind.Relative)
        );
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Order()];
    }
}
