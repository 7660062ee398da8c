using Network.Events.Api;
using Network.Events.Persistence;
using Network.ServiceDefaults.Validation;
using Network.Testing;
using Network.Testing.Hosting;

namespace Network.Events.Tests;

/// <summary>A name is a name: it carries nothing else into the e-mails that greet the person with it; checked as the
/// service checks a request.</summary>
public sealed class RegistrationBodyTests(TestInfrastructure infrastructure)
    : ServiceTest<EventsDbContext>(infrastructure, "eventsdb")
{
    [Theory]
    [InlineData("Marie-Hélène", "N'Diaye")]
    [InlineData("J.-P.", "O’Brien")]
    [InlineData("Nguyễn Thị", "Lê")]
    [InlineData("Zoë", null)]
    [InlineData("  Awa ", "   ")]
    public async Task Names_in_any_script_with_apostrophes_hyphens_and_dots_are_names(
        string firstName,
        string? lastName
    )
    {
        var body = new RegistrationBody(firstName, lastName);
        var errors = await Service.Services.ValidateAsync(body);

        Assert.True(errors.Count == 0, string.Join(", ", errors.Keys));
        var request = body.ToRequest(byStaff: false);
        Assert.Equal(
            (firstName.Trim(), string.IsNullOrWhiteSpace(lastName) ? null : lastName),
            (request.FirstName, request.LastName)
        );
    }

    [Theory]
    [InlineData("<b>Awa</b>", null, "firstName")]
    [InlineData("Awa\u0007", null, "firstName")]
    [InlineData("Awa\u202e", null, "firstName")]
    [InlineData("Awa https://gagnez.example/lot", null, "firstName")]
    [InlineData("www.gagnez.fr", null, "firstName")]
    [InlineData("gagnez.com", null, "firstName")]
    [InlineData("Awa 2", null, "firstName")]
    [InlineData("...", null, "firstName")]
    [InlineData("Awa", "Diallo\nAppelez le 0899", "lastName")]
    [InlineData("Awa", "<script>", "lastName")]
    [InlineData("Awa", "Diallo (voir www.gagnez.fr)", "lastName")]
    public async Task Anything_but_a_name_is_refused_naming_the_field(string firstName, string? lastName, string field)
    {
        var errors = await Service.Services.ValidateAsync(new RegistrationBody(firstName, lastName));

        Assert.Equal([field], errors.Keys);
    }

    [Fact]
    public async Task The_public_takes_at_most_the_seats_it_is_allowed_and_staff_up_to_ten()
    {
        Assert.Equal(
            ["seats"],
            new RegistrationBody("Awa", Seats: 5).CheckPublicSeats(maxSeats: 4).ToDictionary().Keys
        );
        Assert.True(new RegistrationBody("Awa", Seats: 4).CheckPublicSeats(maxSeats: 4).IsEmpty);
        Assert.Empty(await Service.Services.ValidateAsync(new RegistrationBody("Awa", Seats: 10)));
    }

    [Theory]
    [InlineData("06 11 22 33 44\n", "phone")]
    [InlineData("06 11 22 33 44\r\nX", "phone")]
    public async Task A_contact_on_two_lines_is_refused_naming_the_field(string phone, string field)
    {
        var errors = await Service.Services.ValidateAsync(new RegistrationBody("Awa", Phone: phone));

        Assert.Equal([field], errors.Keys);
    }
}
