namespace Network.Events.Domain;

/// <summary>What a registrant is told of, stored by name in the notice's <c>Kind</c>.</summary>
public enum NoticeKind
{
    /// <summary>A seat is theirs: with the cancellation link and the workshop as an .ics file.</summary>
    RegistrationConfirmed,

    /// <summary>On the waitlist, with the position.</summary>
    RegistrationWaitlisted,

    EventRescheduled,
    EventCancelled,
    WaitlistPromoted,

    /// <summary>Someone registered this registrant's contact again; the registration stands, and the e-mail carries a
    /// cancellation link.</summary>
    RegistrationAttempted,

    /// <summary>Some time before the workshop (<c>Events:ReminderHours</c>), once.</summary>
    EventReminder,
}
