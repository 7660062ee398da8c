using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Network.Contracts.Equipment;
using Network.Testing;
using Network.Testing.Databases;
using Network.Testing.RabbitMq;

namespace Network.Equipment.Tests;

/// <summary>A loan from hand-over to return on the service's clock: kits checked piece by piece, damage, extensions,
/// overdue loans.</summary>
public sealed class LoanTests(TestInfrastructure infrastructure) : PoolTest(infrastructure)
{
    private static readonly string[] Kit = ["Table de mixage", "Micro 1", "Casque 1"];

    private readonly FakeTimeProvider _clock = new(Instants.UtcNow);

    protected override DateTimeOffset Now => _clock.GetUtcNow();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public async Task A_kit_is_checked_piece_by_piece_a_damaged_return_puts_it_in_maintenance_and_flags_the_next_loans()
    {
        await using var returned = await MessageProbe.StartAsync<EquipmentReturned>(RabbitMq);
        var kit = await RegisterItemAsync(category: "radio-kit", components: Kit);
        var loan = await ReservedAsync(kit, Borrower, 1, 48);
        var next = await ReservedAsync(kit, Third, 100, 24);
        using var owner = StaffOf(Owner);
        Assert.Equal(
            HttpStatusCode.OK,
            (await PostAsync(owner, $"/api/equipment/reservations/{loan}/approve")).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (await PostAsync(owner, $"/api/equipment/reservations/{next}/approve")).StatusCode
        );

        var incomplete = await PostAsync(
            owner,
            $"/api/equipment/reservations/{loan}/checkout",
            new { components = Kit[..2] }
        );
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        Assert.Contains(
            "Casque 1",
            (await JsonAsync(incomplete)).GetProperty("errors").GetProperty("components")[0].GetString(),
            StringComparison.Ordinal
        );
        var handed = await JsonAsync(
            await PostAsync(owner, $"/api/equipment/reservations/{loan}/checkout", new { components = Kit })
        );
        Assert.Equal("checked-out", handed.GetProperty("status").GetString());
        Assert.Equal(Kit, handed.GetProperty("componentsHandedOver").EnumerateArray().Select(c => c.GetString()));

        _clock.Advance(TimeSpan.FromHours(30));
        var partial = await PostAsync(
            owner,
            $"/api/equipment/reservations/{loan}/return",
            new { condition = "good", components = new[] { new { name = "Table de mixage", condition = "good" } } }
        );
        Assert.Equal(HttpStatusCode.BadRequest, partial.StatusCode);
        var back = await JsonAsync(
            await PostAsync(
                owner,
                $"/api/equipment/reservations/{loan}/return",
                new
                {
                    condition = "good",
                    notes = "Rendu au complet.",
                    components = new object[]
                    {
                        new { name = "Table de mixage", condition = "good" },
                        new
                        {
                            name = "micro 1",
                            condition = "damaged",
                            notes = "Grille enfoncée.",
                        },
                        new { name = "Casque 1", condition = "fair" },
                    },
                }
            )
        );

        Assert.Equal(
            ("returned", "damaged"),
            (back.GetProperty("status").GetString(), back.GetProperty("returnCondition").GetString())
        );
        Assert.Equal("Grille enfoncée.", back.GetProperty("componentsReturned")[1].GetProperty("notes").GetString());
        var item = await owner.GetFromJsonAsync<JsonElement>(new Uri($"/api/equipment/{kit}", UriKind.Relative));
        Assert.Equal(
            ("maintenance", "damaged"),
            (item.GetProperty("status").GetString(), item.GetProperty("condition").GetString())
        );
        var flagged = await StaffOf(Third)
            .GetFromJsonAsync<JsonElement>(new Uri($"/api/equipment/reservations/{next}", UriKind.Relative));
        Assert.Equal("item-in-maintenance", flagged.GetProperty("flag").GetString());

        await Eventually.AssertAsync(() => Task.FromResult(returned.Deliveries.Count == 1), "the return is published");
        var message = JsonDocument.Parse(returned.Deliveries.Single().Text).RootElement.GetProperty("message");
        Assert.Equal(
            ("damaged", 2, false),
            (
                message.GetProperty("condition").GetString(),
                message.GetProperty("loanDays").GetInt32(),
                message.GetProperty("late").GetBoolean()
            )
        );
        var reservation = message.GetProperty("reservation");
        Assert.Equal(
            (Borrower, Owner, "radio-kit", "Antibes"),
            (
                reservation.GetProperty("borrowerId").GetGuid(),
                reservation.GetProperty("equipment").GetProperty("ownerId").GetGuid(),
                reservation.GetProperty("equipment").GetProperty("category").GetString(),
                reservation.GetProperty("equipment").GetProperty("commune").GetString()
            )
        );
        Assert.DoesNotContain("Atelier", returned.Deliveries.Single().Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Grille", returned.Deliveries.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_extension_keeps_to_max_days_and_to_the_calendar_buffer_included()
    {
        var item = await RegisterItemAsync(requiresApproval: false, maxDays: 2, bufferHours: 2);
        var loan = await ReservedAsync(item, Borrower, 24, 24);
        await ReservedAsync(item, Third, 51, 4);
        using var borrower = StaffOf(Borrower);
        var path = $"/api/equipment/reservations/{loan}/extend";

        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await PostAsync(borrower, path, new { to = Now.AddHours(24 + 48 + 1) })).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await PostAsync(borrower, path, new { to = Now.AddHours(40) })).StatusCode
        );
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(borrower, path, new { })).StatusCode);
        var clash = await PostAsync(borrower, path, new { to = Now.AddHours(50) });
        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        Assert.Equal(
            Now.AddHours(51),
            (await JsonAsync(clash)).GetProperty("conflict").GetProperty("from").GetDateTimeOffset()
        );

        var extended = await PostAsync(borrower, path, new { to = Now.AddHours(49) });
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        Assert.Equal(Now.AddHours(49), (await JsonAsync(extended)).GetProperty("to").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_checked_out_loan_past_its_end_becomes_overdue_and_its_return_is_late()
    {
        await using var overdue = await MessageProbe.StartAsync<LoanOverdue>(RabbitMq);
        await using var returned = await MessageProbe.StartAsync<EquipmentReturned>(RabbitMq);
        var item = await RegisterItemAsync(requiresApproval: false);
        var loan = await ReservedAsync(item, Borrower, 1, 2);
        using var owner = StaffOf(Owner);
        Assert.Equal(
            HttpStatusCode.OK,
            (await PostAsync(owner, $"/api/equipment/reservations/{loan}/checkout")).StatusCode
        );

        _clock.Advance(TimeSpan.FromHours(4));
        await Eventually.AssertAsync(
            async () =>
                (
                    await owner.GetFromJsonAsync<JsonElement>(
                        new Uri($"/api/equipment/reservations/{loan}", UriKind.Relative)
                    )
                )
                    .GetProperty("status")
                    .GetString() == "overdue",
            "the loan is overdue"
        );
        await Eventually.AssertAsync(
            () => Task.FromResult(overdue.Deliveries.Count == 1),
            "the overdue loan is published"
        );
        Assert.Equal(
            HttpStatusCode.Conflict,
            (
                await PostAsync(
                    StaffOf(Borrower),
                    $"/api/equipment/reservations/{loan}/extend",
                    new { to = Now.AddHours(10) }
                )
            ).StatusCode
        );

        Assert.Equal(
            "returned",
            (
                await JsonAsync(
                    await PostAsync(owner, $"/api/equipment/reservations/{loan}/return", new { condition = "good" })
                )
            )
                .GetProperty("status")
                .GetString()
        );
        await Eventually.AssertAsync(() => Task.FromResult(returned.Deliveries.Count == 1), "the return is published");
        Assert.True(
            JsonDocument
                .Parse(returned.Deliveries.Single().Text)
                .RootElement.GetProperty("message")
                .GetProperty("late")
                .GetBoolean()
        );
    }
}
