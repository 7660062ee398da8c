using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Network.Referrals.Domain;

namespace Network.Referrals.Persistence;

/// <summary>
/// The status history and the access log are written once: a save that would change or delete one of
/// their rows fails before reaching the database, and the database refuses it too (see
/// <see cref="AppendOnlyTriggers"/>).
/// </summary>
internal static class AppendOnly
{
    public static void Guard(ChangeTracker changes)
    {
        var tampered = changes
            .Entries<IAppendOnly>()
            .FirstOrDefault(entry => entry.State is EntityState.Modified or EntityState.Deleted);
        if (tampered is not null)
        {
            throw new InvalidOperationException(
                $"{tampered.Metadata.ClrType.Name} is append-only: it cannot be "
                    + $"{tampered.State.ToString().ToLowerInvariant()}."
            );
        }
    }
}
