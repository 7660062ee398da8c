using Network.Portal.Api;
using Network.Portal.Forms;
using Network.Portal.Tests.Formatting;

namespace Network.Portal.Tests.Forms;

/// <summary>The workshop's form, read as the API takes it: times in the workshop's zone, blanks as nothing, mistakes
/// named.</summary>
public sealed class WorkshopFormTests
{
    [Fact]
    public void Times_are_read_in_the_workshop_s_time_zone_and_a_weekly_series_ends_after_its_count()
    {
        var form = new WorkshopForm
        {
            Title = " Café numérique ",
            Category = "atelier-numerique",
            Date = "2027-07-06",
            StartTime = "14:00",
            EndTime = "16h30",
            PlaceName = "Médiathèque",
            PostalCode = "06000",
            Commune = "Nice",
            Latitude = "43,7",
            Capacity = "",
            Repeat = "weekly",
            Weekdays = new() { ["tuesday"] = true, ["friday"] = false },
            Count = "10",
            Accessibility = new() { ["wheelchair"] = true, ["signLanguage"] = false },
        };

        var request = form.ToRequest(asSeries: true);

        Assert.Empty(request.Errors);
        Assert.Equal(new DateTimeOffset(2027, 7, 6, 14, 0, 0, TimeSpan.FromHours(2)), request.Body.StartsAt);
        Assert.Equal(new DateTimeOffset(2027, 7, 6, 16, 30, 0, TimeSpan.FromHours(2)), request.Body.EndsAt);
        Assert.Equal(
            ("Café numérique", null, 43.7),
            (request.Body.Title, request.Body.Capacity, request.Body.Location.Latitude)
        );
        var recurrence = request.Body.Recurrence!;
        Assert.Equal(
            ("weekly", null, null, 10),
            (recurrence.Frequency, recurrence.Interval, recurrence.Until, recurrence.Count)
        );
        Assert.Equal(["tuesday"], recurrence.Weekdays!);
        Assert.Equal(["wheelchair"], request.Body.Accessibility.Keys);
    }

    [Fact]
    public void What_cannot_be_read_is_named_by_the_API_s_field_and_said_in_French()
    {
        var form = new WorkshopForm
        {
            Date = "le 6 juillet",
            StartTime = "",
            EndTime = "16:00",
            Capacity = "douze",
            Longitude = "est",
            Repeat = "daily",
            SeriesEnd = "until",
        };

        var request = form.ToRequest(asSeries: true);
        var errors = request.Errors;

        Assert.Equal(
            ["date", "startTime", "capacity", "location.longitude", "recurrence.until"],
            errors.Select(error => error.Field)
        );
        Assert.Equal("Une date s'écrit jj/mm/aaaa, par exemple 09/12/2025.", errors[0].Message);
        Assert.Equal("Indiquez l'heure de début.", errors[1].Message);
        Assert.Null(request.ToSend.StartsAt);
    }

    [Fact]
    public void An_existing_workshop_fills_the_form_in_its_own_zone_and_keeps_its_version()
    {
        var workshop = FrenchWordsTests.Workshop() with
        {
            StartsAt = new DateTimeOffset(2027, 1, 5, 13, 0, 0, TimeSpan.Zero),
            EndsAt = new DateTimeOffset(2027, 1, 5, 15, 0, 0, TimeSpan.Zero),
            Accessibility = new WorkshopAccessibility(false, true, false, false, true, false),
        };

        var form = WorkshopForm.From(workshop, "\"4\"");

        Assert.Equal(
            ("2027-01-05", "14:00", null, "16:00", "\"4\""),
            (form.Date, form.StartTime, form.EndDate, form.EndTime, form.Version)
        );
        Assert.Equal(["hearingLoop", "easyToRead"], Checkboxes.Ticked(form.Accessibility));
        Assert.False(form.ToRequest(asSeries: false).TimeDiffersFrom(workshop));
    }

    [Fact]
    public void The_API_s_words_for_its_codes_are_replaced_and_each_error_goes_beside_its_field()
    {
        var problem = new ApiProblem(
            400,
            null,
            null,
            new Dictionary<string, string[]>
            {
                ["recurrence"] = ["Donnez soit until (une date de fin), soit count (un nombre de séances)."],
                ["location.postalCode"] = ["Le code postal est fait de 5 chiffres."],
            }
        );

        var errors = WorkshopErrors.Of(problem, []);

        Assert.Equal(
            ["Indiquez jusqu'à quand l'atelier se répète : le nombre de séances ou la date de la dernière."],
            errors.For("repetition")
        );
        Assert.Equal(["Le code postal est fait de 5 chiffres."], errors.For("lieu-code-postal"));
    }
}
