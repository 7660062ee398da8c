namespace Network.ServiceDefaults.Identity;

/// <summary>The realm roles of the network.</summary>
public static class Roles
{
    public const string Coordinator = "coordinator";
    public const string PartnerAdmin = "partner-admin";
    public const string PartnerStaff = "partner-staff";
}

/// <summary>Authorization policies; <see cref="PartnerStaff"/> admits admins too, who do staff-level work.</summary>
public static class Policies
{
    public const string Coordinator = "coordinator";
    public const string PartnerAdmin = "partner-admin";
    public const string PartnerStaff = "partner-staff";
}
