namespace Network.Portal.Api;

/// <summary>The steps of a loan the API takes in each of its states, so that a page offers only those.</summary>
public static class LoanSteps
{
    /// <summary>A loan's states in the order of its life.</summary>
    public static readonly IReadOnlyList<string> Statuses =
    [
        "requested",
        "approved",
        "checked-out",
        "overdue",
        "returned",
        "rejected",
        "cancelled",
    ];

    public static bool Offers(string status, string step) =>
        step switch
        {
            "approve" or "reject" => status == "requested",
            "checkout" => status == "approved",
            "return" => status is "checked-out" or "overdue",
            "extend" => status is "approved" or "checked-out",
            "cancel" => status is "requested" or "approved",
            _ => false,
        };
}
