using Network.Events.Api;

namespace Network.Events.Tests;

/// <summary>A name is a name: it carries nothing else into the e-mails that greet the person with it.</summary>
public sealed class RegistrationBodyTests
{
    [Theory]
    [InlineData("Marie-Hélène", "N'Diaye")]
    [InlineData("J.-P.", "O’Brien")]
    [InlineData("Nguyễn Thị", "Lê")]
    [InlineData("Zoë", null)]
    [InlineData("  Awa ", "   ")]
    public void Names_in_any_script_with_apostrophes_hyphens_and_dots_are_names(string firstName, string? lastName)
    {
        var (request, errors) = new RegistrationBody(firstName, lastName).Validate(byStaff: false);

        Assert.True(errors.IsEmpty, string.Join(", ", errors.ToDictionary().Keys));
        Assert.Equal(
            (firstName.Trim(), string.IsNullOrWhiteSpace(lastName) ? null : lastName),
            (request!.FirstName, request.LastName)
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
    public void Anything_but_a_name_is_refused_naming_the_field(string firstName, string? lastName, string field)
    {
        var (request, errors) = new RegistrationBody(firstName, lastName).Validate(byStaff: true);

        Assert.Null(request);
        Assert.Equal([field], errors.ToDictionary().Keys);
    }

    [Fact]
    public void The_public_takes_at_most_the_seats_it_is_allowed_and_staff_up_to_ten()
    {
        Assert.Equal(
            ["seats"],
            new RegistrationBody("Awa", Seats: 5).Validate(byStaff: false, maxSeats: 4).Errors.ToDictionary().Keys
        );
        Assert.NotNull(new RegistrationBody("Awa", Seats: 4).Validate(byStaff: false, maxSeats: 4).Request);
        Assert.NotNull(new RegistrationBody("Awa", Seats: 10).Validate(byStaff: true).Request);
    }

    [Theory]
    [InlineData("06 11 22 33 44\n", "phone")]
    [InlineData("06 11 22 33 44\r\nX", "phone")]
    public void A_contact_on_two_lines_is_refused_naming_the_field(string phone, string field)
    {
        var (request, errors) = new RegistrationBody("Awa", Phone: phone).Validate(byStaff: true);

        Assert.Null(request);
        Assert.Equal([field], errors.ToDictionary().Keys);
    }
}
