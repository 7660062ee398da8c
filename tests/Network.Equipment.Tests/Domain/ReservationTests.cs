using Network.Equipment.Domain;

namespace Network.Equipment.Tests.Domain;

public sealed class ReservationTests
{
    private static readonly DateTimeOffset Now = new(2030, 3, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Owner = Guid.CreateVersion7();
    private static readonly Guid Borrower = Guid.CreateVersion7();

    [Fact]
    public void The_owner_and_items_without_approval_skip_it()
    {
        var strict = Item(requiresApproval: true);
        var open = Item(requiresApproval: false);

        Assert.True(Reservation.NeedsApproval(strict, Borrower));
        Assert.False(Reservation.NeedsApproval(strict, Owner));
        Assert.False(Reservation.NeedsApproval(open, Borrower));
    }

    [Fact]
    public void A_loan_goes_from_request_to_return_and_refuses_illegal_steps()
    {
        var loan = Request(approved: false);

        Assert.False(loan.Blocks);
        Assert.False(loan.CheckOut([], Now));
        Assert.True(loan.Approve(Now));
        Assert.True(loan.Blocks);
        Assert.False(loan.Reject("trop tard", Now));
        Assert.True(loan.CheckOut([], Now));
        Assert.False(loan.Cancel(Now));
        Assert.False(loan.MarkOverdue(Now));
        Assert.True(loan.MarkOverdue(Now.AddDays(3)));
        Assert.True(loan.Blocks);
        Assert.True(
            loan.Return(
                ItemCondition.Good,
                null,
                [new ComponentCheck("Micro", ItemCondition.Fair, null)],
                Now.AddDays(3).AddHours(1)
            )
        );
        Assert.Equal(ItemCondition.Fair, loan.ReturnCondition);
        Assert.Equal(4, loan.LoanDays());
        Assert.False(loan.Blocks);
    }

    [Fact]
    public void Only_blocking_reservations_collide_and_a_reservation_never_collides_with_itself()
    {
        var held = Request(approved: true);
        var asked = Request(approved: false);

        Assert.Same(held, Reservation.FirstCollision(held.Window, TimeSpan.Zero, [asked, held]));
        Assert.Null(Reservation.FirstCollision(held.Window, TimeSpan.Zero, [asked, held], except: held.Id));
        Assert.True(held.Cancel(Now));
        Assert.Null(Reservation.FirstCollision(held.Window, TimeSpan.Zero, [asked, held]));
    }

    [Fact]
    public void A_damaged_return_puts_the_item_in_maintenance_and_a_retired_item_stays_retired()
    {
        var item = Item(requiresApproval: true);
        item.ComeBack(ItemCondition.Damaged, Now);
        Assert.Equal(ItemStatus.Maintenance, item.Status);
        Assert.True(item.MakeAvailable(Now));
        Assert.True(item.Retire(Now));
        Assert.False(item.MakeAvailable(Now));
        Assert.False(item.PutInMaintenance(Now));
        Assert.False(item.IsVisibleTo(Borrower));
        Assert.True(item.IsVisibleTo(Owner));
    }

    private static Reservation Request(bool approved) =>
        Reservation.Request(
            Item(requiresApproval: true),
            Borrower,
            new LoanWindow(Now.AddHours(1), Now.AddDays(2)),
            "Atelier",
            approved,
            Now
        );

    private static Item Item(bool requiresApproval) =>
        Network.Equipment.Domain.Item.Register(
            Owner,
            new ItemDetails(
                "Kit radio",
                EquipmentCategory.RadioKit,
                null,
                null,
                null,
                ItemCondition.Good,
                true,
                new LoanRules(7, 2, requiresApproval),
                ["Micro"]
            ),
            Now
        );
}
