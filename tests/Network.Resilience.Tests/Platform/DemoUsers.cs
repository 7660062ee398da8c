namespace Network.Resilience.Tests.Platform;

/// <summary>The demo realm's users the tests act as (each one's password is their user name).</summary>
public static class DemoUsers
{
    /// <summary>Partner A: Centre social Les Moulins (Nice).</summary>
    public static readonly Guid PartnerA = Guid.Parse("0193a000-0000-7000-8000-000000000001");

    /// <summary>Partner B: a structure in Grasse.</summary>
    public static readonly Guid PartnerB = Guid.Parse("0193a000-0000-7000-8000-000000000005");

    /// <summary>The partner in the Vésubie a test may suspend, to act as the staff of a suspended partner.</summary>
    public static readonly Guid PartnerC = Guid.Parse("0193a000-0000-7000-8000-00000000000c");

    /// <summary>The partner in Menton the access tests archive, to act as the admin of a structure that left.</summary>
    public static readonly Guid PartnerD = Guid.Parse("0193a000-0000-7000-8000-000000000006");

    public const string StaffA = "mediateur.moulins";
    public const string AdminA = "admin.moulins";
    public const string StaffB = "conseillere.grasse";
    public const string AdminB = "admin.grasse";
    public const string StaffC = "bibliothecaire.vesubie";
    public const string AdminD = "admin.menton";
    public const string Coordinator = "coordinatrice";
}
