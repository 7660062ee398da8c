using Network.Referrals.Domain;

namespace Network.Referrals.Tests.Unit;

/// <summary>The referral's rules, without HTTP or database.</summary>
public sealed class ReferralRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Staff = new("user-1", "mediatrice", Guid.NewGuid());

    [Fact]
    public void Only_the_steps_of_the_contract_are_allowed()
    {
        var allowed = new HashSet<(ReferralStatus, ReferralStatus)>
        {
            (ReferralStatus.Sent, ReferralStatus.Accepted),
            (ReferralStatus.Sent, ReferralStatus.Declined),
            (ReferralStatus.Sent, ReferralStatus.Cancelled),
            (ReferralStatus.Sent, ReferralStatus.Expired),
            (ReferralStatus.Accepted, ReferralStatus.Completed),
            (ReferralStatus.Accepted, ReferralStatus.NoShow),
            (ReferralStatus.Accepted, ReferralStatus.Cancelled),
        };
        foreach (var from in Enum.GetValues<ReferralStatus>())
        {
            foreach (var to in Enum.GetValues<ReferralStatus>())
            {
                Assert.Equal(allowed.Contains((from, to)), ReferralTransitions.IsAllowed(from, to));
            }
        }
    }

    [Fact]
    public void An_illegal_step_changes_nothing_and_a_legal_one_is_recorded_from_and_to()
    {
        var referral = Sent();

        Assert.Null(referral.Complete(Staff, "fait", Now));
        Assert.Equal(ReferralStatus.Sent, referral.Status);

        var accepted = referral.Accept(Staff, Now.AddDays(2), null, Now.AddHours(5));
        Assert.NotNull(accepted);
        Assert.Equal(
            (ReferralStatus.Sent, ReferralStatus.Accepted, "user-1"),
            (accepted.From!.Value, accepted.To, accepted.ByUserId)
        );
        Assert.Null(referral.Decline(Staff, DeclineReason.PasDePlace, null, Now));
        Assert.NotNull(referral.MarkNoShow(Staff, null, Now.AddDays(3)));
        Assert.Equal(Now.AddDays(3), referral.ClosedAt);
        Assert.Null(referral.Cancel(Staff, "trop tard", "by-sender", Now.AddDays(4)));
    }

    [Fact]
    public void Erasure_wipes_the_personal_data_and_free_text_and_keeps_the_anonymous_record()
    {
        var referral = Sent();
        referral.Accept(Staff, null, "Appeler sa fille", Now);
        referral.Complete(Staff, "Dossier déposé", Now.AddDays(1));

        Assert.True(referral.Erase(Now.AddDays(2)));
        Assert.False(referral.Erase(Now.AddDays(3)));

        Assert.Equal(
            ((string?)null, (string?)null, (string?)null, (string?)null, (int?)null),
            (
                referral.Resident.FirstName,
                referral.Resident.LastName,
                referral.Resident.Phone,
                referral.Resident.Email,
                referral.Resident.BirthYear
            )
        );
        Assert.Equal(
            ((string?)null, (string?)null, (string?)null),
            (referral.Note, referral.AcceptanceNote, referral.Outcome)
        );
        Assert.Equal("Nice", referral.Resident.Commune);
        Assert.Equal(["sante"], referral.Needs);
        Assert.Equal(ReferralStatus.Completed, referral.Status);
    }

    [Fact]
    public void Withdrawing_consent_cancels_an_open_referral_only()
    {
        var open = Sent();
        var cancelled = open.WithdrawConsent(Staff, Now);
        Assert.Equal((ReferralStatus.Cancelled, "consent-withdrawn"), (cancelled!.To, cancelled.Reason));
        Assert.Equal(Now, open.Consent.WithdrawnAt);

        var declined = Sent();
        declined.Decline(Staff, DeclineReason.HorsPerimetre, null, Now);
        Assert.Null(declined.WithdrawConsent(Staff, Now));
        Assert.Equal(ReferralStatus.Declined, declined.Status);
    }

    [Fact]
    public void Lists_show_the_initial_of_the_last_name() => Assert.Equal("K.", Sent().Resident.LastNameInitial);

    private static Referral Sent()
    {
        var details = new ReferralDetails(
            Guid.NewGuid(),
            Domain.Resident.Create("Yasmina", "kerbouche", null, null, 1947, "Nice"),
            ["sante"],
            "Malentendante",
            Urgency.Normal,
            new Consent(ConsentMethod.Oral, Now),
            null
        );
        return Referral.Send(Guid.NewGuid(), details, Staff, Now).Referral;
    }
}
