using System.Text.Json;
using Network.Portal.Api;
using Network.Portal.Formatting;

namespace Network.Portal.Tests.Referrals;

/// <summary>A referral's codes, steps and forms as staff and residents read them.</summary>
public sealed class ReferralWordsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null, "sent", null, "mediateur.moulins", "Orientation envoyée")]
    [InlineData("sent", "declined", "pas-de-place", "a", "Refusée. Motif : Nous n'avons pas de place pour l'instant")]
    [InlineData(
        "accepted",
        "accepted",
        "event-waitlisted",
        "system",
        "La personne est sur la liste d'attente de l'atelier"
    )]
    [InlineData("accepted", "completed", null, "system", "Terminée : la personne est venue à l'atelier")]
    [InlineData("accepted", "completed", null, "conseillere.grasse", "Terminée")]
    [InlineData("accepted", "no-show", "event-absent", "system", "La personne n'est pas venue à l'atelier")]
    [InlineData("sent", "cancelled", "consent-withdrawn", "a", "Annulée : la personne a retiré son accord")]
    [InlineData("sent", "expired", "answer-overdue", "system", "Expirée : la structure n'a pas répondu à temps")]
    [InlineData(
        "cancelled",
        "cancelled",
        "erased-request",
        "a",
        "Données personnelles effacées, à la demande de la personne"
    )]
    public void Each_step_of_the_history_reads_as_a_sentence(
        string? from,
        string to,
        string? reason,
        string by,
        string expected
    ) => Assert.Equal(expected, ReferralWords.Step(new ReferralHistoryEntry(Now, by, null, from, to, reason)));

    [Fact]
    public void The_author_of_a_step_is_named_with_the_structure_and_the_platform_is_nobody()
    {
        var byStaff = new ReferralHistoryEntry(Now, "conseillere.grasse", Guid.NewGuid(), "sent", "accepted", null);
        var bySystem = byStaff with { ByUserName = "system", ByPartnerId = null };

        Assert.Equal("conseillere.grasse (France Services)", ReferralWords.Author(byStaff, "France Services"));
        Assert.Null(ReferralWords.Author(bySystem, null));
    }

    [Fact]
    public void Every_status_has_a_word_for_the_address_and_one_for_people()
    {
        Assert.Equal(ReferralsClient.Statuses, ReferralWords.States.Select(state => state.Code));
        Assert.Equal("sent", ReferralWords.StateOfSlug("en-attente")?.Code);
        Assert.Null(ReferralWords.StateOfSlug("n-importe-quoi"));
    }

    [Fact]
    public void The_form_names_what_is_missing_with_the_API_s_fields_before_the_confirmation()
    {
        var form = new ReferralForm
        {
            FirstName = "Awa",
            BirthYear = "mille neuf cent",
            ConsentDate = "2026-12-01",
        };

        Assert.Equal(
            ["needs", "resident.lastName", "resident.commune", "resident.birthYear", "consent.method"],
            form.Check().Select(error => error.Field)
        );
    }

    [Fact]
    public void The_form_sends_the_ticked_needs_and_the_day_of_the_agreement_at_its_start_in_Paris()
    {
        var form = new ReferralForm
        {
            Needs = new() { ["ants"] = true, ["sante"] = false },
            FirstName = " Awa ",
            LastName = "Diallo",
            Commune = "Nice",
            BirthYear = "1958",
            ConsentMethod = "written",
            ConsentDate = "2026-07-14",
            EventId = "",
        };

        var body = JsonSerializer.SerializeToElement(form.ToBody(Guid.Empty), PortalApi.Json);

        Assert.Empty(form.Check());
        Assert.Equal(["ants"], body.GetProperty("needs").EnumerateArray().Select(need => need.GetString()));
        Assert.Equal("Awa", body.GetProperty("resident").GetProperty("firstName").GetString());
        Assert.Equal(1958, body.GetProperty("resident").GetProperty("birthYear").GetInt32());
        Assert.Equal(
            new DateTimeOffset(2026, 7, 13, 22, 0, 0, TimeSpan.Zero),
            body.GetProperty("consent").GetProperty("obtainedAt").GetDateTimeOffset()
        );
        Assert.Equal(JsonValueKind.Null, body.GetProperty("eventId").ValueKind);
    }

    [Theory]
    [InlineData("2026-12-09", "14:30", true)]
    [InlineData("", "", true)]
    [InlineData("2026-12-09", "", false)]
    [InlineData("", "14:30", false)]
    [InlineData("9 décembre", "14:30", false)]
    public void An_appointment_has_a_day_and_a_time_or_neither(string day, string time, bool valid) =>
        Assert.Equal(
            valid,
            new ReferralStepForm { AppointmentDay = day, AppointmentTime = time }
                .CheckAppointment()
                .Count == 0
        );

    [Fact]
    public void The_resident_brings_what_every_visit_needs_then_what_each_need_asks_for()
    {
        var list = WhatToBring.For(["demarches-caf", "initiation-numerique", "demarches-caf"]);

        Assert.Equal("Cette fiche", list[0]);
        Assert.Single(list, item => item == "Votre numéro d'allocataire CAF");
    }

    [Fact]
    public void A_day_inside_a_sentence_reads_today_or_with_its_article()
    {
        Assert.Equal("aujourd'hui", French.OnDayOf(Now, Now));
        Assert.Equal("le vendredi 4 décembre", French.OnDayOf(Now.AddDays(-2), Now));
        Assert.Equal("vendredi 4 décembre à 11 h 05", French.DayAndHour(Now.AddDays(-2).AddMinutes(65), Now));
    }
}
