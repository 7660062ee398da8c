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

    public bool IsValid => AnonymousMaxSeats is >= 1 and <= RegistrationBody.MaxSeats;
}
