using Network.Contracts.Partners;
using Network.ServiceDefaults.Notices;
using Network.ServiceDefaults.Replicas;

namespace Network.ServiceDefaults.Tests.Unit;

public sealed class NoticeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_failed_attempt_waits_twice_as_long_each_time_up_to_an_hour_then_the_notice_fails()
    {
        var notice = Notice.Create("RegistrationConfirmed", Guid.NewGuid(), Now);
        var waits = new List<TimeSpan>();
        var at = Now;
        while (notice.AttemptFailed(at, TimeSpan.FromMinutes(1), maxAttempts: 9))
        {
            waits.Add(notice.NextAttemptAt - at);
            at = notice.NextAttemptAt;
        }

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60], waits.Select(w => w.TotalMinutes));
        Assert.Equal((NoticeOutcome.Failed, 9), (notice.Outcome, notice.Attempts));
    }

    [Fact]
    public void A_notice_sent_or_given_up_is_no_longer_claimed()
    {
        var sent = Notice.Create("LoanApproved", Guid.NewGuid(), Now, recipientId: Guid.NewGuid());
        sent.Sent(Now.AddSeconds(3));
        var refused = Notice.Create("LoanApproved", Guid.NewGuid(), Now);
        refused.Undeliverable();

        Assert.Equal(
            (NoticeOutcome.Sent, 1, (DateTimeOffset?)Now.AddSeconds(3)),
            (sent.Outcome, sent.Attempts, sent.SentAt)
        );
        Assert.Equal((NoticeOutcome.Failed, 1), (refused.Outcome, refused.Attempts));
        Assert.Null(refused.ClaimedUntil);
    }

    [Fact]
    public void The_html_part_says_what_the_text_says_escaped_and_the_subject_holds_one_line()
    {
        var content = new NoticeContent(
            "Atelier <b>\r\nBcc: x@y.fr",
            ["Bonjour Awa,", "Lieu : Salle « A & B »\nEntrée côté parc."]
        )
        {
            Links = [new("Voir l'atelier", new Uri("https://portail.example.org/ateliers/1?a=1&b=2"))],
        };

        Assert.Equal("Atelier <b>  Bcc: x@y.fr", content.OneLineSubject);
        Assert.Equal(
            "Bonjour Awa,\n\nLieu : Salle « A & B »\nEntrée côté parc.\n\n"
                + "Voir l'atelier : https://portail.example.org/ateliers/1?a=1&b=2\n",
            content.Text
        );
        Assert.Contains(
            "<p>Lieu : Salle « A &amp; B »<br>Entrée côté parc.</p>",
            content.Html,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "<a href=\"https://portail.example.org/ateliers/1?a=1&amp;b=2\">Voir l&#x27;atelier</a>",
            content.Html,
            StringComparison.Ordinal
        );
        Assert.Contains("<title>Atelier &lt;b&gt;  Bcc: x@y.fr</title>", content.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void French_dates_are_at_the_network_s_local_time()
    {
        Assert.Equal("le mardi 1 décembre 2026", NoticeWords.Day(Now));
        Assert.Equal("le mardi 1 décembre 2026 à 10 h 00", NoticeWords.DayAndTime(Now));
        Assert.Equal("Centre social Les Moulins (Nice)", NoticeWords.Structure("Centre social Les Moulins", "Nice"));
    }

    [Fact]
    public void The_replica_keeps_the_structure_s_contact_email_from_the_snapshot()
    {
        var id = Guid.NewGuid();
        var replica = PartnerReplica.Create(id);
        replica.Apply(
            new PartnerApproved(
                new PartnerSnapshot(
                    id,
                    "B",
                    "association",
                    "active",
                    "06000",
                    "Nice",
                    null,
                    null,
                    null,
                    "b@example.org"
                ),
                Now
            )
        );

        Assert.Equal("b@example.org", replica.ContactEmail);
    }
}
