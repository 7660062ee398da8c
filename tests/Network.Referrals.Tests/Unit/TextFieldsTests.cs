using Network.Referrals.Api;
using Network.Referrals.Domain;
using Network.Referrals.Persistence;
using Network.ServiceDefaults.Validation;
using Network.Testing;
using Network.Testing.Hosting;

namespace Network.Referrals.Tests.Unit;

/// <summary>
/// A resident's names, contacts and commune hold one line; a note may hold several, and nothing else that is not text:
/// checked as the service checks a request.
/// </summary>
public sealed class TextFieldsTests(TestInfrastructure infrastructure)
    : ServiceTest<ReferralsDbContext>(infrastructure, "referralsdb")
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task One_line_fields_refuse_line_breaks_and_a_note_keeps_them_but_no_other_control_character()
    {
        var request = new ReferralRequest(
            ToPartnerId: Guid.NewGuid(),
            Resident: new ResidentRequest(
                FirstName: "Awa\r\nDiallo",
                LastName: "Diallo",
                Phone: "06 11 22 33 44\n",
                Commune: "Nice\t"
            ),
            Needs: ["smartphone"],
            Note: "Première ligne\nseconde ligne\u0007",
            Consent: new ConsentRequest(ConsentMethod.Oral, Now.AddMinutes(-5))
        );

        var errors = await Service.Services.ValidateAsync(request);

        Assert.Equal(
            ["note", "resident.commune", "resident.firstName", "resident.phone"],
            errors.Keys.Order(StringComparer.Ordinal)
        );
    }

    [Fact]
    public async Task A_note_on_several_lines_is_a_note()
    {
        var request = new ReferralRequest(
            ToPartnerId: Guid.NewGuid(),
            Resident: new ResidentRequest(FirstName: "Awa", LastName: "Diallo", Commune: "Nice"),
            Needs: ["smartphone"],
            Note: "Première ligne\r\nseconde ligne",
            Consent: new ConsentRequest(ConsentMethod.Oral, Now.AddMinutes(-5))
        );

        Assert.Empty(await Service.Services.ValidateAsync(request));
    }
}
