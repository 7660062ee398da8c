using System.Net;
using Microsoft.EntityFrameworkCore;
using Network.Referrals.Persistence;
using Network.ServiceDefaults.Notices;
using Network.Testing;

namespace Network.Referrals.Tests;

/// <summary>
/// A structure whose contact address the mail server refuses learns it from the platform: the message fails at once (a
/// refused mailbox is not tried again) and is listed for that structure's staff, and for nobody else.
/// </summary>
public sealed class UndeliveredNoticesTests(TestInfrastructure infrastructure) : ReferralsTest(infrastructure)
{
    private const string Path = "/api/referrals/notices/undelivered";
    private const string ReceiverMail = "ancienne-adresse@mediatheque.example.org";

    protected override bool SendsMail => true;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Inbox.Refuse(ReceiverMail);
        await GiveContactEmailsAsync<ReferralsDbContext>(
            (Sender, "Centre social Les Moulins", "Nice", "contact@moulins.example.org"),
            (Receiver, "Médiathèque Louis Nucéra", "Cagnes-sur-Mer", ReceiverMail)
        );
    }

    [Fact]
    public async Task A_message_the_receiver_s_server_refuses_is_listed_for_the_receiver_s_staff_only()
    {
        var referral = await SendAsync();

        await Eventually.AssertAsync(
            async () => (await GetJsonAsync(StaffOf(Receiver), Path)).GetProperty("total").GetInt32() == 1,
            "the refused message is listed for the receiver"
        );
        var page = await GetJsonAsync(StaffOf(Receiver), Path);
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("referral-received", item.GetProperty("kind").GetString());
        Assert.Equal(referral, item.GetProperty("subjectId").GetGuid());
        Assert.Equal(1, item.GetProperty("attempts").GetInt32());
        Assert.True(item.GetProperty("createdAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
        var notice = await Service.WithScopeAsync<ReferralsDbContext, Notice>(db =>
            db.Notices.SingleAsync(n => n.SubjectId == referral)
        );
        Assert.Equal((NoticeOutcome.Failed, 1), (notice.Outcome, notice.Attempts));
        Assert.Empty(Inbox.Messages);

        Assert.Equal(0, (await GetJsonAsync(StaffOf(Sender), Path)).GetProperty("total").GetInt32());
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await Coordinator().GetAsync(new Uri(Path, UriKind.Relative))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Unauthorized,
            (await Anonymous().GetAsync(new Uri(Path, UriKind.Relative))).StatusCode
        );
        var badPage = await StaffOf(Receiver).GetAsync(new Uri($"{Path}?pageSize=0", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        Assert.Contains("pageSize", await badPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
