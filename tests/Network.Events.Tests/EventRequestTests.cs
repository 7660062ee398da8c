using Network.Events.Api;
using Network.Events.Persistence;
using Network.ServiceDefaults.Problems;
using Network.ServiceDefaults.Validation;
using Network.Testing;
using Network.Testing.Hosting;

namespace Network.Events.Tests;

/// <summary>What the calendar feed and the e-mails show on one line is typed on one line: checked as the service checks
/// a request.</summary>
public sealed class EventRequestTests(TestInfrastructure infrastructure)
    : ServiceTest<EventsDbContext>(infrastructure, "eventsdb")
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task One_line_fields_refuse_line_breaks_and_the_description_keeps_them()
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

        var fields = await Service.Services.ValidateAsync(request);

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
    public async Task A_cancellation_reason_holds_one_line(string reason, bool valid)
    {
        var errors = await Service.Services.ValidateAsync(new CancelEventRequest(reason));

        Assert.Equal(valid ? [] : ["reason"], errors.Keys);
    }
}
