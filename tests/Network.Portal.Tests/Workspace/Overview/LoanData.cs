using Network.Portal.Formatting;

namespace Network.Portal.Tests.Workspace.Overview;

/// <summary>A loan between two demo structures, arranged through the API as their staff would.</summary>
internal static class LoanData
{
    /// <summary>An item of <paramref name="owner"/>'s structure that needs no approval, reserved by
    /// <paramref name="borrower"/>'s structure for tomorrow, 9 h to 17 h in Paris: approved at once.</summary>
    /// <returns>The reservation and when it starts.</returns>
    public static async Task<(Guid Id, DateTimeOffset From)> LendTomorrowAsync(
        PortalFixture portal,
        string owner,
        string borrower,
        string name
    )
    {
        using var lender = await PlatformApi.AsAsync(portal, owner);
        var item = await lender.PostAsync(
            "/api/equipment",
            new
            {
                name,
                category = "tablet",
                shareable = true,
                loanRules = new { maxDays = 7, requiresApproval = false },
            }
        );

        var week = WeekAhead.From(DateTimeOffset.UtcNow);
        var from = week.Tomorrow.AddHours(9);
        using var borrowing = await PlatformApi.AsAsync(portal, borrower);
        var loan = await borrowing.PostAsync(
            $"/api/equipment/{item.GetProperty("id").GetGuid()}/reservations",
            new
            {
                from,
                to = from.AddHours(8),
                purpose = "Atelier tablettes",
            }
        );
        Assert.Equal("approved", loan.GetProperty("status").GetString());
        return (loan.GetProperty("id").GetGuid(), from);
    }
}
