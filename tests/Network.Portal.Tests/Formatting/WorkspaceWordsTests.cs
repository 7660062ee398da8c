using Network.Portal.Api;
using Network.Portal.Formatting;

namespace Network.Portal.Tests.Formatting;

/// <summary>How the workspace says who is told, where a workshop stands and when it happens on paper.</summary>
public sealed class WorkspaceWordsTests
{
    [Fact]
    public void A_confirmation_counts_who_is_told_by_e_mail_who_to_call_and_who_was_referred()
    {
        Attendee[] attendees =
        [
            Attendee("Awa", email: "awa@example.org"),
            Attendee("Louis", phone: "0612345678"),
            Attendee("Nadia", phone: "0698765432"),
            Attendee("Marcel", referral: Guid.NewGuid()),
            Attendee("Paul", email: "paul@example.org", status: "cancelled"),
        ];

        Assert.Equal(
            [
                "4 personnes sont inscrites.",
                "1 sera prévenue par e-mail.",
                "2 n'ont pas laissé d'e-mail : appelez-les (voir la liste d'appel).",
                "1 a été orientée par une autre structure, qui sera prévenue.",
            ],
            WhoIsTold.Sentences(attendees)
        );
        Assert.Equal(
            ["Personne n'est inscrit : personne n'a besoin d'être prévenu."],
            WhoIsTold.Sentences([attendees[^1]])
        );
    }

    [Fact]
    public void The_staff_read_where_a_workshop_stands_and_its_seats()
    {
        var now = FrenchWordsTests.Workshop().StartsAt.AddDays(-3);
        var workshop = FrenchWordsTests.Workshop() with { Capacity = 20, SeatsTaken = 12, WaitlistLength = 2 };

        Assert.Equal("Brouillon", WorkshopStatus.Of(workshop with { Status = "draft" }, now).Text);
        Assert.Equal("Publié", WorkshopStatus.Of(workshop, now).Text);
        Assert.Equal("En cours", WorkshopStatus.Of(workshop, workshop.StartsAt.AddMinutes(5)).Text);
        Assert.Equal("Terminé", WorkshopStatus.Of(workshop, workshop.EndsAt.AddMinutes(5)).Text);
        Assert.Equal("12 places réservées sur 20, 2 en liste d'attente", WorkshopStatus.Seats(workshop));
        Assert.Equal(
            "1 place réservée (sans limite)",
            WorkshopStatus.Seats(workshop with { Capacity = null, SeatsTaken = 1, WaitlistLength = 0 })
        );
    }

    [Fact]
    public void On_paper_a_date_is_written_in_full_with_its_year()
    {
        var workshop = FrenchWordsTests.Workshop() with
        {
            StartsAt = new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero),
            EndsAt = new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero),
        };

        Assert.Equal("dimanche 6 décembre 2026, 9 h – 10 h", WorkshopTime.OnPaper(workshop));
    }

    private static Attendee Attendee(
        string firstName,
        string? email = null,
        string? phone = null,
        Guid? referral = null,
        string status = "confirmed"
    ) =>
        new(
            Guid.NewGuid(),
            firstName,
            null,
            email,
            phone,
            1,
            status,
            null,
            true,
            DateTimeOffset.UtcNow,
            0,
            referral,
            null
        );
}
