using Network.Referrals.Api;
using Network.Referrals.Domain;

namespace Network.Referrals.Tests.Unit;

/// <summary>A resident's names, contacts and commune hold one line; a note may hold several, and nothing else that is
/// not text.</summary>
public sealed class TextFieldsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void One_line_fields_refuse_line_breaks_and_a_note_keeps_them_but_no_other_control_character()
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

        var (details, errors) = request.Validate(Now);

        Assert.Null(details);
        Assert.Equal(
            ["note", "resident.commune", "resident.firstName", "resident.phone"],
            errors.ToDictionary().Keys.Order(StringComparer.Ordinal)
        );
    }

    [Fact]
    public void A_note_on_several_lines_is_a_note()
    {
        var request = new ReferralRequest(
            ToPartnerId: Guid.NewGuid(),
            Resident: new ResidentRequest(FirstName: "Awa", LastName: "Diallo", Commune: "Nice"),
            Needs: ["smartphone"],
            Note: "Première ligne\r\nseconde ligne",
            Consent: new ConsentRequest(ConsentMethod.Oral, Now.AddMinutes(-5))
        );

        Assert.True(request.Validate(Now).Errors.IsEmpty);
    }
}
