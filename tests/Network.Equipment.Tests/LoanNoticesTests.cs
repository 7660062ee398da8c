using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Network.Equipment.Persistence;
using Network.Testing;

namespace Network.Equipment.Tests;

/// <summary>
/// Structures hear of their loans at the contact e-mail of their profile, through a real SMTP server: the owner of a
/// request, the borrower of the answer, both of a loan overdue, and the borrower of a loan to come of an item returned
/// damaged.
/// </summary>
public sealed class LoanNoticesTests(TestInfrastructure infrastructure) : PoolTest(infrastructure)
{
    private const string Portal = "https://portail.example.org/";
    private const string Item = "Ordinateur portable reconditionné";

    private static readonly Dictionary<string, string> Mails = new()
    {
        ["owner"] = "pret@remparts.example.org",
        ["borrower"] = "contact@moulins.example.org",
        ["third"] = "ccas@menton.example.org",
    };

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    protected override DateTimeOffset Now => _clock.GetUtcNow();

    protected override bool SendsMail => true;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await GiveContactEmailsAsync<EquipmentDbContext>(
            (Owner, "Médiathèque des Remparts", "Antibes", Mails["owner"]),
            (Borrower, "Centre social Les Moulins", "Nice", Mails["borrower"]),
            (Third, "CCAS de Menton", "Menton", Mails["third"])
        );
    }

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Notices:PortalUrl"] = Portal;
        settings["Notices:PollInterval"] = "00:00:01";
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public async Task Owner_and_borrowers_hear_of_requests_answers_an_overdue_loan_and_a_damaged_return()
    {
        var item = await RegisterItemAsync();
        var loan = await ReservedAsync(item, Borrower, 1, 48);
        var next = await ReservedAsync(item, Third, 100, 24);
        var refused = await ReservedAsync(item, Borrower, 200, 24);
        var request = await MailAsync("owner", $"Demande de prêt : {Item}", count: 3);
        Assert.Contains(
            $"Centre social Les Moulins (Nice) demande à emprunter « {Item} » du ",
            request.TextBody,
            StringComparison.Ordinal
        );
        Assert.Contains("Motif indiqué : Atelier numérique du mardi", request.TextBody, StringComparison.Ordinal);

        using var owner = StaffOf(Owner);
        foreach (var approved in new[] { loan, next })
        {
            (await PostAsync(owner, $"/api/equipment/reservations/{approved}/approve")).EnsureSuccessStatusCode();
        }

        (
            await PostAsync(owner, $"/api/equipment/reservations/{refused}/reject", new { reason = "Déjà prêté" })
        ).EnsureSuccessStatusCode();
        var yes = await MailAsync("borrower", $"Prêt approuvé : {Item}");
        Assert.Contains($"{Portal}espace/materiel/prets/{loan}", yes.TextBody, StringComparison.Ordinal);
        Assert.Contains("Médiathèque des Remparts (Antibes) a approuvé", yes.TextBody, StringComparison.Ordinal);
        await MailAsync("third", $"Prêt approuvé : {Item}");
        var no = await MailAsync("borrower", $"Prêt refusé : {Item}");
        Assert.Contains("Motif : Déjà prêté", no.TextBody, StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(
            HttpStatusCode.OK,
            (await PostAsync(owner, $"/api/equipment/reservations/{loan}/checkout")).StatusCode
        );
        _clock.Advance(TimeSpan.FromHours(50));
        var late = await MailAsync("owner", $"Prêt en retard : {Item}");
        Assert.Contains("prêté à Centre social Les Moulins (Nice)", late.TextBody, StringComparison.Ordinal);
        var lateBorrower = await MailAsync("borrower", $"Prêt en retard : {Item}");
        Assert.Contains("Rapportez-le", lateBorrower.TextBody, StringComparison.Ordinal);

        (
            await PostAsync(owner, $"/api/equipment/reservations/{loan}/return", new { condition = "damaged" })
        ).EnsureSuccessStatusCode();
        var damaged = await MailAsync("third", $"Objet en réparation : {Item}");
        Assert.Contains($"{Portal}espace/materiel/prets/{next}", damaged.TextBody, StringComparison.Ordinal);
        Assert.Contains("<a href=", damaged.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain(Inbox.To(Mails["borrower"]), m =>
            m.Subject!.StartsWith("Objet", StringComparison.Ordinal)
        );
    }

    /// <summary>The messages to a structure with <paramref name="subject"/>, once <paramref name="count"/> came, the
    /// clock moving on meanwhile so that the sender's rounds come; the last one.</summary>
    private async Task<MimeMessage> MailAsync(string who, string subject, int count = 1)
    {
        bool Matches(MimeMessage m) => m.To.Mailboxes.Any(b => b.Address == Mails[who]) && m.Subject == subject;
        await Eventually.AssertAsync(
            () =>
            {
                _clock.Advance(TimeSpan.FromSeconds(1));
                return Task.FromResult(Inbox.Messages.Count(Matches) == count);
            },
            $"{count} « {subject} » reach the {who}"
        );
        return Inbox.Messages.Last(Matches);
    }
}
