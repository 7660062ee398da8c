namespace Network.Testing.Databases;

/// <summary>Instants as every database keeps them: PostgreSQL stores microseconds, not .NET's 100 ns ticks, so a test
/// that compares an instant it chose with one read back chooses it to the microsecond.</summary>
public static class Instants
{
    public static DateTimeOffset UtcNow => ToMicroseconds(DateTimeOffset.UtcNow);

    public static DateTimeOffset ToMicroseconds(DateTimeOffset instant) =>
        new(instant.UtcTicks - instant.UtcTicks % TimeSpan.TicksPerMicrosecond, TimeSpan.Zero);
}
