using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Network.Referrals.Persistence;
using Network.Testing;

namespace Network.Referrals.Tests;

/// <summary>
/// Structures hear of their referrals at the contact e-mail of their profile, through a real SMTP server: the receiver
/// of a new referral, of an unanswered one every few days and of one about to expire; the sender of the answer. No
/// message holds anything of the resident: a link to the portal instead.
/// </summary>
public sealed class ReferralNoticesTests(TestInfrastructure infrastructure) : ReferralsTest(infrastructure)
{
    private const string Portal = "https://portail.example.org/";
    private const string SenderMail = "contact@moulins.example.org";
    private const string ReceiverMail = "accueil@mediatheque.example.org";

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    protected override bool SendsMail => true;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await GiveContactEmailsAsync<ReferralsDbContext>(
            (Sender, "Centre social Les Moulins", "Nice", SenderMail),
            (Receiver, "Médiathèque Louis Nucéra", "Cagnes-sur-Mer", ReceiverMail)
        );
    }

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Notices:PortalUrl"] = Portal;
        settings["Notices:PollInterval"] = "00:00:01";
        settings["Referrals:RemindEveryDays"] = "5";
        settings["Referrals:AnswerWithinDays"] = "12";
        settings["Referrals:WarnBeforeExpiryDays"] = "3";
        settings["Referrals:TimerInterval"] = "00:00:10";
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public async Task Receiver_and_sender_hear_of_each_step_and_no_message_holds_the_resident()
    {
        var accepted = await SendAsync();
        var received = await MailAsync(ReceiverMail, "Nouvelle orientation de Centre social Les Moulins (Nice)");
        Assert.Contains(
            "Centre social Les Moulins (Nice) vous a orienté une personne le ",
            received.TextBody,
            StringComparison.Ordinal
        );
        Assert.Contains($"{Portal}espace/orientations/{accepted}", received.TextBody, StringComparison.Ordinal);
        Assert.Contains(
            $"href=\"{Portal}espace/orientations/{accepted}\"",
            received.HtmlBody,
            StringComparison.Ordinal
        );

        (
            await PostAsync(
                StaffOf(Receiver),
                accepted,
                "accept",
                new { appointmentAt = _clock.GetUtcNow().AddDays(2), note = "Apporter sa carte Vitale" }
            )
        ).EnsureSuccessStatusCode();
        var answer = await MailAsync(SenderMail, "Orientation acceptée par Médiathèque Louis Nucéra (Cagnes-sur-Mer)");
        Assert.Contains("Rendez-vous proposé : le ", answer.TextBody, StringComparison.Ordinal);

        var declined = await SendAsync();
        (
            await PostAsync(
                StaffOf(Receiver),
                declined,
                "decline",
                new { reason = "hors-perimetre", message = "Hors champ" }
            )
        ).EnsureSuccessStatusCode();
        await MailAsync(SenderMail, "Orientation refusée par Médiathèque Louis Nucéra (Cagnes-sur-Mer)");

        var waiting = await SendAsync();
        _clock.Advance(TimeSpan.FromDays(5) + TimeSpan.FromHours(1));
        var reminder = await MailAsync(
            ReceiverMail,
            "Orientation en attente de réponse : Centre social Les Moulins (Nice)"
        );
        Assert.Contains($"{Portal}espace/orientations/{waiting}", reminder.TextBody, StringComparison.Ordinal);
        _clock.Advance(TimeSpan.FromDays(4));
        var expiring = await MailAsync(ReceiverMail, "Orientation bientôt expirée : Centre social Les Moulins (Nice)");
        Assert.Contains($"{Portal}espace/orientations/{waiting}", expiring.TextBody, StringComparison.Ordinal);
        Assert.Contains("expirera le ", expiring.TextBody, StringComparison.Ordinal);

        // Later rounds say nothing new: one warning, and the answered referrals are never reminded.
        _clock.Advance(TimeSpan.FromHours(2));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(Inbox.Messages, m =>
            m.Subject!.StartsWith("Orientation bientôt expirée", StringComparison.Ordinal)
        );
        Assert.Equal(
            [waiting.ToString()],
            Inbox
                .Messages.Where(m => m.Subject!.StartsWith("Orientation en attente", StringComparison.Ordinal))
                .Select(m => m.TextBody!.Split("espace/orientations/")[1][..36])
                .Distinct()
        );
        foreach (var message in Inbox.Messages)
        {
            var whole = $"{message.Subject}\n{message.TextBody}\n{message.HtmlBody}";
            Assert.Empty(Resident.FoundIn(whole));
            Assert.DoesNotContain("Apporter sa carte Vitale", whole, StringComparison.Ordinal);
            Assert.DoesNotContain("Hors champ", whole, StringComparison.Ordinal);
        }
    }

    /// <summary>The one message to <paramref name="address"/> with <paramref name="subject"/>, the clock moving on
    /// meanwhile so that the sender's rounds come.</summary>
    private async Task<MimeMessage> MailAsync(string address, string subject)
    {
        bool Matches(MimeMessage m) => m.To.Mailboxes.Any(b => b.Address == address) && m.Subject == subject;
        await Eventually.AssertAsync(
            () =>
            {
                _clock.Advance(TimeSpan.FromSeconds(1));
                return Task.FromResult(Inbox.Messages.Any(Matches));
            },
            $"« {subject} » reaches {address}"
        );
        return Assert.Single(Inbox.Messages, Matches);
    }
}
