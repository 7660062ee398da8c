using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Contracts.Equipment;
using Network.Contracts.Partners;
using Network.Equipment.Persistence;
using Network.Testing;
using Network.Testing.RabbitMq;

namespace Network.Equipment.Tests;

/// <summary>A partner suspended or archived by the coordinator, as the partners service announces it.</summary>
public sealed class PartnerDepartureTests(TestInfrastructure infrastructure) : PoolTest(infrastructure)
{
    [Fact]
    public async Task A_suspended_borrower_loses_its_pending_loans_but_keeps_what_it_holds()
    {
        await using var cancelled = await MessageProbe.StartAsync<ReservationCancelled>(RabbitMq);
        var item = await RegisterItemAsync(requiresApproval: false);
        var other = await RegisterItemAsync(requiresApproval: true);
        var approved = await ReservedAsync(item, Borrower, 24, 4);
        var requested = await ReservedAsync(other, Borrower, 24, 4);
        var handedOver = await ReservedAsync(item, Borrower, 1, 4);
        var thirds = await ReservedAsync(item, Third, 48, 4);
        Assert.Equal(
            HttpStatusCode.OK,
            (await PostAsync(StaffOf(Owner), $"/api/equipment/reservations/{handedOver}/checkout")).StatusCode
        );

        await AnnounceAsync(new PartnerSuspended(Snapshot(Borrower, "suspended"), DateTimeOffset.UtcNow));

        await Eventually.AssertAsync(
            async () => await StatusAsync(approved) == "cancelled" && await StatusAsync(requested) == "cancelled",
            "the borrower's pending loans are cancelled"
        );
        Assert.Equal("checked-out", await StatusAsync(handedOver));
        Assert.Equal("approved", await StatusAsync(thirds));
        await Eventually.AssertAsync(
            () =>
                Service.WithScopeAsync<EquipmentDbContext, bool>(async db =>
                    (await db.Partners.FindAsync(Borrower))!.Status == "suspended"
                ),
            "the replica knows the borrower is suspended"
        );
        Assert.Equal(HttpStatusCode.Forbidden, (await ReserveAsync(item, Borrower, 100, 4)).StatusCode);
        await Eventually.AssertAsync(
            () => Task.FromResult(cancelled.Deliveries.Count == 2),
            "both cancellations are published"
        );
        Assert.All(cancelled.Deliveries, d =>
            Assert.Contains("borrower-left-network", d.Text, StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task An_archived_partners_items_are_retired_and_its_loans_as_borrower_cancelled()
    {
        await using var retired = await MessageProbe.StartAsync<EquipmentRetired>(RabbitMq);
        var ownersItem = await RegisterItemAsync(requiresApproval: false);
        var borrowersItem = await RegisterItemAsync(requiresApproval: false, owner: Borrower);
        var lentByOwner = await ReservedAsync(ownersItem, Borrower, 24, 4);
        var lentByBorrower = await ReservedAsync(borrowersItem, Third, 24, 4);

        await AnnounceAsync(new PartnerArchived(Snapshot(Borrower, "archived"), DateTimeOffset.UtcNow));

        await Eventually.AssertAsync(
            async () => await StatusAsync(lentByOwner) == "cancelled",
            "the archived partner's loan as borrower is cancelled"
        );
        await Eventually.AssertAsync(
            async () => await StatusAsync(lentByBorrower, Third) == "cancelled",
            "the loans of the archived partner's items are cancelled"
        );
        var item = await Coordinator()
            .GetFromJsonAsync<JsonElement>(new Uri($"/api/equipment/{borrowersItem}", UriKind.Relative));
        Assert.Equal("retired", item.GetProperty("status").GetString());
        await Eventually.AssertAsync(
            () => Task.FromResult(retired.Deliveries.Count == 1),
            "the retirement is published"
        );
    }

    [Fact]
    public async Task A_suspended_owner_reads_its_pool_and_acts_on_nothing_an_archived_one_reaches_no_route()
    {
        var item = await RegisterItemAsync(requiresApproval: true);
        var requested = await ReservedAsync(item, Borrower, 24, 4);
        (string Method, string Path)[] routes =
        [
            ("GET", "/api/equipment"),
            ("GET", $"/api/equipment/{item}"),
            ("GET", $"/api/equipment/{item}/calendar.ics"),
            ("GET", "/api/equipment/reservations"),
            ("GET", $"/api/equipment/reservations/{requested}"),
            ("POST", "/api/equipment"),
            ("PUT", $"/api/equipment/{item}"),
            ("POST", $"/api/equipment/{item}/maintenance"),
            ("POST", $"/api/equipment/{item}/available"),
            ("POST", $"/api/equipment/{item}/retire"),
            ("POST", $"/api/equipment/{item}/reservations"),
            ("POST", $"/api/equipment/reservations/{requested}/approve"),
            ("POST", $"/api/equipment/reservations/{requested}/reject"),
            ("POST", $"/api/equipment/reservations/{requested}/cancel"),
            ("POST", $"/api/equipment/reservations/{requested}/checkout"),
            ("POST", $"/api/equipment/reservations/{requested}/return"),
            ("POST", $"/api/equipment/reservations/{requested}/extend"),
        ];

        await AnnounceAsync(new PartnerSuspended(Snapshot(Owner, "suspended"), DateTimeOffset.UtcNow));
        await Eventually.AssertAsync(
            () =>
                Service.WithScopeAsync<EquipmentDbContext, bool>(async db =>
                    (await db.Partners.FindAsync(Owner))!.Status == "suspended"
                ),
            "the replica knows the owner is suspended"
        );
        var failures = await UnexpectedAsync(routes, method =>
            method == "GET" ? HttpStatusCode.OK : HttpStatusCode.Forbidden
        );

        await AnnounceAsync(new PartnerArchived(Snapshot(Owner, "archived"), DateTimeOffset.UtcNow));
        await Eventually.AssertAsync(
            () =>
                Service.WithScopeAsync<EquipmentDbContext, bool>(async db =>
                    (await db.Partners.FindAsync(Owner))!.Status == "archived"
                ),
            "the replica knows the owner is archived"
        );
        failures.AddRange(await UnexpectedAsync(routes, _ => HttpStatusCode.NotFound));

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private async Task<List<string>> UnexpectedAsync(
        (string Method, string Path)[] routes,
        Func<string, HttpStatusCode> expected
    )
    {
        var failures = new List<string>();
        using var owner = AdminOf(Owner);
        foreach (var (method, path) in routes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative))
            {
                Content = method == "GET" ? null : JsonContent.Create(new { }),
            };
            using var answer = await owner.SendAsync(request);
            if (answer.StatusCode != expected(method))
            {
                failures.Add($"{method} {path}: {(int)answer.StatusCode}, expected {(int)expected(method)}");
            }
        }

        return failures;
    }

    private async Task AnnounceAsync<TMessage>(TMessage message)
        where TMessage : class
    {
        await using var publisher = await TestPublisher.StartAsync(RabbitMq);
        await publisher.PublishAsync(message, Guid.NewGuid());
    }

    private static PartnerSnapshot Snapshot(Guid partner, string status) =>
        new(partner, "Centre social Les Moulins", "centre-social", status, "06200", "Nice", null, null, null);

    private async Task<string?> StatusAsync(Guid reservation, Guid? asPartner = null)
    {
        using var owner = StaffOf(asPartner ?? Owner);
        var found = await owner.GetFromJsonAsync<JsonElement>(
            new Uri($"/api/equipment/reservations/{reservation}", UriKind.Relative)
        );
        return found.GetProperty("status").GetString();
    }
}
