using System.Net;
using System.Text.Json;
using Network.Contracts.Equipment;
using Network.Testing;
using Network.Testing.RabbitMq;

namespace Network.Equipment.Tests;

/// <summary>What the service tells the network: ids, owner, borrower, category and commune; never a purpose.</summary>
public sealed class EquipmentMessagesTests(TestInfrastructure infrastructure) : PoolTest(infrastructure)
{
    [Fact]
    public async Task Registration_requests_approvals_refusals_cancellations_and_hand_overs_are_published_once_each()
    {
        await using var registered = await MessageProbe.StartAsync<EquipmentRegistered>(RabbitMq);
        await using var requested = await MessageProbe.StartAsync<ReservationRequested>(RabbitMq);
        await using var approved = await MessageProbe.StartAsync<ReservationApproved>(RabbitMq);
        await using var rejected = await MessageProbe.StartAsync<ReservationRejected>(RabbitMq);
        await using var cancelled = await MessageProbe.StartAsync<ReservationCancelled>(RabbitMq);
        await using var checkedOut = await MessageProbe.StartAsync<EquipmentCheckedOut>(RabbitMq);
        await using var retired = await MessageProbe.StartAsync<EquipmentRetired>(RabbitMq);

        var item = await RegisterItemAsync(requiresApproval: true, category: "projector");
        var first = await ReservedAsync(item, Borrower, 1, 4);
        var second = await ReservedAsync(item, Third, 48, 4);
        await ReservedAsync(item, Owner, 96, 4);
        var later = await ReservedAsync(item, Borrower, 200, 4);
        using var owner = StaffOf(Owner);
        Assert.Equal(
            HttpStatusCode.OK,
            (await PostAsync(owner, $"/api/equipment/reservations/{first}/approve")).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (
                await PostAsync(
                    owner,
                    $"/api/equipment/reservations/{second}/reject",
                    new { reason = "Réservé pour Mme Martin" }
                )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (await PostAsync(owner, $"/api/equipment/reservations/{first}/checkout")).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (await PostAsync(owner, $"/api/equipment/reservations/{later}/cancel")).StatusCode
        );

        await Eventually.AssertAsync(
            () =>
                Task.FromResult(
                    registered.Deliveries.Count == 1
                        && requested.Deliveries.Count == 4
                        && approved.Deliveries.Count == 2
                        && rejected.Deliveries.Count == 1
                        && cancelled.Deliveries.Count == 1
                        && checkedOut.Deliveries.Count == 1
                ),
            "each fact is published"
        );

        var equipment = Message(registered.Deliveries.Single()).GetProperty("equipment");
        Assert.Equal(
            (item, Owner, "projector", "Antibes"),
            (
                equipment.GetProperty("equipmentId").GetGuid(),
                equipment.GetProperty("ownerId").GetGuid(),
                equipment.GetProperty("category").GetString(),
                equipment.GetProperty("commune").GetString()
            )
        );
        Assert.Equal(
            [false, true],
            approved.Deliveries.Select(d => Message(d).GetProperty("automatically").GetBoolean()).Order()
        );
        Assert.Equal("owner", Message(cancelled.Deliveries.Single()).GetProperty("cancelledBy").GetString());
        var everything = requested
            .Deliveries.Concat(approved.Deliveries)
            .Concat(rejected.Deliveries)
            .Concat(cancelled.Deliveries)
            .Concat(checkedOut.Deliveries);
        Assert.All(everything, d =>
        {
            Assert.DoesNotContain("Atelier", d.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Martin", d.Text, StringComparison.Ordinal);
        });
        Assert.Empty(retired.Deliveries);
    }

    private static JsonElement Message(MessageProbe.Delivery delivery) =>
        JsonDocument.Parse(delivery.Text).RootElement.GetProperty("message");
}
