using Network.Resilience.Tests.Platform;

namespace Network.Resilience.Tests.Access;

/// <summary>The roles of the access matrix, in the order of its columns.</summary>
public enum Role
{
    Anonymous,
    StaffA,
    AdminA,
    StaffB,
    SuspendedStaff,
    Coordinator,
    ArchivedAdmin,
}

public static class Roles
{
    public static readonly Role[] All = Enum.GetValues<Role>();

    /// <summary>The demo user acting in a role; null for anonymous.</summary>
    public static string? UserOf(Role role) =>
        role switch
        {
            Role.Anonymous => null,
            Role.StaffA => DemoUsers.StaffA,
            Role.AdminA => DemoUsers.AdminA,
            Role.StaffB => DemoUsers.StaffB,
            Role.SuspendedStaff => DemoUsers.StaffC,
            Role.Coordinator => DemoUsers.Coordinator,
            Role.ArchivedAdmin => DemoUsers.AdminD,
            _ => throw new ArgumentOutOfRangeException(nameof(role)),
        };
}
