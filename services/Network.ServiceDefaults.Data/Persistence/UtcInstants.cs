using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Network.ServiceDefaults.Persistence;

/// <summary>
/// Instants are stored in UTC whatever offset a client sent. SQLite has no type for them, so there they
/// are UTC ticks, which compare and sort in SQL like the instants they are.
/// </summary>
internal static class UtcInstants
{
    public static void StoreInstantsAsUtc(this ModelConfigurationBuilder configurationBuilder, bool sqlite)
    {
        if (sqlite)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<ToUtcConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<ToUtcConverter>();
        }
    }

    private sealed class UtcTicksConverter()
        : ValueConverter<DateTimeOffset, long>(
            instant => instant.UtcTicks,
            ticks => new DateTimeOffset(ticks, TimeSpan.Zero)
        );

    private sealed class ToUtcConverter()
        : ValueConverter<DateTimeOffset, DateTimeOffset>(
            instant => instant.ToUniversalTime(),
            stored => stored.ToUniversalTime()
        );
}
