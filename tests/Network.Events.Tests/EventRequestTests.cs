using Network.Events.Api;
using Network.ServiceDefaults.Problems;

namespace Network.Events.Tests;

/// <summary>What the calendar feed and the e-mails show on one line is typed on one line.</summary>
public sealed class EventRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void One_line_fields_refuse_line_breaks_and_the_description_keeps_them()
    {
        var request = new EventRequest(
            Title: "Café IA\r\nUID:un-autre-evenement",
            Description: "Un débat ouvert à tous.\nSans prérequis.",
            Category: Network.Events.Domain.EventCategory.CafeIa,
            StartsAt: Now.AddDays(1),
            EndsAt: Now.AddDays(1).AddHours(2),
            Location: new LocationRequest(
                Name: "Centre social\tLes Moulins",
                PostalCode: "06200\n",
                Commune: "Nice",
                Url: "https://example.org/\r\nX"
            )
        );

        var (occurrences, errors) = request.Validate(Now);

        Assert.Null(occurrences);
        var fields = errors.ToDictionary();
        Assert.Equal(
            ["location.name", "location.postalCode", "location.url", "title"],
            fields.Keys.Order(StringComparer.Ordinal)
        );
        Assert.Contains(ValidationErrors.SingleLineMessage, fields["title"]);
    }

    [Theory]
    [InlineData("Intervenant absent\nBcc: tous@example.org", false)]
    [InlineData("Intervenant\u0000absent", false)]
    [InlineData("  Intervenant absent ", true)]
    public void A_cancellation_reason_holds_one_line(string reason, bool valid)
    {
        var (validated, errors) = new CancelEventRequest(reason).Validate();

        Assert.Equal(valid, errors.IsEmpty);
        Assert.Equal(valid ? reason.Trim() : null, validated);
        Assert.Equal(valid ? [] : ["reason"], errors.ToDictionary().Keys);
    }
}
