namespace Network.Events.Api;

/// <summary>The <c>Events</c> section.</summary>
public sealed class EventsOptions
{
    public const string SectionName = "Events";

    /// <summary>
    /// The most seats a registration by the public takes, so that nobody without an account fills a small event in
    /// one request; staff registering on a resident's behalf keep 1..<see cref="RegistrationBody.MaxSeats"/>.
    /// </summary>
    public int AnonymousMaxSeats { get; set; } = 4;

    /// <summary>Registrants' names and contacts are erased this many days after the end of their event; the seats
    /// stay.</summary>
    public int RegistrationRetentionDays { get; set; } = 90;

    /// <summary>
    /// How long a <c>RegisterResidentForEvent</c> command the service failed to handle waits in its error queue (it
    /// holds a resident's first name and contacts) before the broker drops it: the time to fix the cause and re-drive
    /// it.
    /// </summary>
    public TimeSpan CommandErrorRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Registrants with an e-mail address are reminded of a workshop this many hours before it starts, once; not those
    /// who registered within that time, nor for a cancelled workshop.
    /// </summary>
    public int ReminderHours { get; set; } = 48;

    public bool IsValid =>
        AnonymousMaxSeats is >= 1 and <= RegistrationBody.MaxSeats
        && RegistrationRetentionDays >= 1
        && ReminderHours >= 1
        && CommandErrorRetention > TimeSpan.Zero
        && CommandErrorRetention.TotalMilliseconds <= int.MaxValue;
}
