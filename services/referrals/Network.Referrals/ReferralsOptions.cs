namespace Network.Referrals;

/// <summary>The <c>Referrals</c> configuration section: the service's timers, in days.</summary>
public sealed class ReferralsOptions
{
    public const string SectionName = "Referrals";

    /// <summary>An unanswered referral is reminded to its receiver this often.</summary>
    public int RemindEveryDays { get; set; } = 7;

    /// <summary>A referral not answered within this many days expires.</summary>
    public int AnswerWithinDays { get; set; } = 30;

    /// <summary>The receiver of a referral still unanswered is warned this many days before it expires.</summary>
    public int WarnBeforeExpiryDays { get; set; } = 3;

    /// <summary>The personal data of a referral closed longer ago than this is erased.</summary>
    public int RetentionDays { get; set; } = 365;

    /// <summary>
    /// An open referral (sent or accepted) nobody touched for this many days (no step, no comment, no appointment
    /// since) is cancelled and its personal data erased: an abandoned referral keeps nobody's data for ever.
    /// </summary>
    public int InactiveDays { get; set; } = 180;

    /// <summary>How often the timers look for work.</summary>
    public TimeSpan TimerInterval { get; set; } = TimeSpan.FromHours(1);
}
