using Network.Portal.Api;
using Network.Portal.Formatting;

namespace Network.Portal.Tests.Formatting;

/// <summary>What a loan asks of the structure looking at it, and when.</summary>
public sealed class LoanToDoTests
{
    private static readonly DateTimeOffset From = new(2026, 12, 8, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = From.AddDays(3);

    [Theory]
    [InlineData("approved", true, "À remettre", false)]
    [InlineData("approved", false, "À aller chercher", false)]
    [InlineData("checked-out", true, "À récupérer", true)]
    [InlineData("checked-out", false, "À rendre", true)]
    [InlineData("overdue", true, "En retard : à récupérer", true)]
    [InlineData("overdue", false, "En retard : à rendre", true)]
    public void A_loan_asks_to_hand_over_before_it_starts_and_to_take_back_before_it_ends(
        string status,
        bool asOwner,
        string what,
        bool dueAtItsEnd
    )
    {
        var loan = new LoanToDo(
            new Loan(Guid.Empty, Guid.Empty, "Tablette", Guid.Empty, Guid.Empty, null, From, To, status),
            asOwner
        );

        Assert.Equal((what, dueAtItsEnd ? To : From), (loan.What, loan.When));
    }

    [Fact]
    public void A_late_loan_is_due_whatever_the_week_and_others_before_its_end()
    {
        static LoanToDo Of(string status) =>
            new(new Loan(Guid.Empty, Guid.Empty, null, Guid.Empty, Guid.Empty, null, From, To, status), true);

        Assert.True(Of("overdue").IsDueBefore(From.AddDays(-30)));
        Assert.True(Of("approved").IsDueBefore(From.AddHours(1)));
        Assert.False(Of("checked-out").IsDueBefore(To));
    }
}
