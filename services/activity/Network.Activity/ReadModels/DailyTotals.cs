using Network.Activity.Queries;

namespace Network.Activity.ReadModels;

/// <summary>
/// The figures of one day (in Paris) and one commune: each column sums what the rows counted on that day in that
/// commune add to it (<see cref="Of(EventActivity)"/> and its siblings). The projection keeps them in the transaction
/// that changes the rows, so the overview reads a few hundred of these instead of every row. Every rule of what a row
/// counts for is the one of the SQL aggregations in <c>Totals</c>; a test holds the two to the same results.
/// </summary>
public sealed class DailyTotals
{
    /// <summary>The day in Paris: of an event's start, of a referral's sending, of a loan's first day.</summary>
    public DateOnly Day { get; internal set; }

    public string Commune { get; internal set; } = "";

    public int EventsPublished { get; internal set; }

    public int EventsCancelled { get; internal set; }

    public int Registrations { get; internal set; }

    public int Attendance { get; internal set; }

    public int EventNoShows { get; internal set; }

    public int RecordedRegistered { get; internal set; }

    public int SeatsAtLimitedEvents { get; internal set; }

    public int Capacity { get; internal set; }

    public int ReferralsSent { get; internal set; }

    public int ReferralsAccepted { get; internal set; }

    public int ReferralsDeclined { get; internal set; }

    public int ReferralsCompleted { get; internal set; }

    public int ReferralNoShows { get; internal set; }

    public int ReferralsExpired { get; internal set; }

    public int ReferralsCancelled { get; internal set; }

    public int ReferralsOpen { get; internal set; }

    /// <summary>Referrals with an answer time: the number the median answer time is taken over.</summary>
    public int ReferralsAnswered { get; internal set; }

    public int Loans { get; internal set; }

    public int LoanDays { get; internal set; }

    public int LoansOverdue { get; internal set; }

    /// <summary>Whether every figure is zero: such a change touches no stored day.</summary>
    public bool IsEmpty =>
        EventsPublished == 0
        && EventsCancelled == 0
        && Registrations == 0
        && Attendance == 0
        && EventNoShows == 0
        && RecordedRegistered == 0
        && SeatsAtLimitedEvents == 0
        && Capacity == 0
        && ReferralsSent == 0
        && ReferralsAccepted == 0
        && ReferralsDeclined == 0
        && ReferralsCompleted == 0
        && ReferralNoShows == 0
        && ReferralsExpired == 0
        && ReferralsCancelled == 0
        && ReferralsOpen == 0
        && ReferralsAnswered == 0
        && Loans == 0
        && LoanDays == 0
        && LoansOverdue == 0;

    /// <summary>What an event counts for: its publication and, published and not cancelled, its residents.</summary>
    public static DailyTotals Of(EventActivity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var totals = new DailyTotals { Day = ParisCalendar.Day(row.StartsAt), Commune = row.Commune };
        if (!row.Published)
        {
            return totals;
        }

        totals.EventsPublished = 1;
        totals.EventsCancelled = row.Cancelled ? 1 : 0;
        if (row.Cancelled)
        {
            return totals;
        }

        totals.Registrations = row.ConfirmedSeats;
        if (row.AttendanceAsOf is not null)
        {
            totals.Attendance = row.Present + row.WalkIns;
            totals.EventNoShows = row.NoShows;
            totals.RecordedRegistered = row.Registered;
        }

        if (row.Capacity is { } capacity)
        {
            totals.SeatsAtLimitedEvents = row.ConfirmedSeats;
            totals.Capacity = capacity;
        }

        return totals;
    }

    /// <summary>What a referral counts for once its sending is known: every state it reached.</summary>
    public static DailyTotals Of(ReferralActivity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.SentAt is not { } sentAt)
        {
            return new DailyTotals();
        }

        return new DailyTotals
        {
            Day = ParisCalendar.Day(sentAt),
            Commune = row.Commune ?? "",
            ReferralsSent = 1,
            ReferralsAccepted = row.Accepted ? 1 : 0,
            ReferralsDeclined = row.Declined ? 1 : 0,
            ReferralsCompleted = row.Completed ? 1 : 0,
            ReferralNoShows = row.NoShow ? 1 : 0,
            ReferralsExpired = row.Expired ? 1 : 0,
            ReferralsCancelled = row.Cancelled ? 1 : 0,
            ReferralsOpen = row.Accepted || row.Declined || row.Cancelled || row.Expired ? 0 : 1,
            ReferralsAnswered = row.HoursToAnswer is null ? 0 : 1,
        };
    }

    /// <summary>What a reservation counts for once handed over: a loan, its days once returned, and whether it is
    /// overdue.</summary>
    public static DailyTotals Of(LoanActivity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.CheckedOut
            ? new DailyTotals
            {
                Day = ParisCalendar.Day(row.From),
                Commune = row.Commune,
                Loans = 1,
                LoanDays = row.Returned ? row.LoanDays : 0,
                LoansOverdue = row.IsOverdue ? 1 : 0,
            }
            : new DailyTotals();
    }

    /// <summary>Adds <paramref name="other"/>'s figures, times <paramref name="sign"/> (-1 takes them away).</summary>
    public void Add(DailyTotals other, int sign = 1)
    {
        ArgumentNullException.ThrowIfNull(other);
        EventsPublished += sign * other.EventsPublished;
        EventsCancelled += sign * other.EventsCancelled;
        Registrations += sign * other.Registrations;
        Attendance += sign * other.Attendance;
        EventNoShows += sign * other.EventNoShows;
        RecordedRegistered += sign * other.RecordedRegistered;
        SeatsAtLimitedEvents += sign * other.SeatsAtLimitedEvents;
        Capacity += sign * other.Capacity;
        ReferralsSent += sign * other.ReferralsSent;
        ReferralsAccepted += sign * other.ReferralsAccepted;
        ReferralsDeclined += sign * other.ReferralsDeclined;
        ReferralsCompleted += sign * other.ReferralsCompleted;
        ReferralNoShows += sign * other.ReferralNoShows;
        ReferralsExpired += sign * other.ReferralsExpired;
        ReferralsCancelled += sign * other.ReferralsCancelled;
        ReferralsOpen += sign * other.ReferralsOpen;
        ReferralsAnswered += sign * other.ReferralsAnswered;
        Loans += sign * other.Loans;
        LoanDays += sign * other.LoanDays;
        LoansOverdue += sign * other.LoansOverdue;
    }
}
