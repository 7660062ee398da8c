using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Equipment.Persistence;
using Network.Testing;

namespace Network.Equipment.Tests;

/// <summary>
/// An owner whose contact address the mail server refuses finds, in the equipment service, the loan request it was not
/// told of; the borrower, whose messages arrive, finds nothing there.
/// </summary>
public sealed class UndeliveredNoticesTests(TestInfrastructure infrastructure) : PoolTest(infrastructure)
{
    private const string Path = "/api/equipment/notices/undelivered";
    private const string OwnerMail = "pret@remparts.example.org";

    protected override bool SendsMail => true;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Inbox.Refuse(OwnerMail);
        await GiveContactEmailsAsync<EquipmentDbContext>(
            (Owner, "Médiathèque des Remparts", "Antibes", OwnerMail),
            (Borrower, "Centre social Les Moulins", "Nice", "contact@moulins.example.org")
        );
    }

    [Fact]
    public async Task The_owner_finds_the_request_its_server_refused_and_the_borrower_finds_nothing()
    {
        var loan = await ReservedAsync(await RegisterItemAsync(), Borrower, 1, 48);

        using var owner = StaffOf(Owner);
        await Eventually.AssertAsync(
            async () => (await owner.GetFromJsonAsync<JsonElement>(Path)).GetProperty("total").GetInt32() == 1,
            "the refused request is listed for the owner"
        );
        var item = Assert.Single(
            (await owner.GetFromJsonAsync<JsonElement>(Path)).GetProperty("items").EnumerateArray()
        );
        Assert.Equal("loan-requested", item.GetProperty("kind").GetString());
        Assert.Equal(loan, item.GetProperty("subjectId").GetGuid());
        Assert.Equal(1, item.GetProperty("attempts").GetInt32());

        using var borrower = StaffOf(Borrower);
        Assert.Equal(0, (await borrower.GetFromJsonAsync<JsonElement>(Path)).GetProperty("total").GetInt32());
        Assert.Equal(
            HttpStatusCode.Unauthorized,
            (await Anonymous().GetAsync(new Uri(Path, UriKind.Relative))).StatusCode
        );
    }
}
