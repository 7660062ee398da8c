using System.Diagnostics;
using Network.Contracts.Referrals;
using Network.Resilience.Tests.Platform;
using Network.Testing;
using Network.Testing.Databases;
using Xunit.Abstractions;

namespace Network.Resilience.Tests.PersonalData;

/// <summary>
/// Residents' personal data reaches only those the contract names: never a published message, never a log line of
/// any resource, never the activity view. Every journey of the platform runs with residents whose every identifier
/// is unique to the run, then everything the broker routed, everything every resource logged and everything the
/// activity service answered is searched for them.
/// </summary>
public sealed class PersonalDataTests(PersonalDataPlatform fixture, ITestOutputHelper output)
    : IClassFixture<PersonalDataPlatform>
{
    private const int ReferralsSent = 7;

    /// <summary>The command carries what the attendee list shows of a referred resident: a first name (and an
    /// initial).</summary>
    private static readonly HashSet<IdentifierKind> CommandCarries = [IdentifierKind.FirstName];

    /// <summary>
    /// What the command's own queues may hold: its current shape, and the earlier one with contacts, which a sender not
    /// yet upgraded could still send (<see cref="UnhandledCommand"/> sends one).
    /// </summary>
    private static readonly HashSet<IdentifierKind> CommandMayCarry =
    [
        IdentifierKind.FirstName,
        IdentifierKind.Email,
        IdentifierKind.Phone,
    ];

    [Fact]
    public async Task No_resident_identifier_reaches_a_message_a_log_line_or_the_activity_view()
    {
        var watch = Stopwatch.StartNew();
        var residents = Enumerable.Range(0, 15).Select(i => Resident.Random(i % 2 == 0 ? "Grasse" : "Nice")).ToList();
        using var cast = await Cast.EnterAsync(fixture.Platform);
        var events = new EventJourneys(cast);
        var referrals = new ReferralJourneys(cast);
        var activity = new ActivityReads(cast);
        var before = await activity.NetworkTotalsAsync();

        await events.CreateStartingSoonAsync(TimeSpan.FromSeconds(30));
        var unhandled = await UnhandledCommand.SendAsync(
            await fixture.Platform.BrokerConnectionStringAsync(),
            residents[14],
            events.StartingSoon
        );
        await events.RegisterAtStartingSoonAsync(residents[0], residents[1]);
        var referred = await referrals.AcceptedWithEventAsync(residents[2], events.StartingSoon);
        await events.WaitlistAndPromotionAsync(residents[3], residents[4]);
        await referrals.VariantsAsync(
            residents[5],
            residents[6],
            residents[7],
            residents[8],
            residents[9],
            residents[10]
        );
        var equipment = new EquipmentJourneys(cast);
        await equipment.LoansAsync(residents[11], residents[12], residents[13]);
        await events.WaitForReferredAsync(residents[2]);
        await events.RecordAttendanceAsync(residents[2]);
        await referrals.WaitUntilCompletedAsync(referred);
        await activity.WaitForAsync(before.ReferralsSent + ReferralsSent, before.Loans + 1);
        var answers = await activity.ReadEverythingAsync();
        var outsiders = new OutsiderReads(cast);
        var refused = await outsiders.ReadAsync(referred, events.StartingSoon);
        var open = await outsiders.ReadPublicAsync(events.StartingSoon, equipment.Item);

        var capture = fixture.Capture;
        await Eventually.AssertAsync(
            () =>
                Task.FromResult(
                    capture.Messages.Any(m =>
                        m.Is<ReferralCompleted>()
                        && m.Body.Contains(referred.ToString(), StringComparison.OrdinalIgnoreCase)
                    )
                ),
            "the capture has the last message of the journeys"
        );
        // The command the events service could not handle reached its error queue, after the retries.
        await Eventually.AssertAsync(
            () =>
                Task.FromResult(
                    capture.Messages.Any(m =>
                        m.Exchange == UnhandledCommand.ErrorExchange && m.MessageId == unhandled.ToString()
                    )
                ),
            "the unhandled command is in the events service's error queue",
            TimeSpan.FromSeconds(90)
        );

        // A control: a resident's name in the URL of a public search reaches the request lines of the gateway and
        // the partners service, where the scan must find it (the control resident is not one of the journeys').
        var control = Resident.Random("Nice");
        await cast.Anonymous.ReadAsync($"/api/partners?q={Uri.EscapeDataString(control.LastName)}");
        var appeared = await capture.BindNewExchangesAsync();
        var messages = capture.Messages;
        var outbox = OutboxRows.Sent(fixture.Platform);
        // Registrations hold names and contacts, encrypted: a copy of the events database reveals none of them.
        var eventsDump = await SqliteDump.DumpAsync(
            $"Data Source={fixture.Platform.DatabaseFile("events")};Mode=ReadOnly"
        );
        var logs = await Eventually.TryAsync(() =>
            Task.FromResult(PlatformLogs.All(fixture.Platform).Mention(control, "gateway", "partners"))
        )
            ? PlatformLogs.All(fixture.Platform)
            : throw new Xunit.Sdk.XunitException(
                "The control's search never reached the request lines of the gateway and the partners service."
            );
        var scanner = new LeakScanner(residents);
        var findings = messages
            .SelectMany(m =>
                scanner
                    .Scan($"message on {m.Exchange}", m.Body, MayCarry(m))
                    .Concat(scanner.Scan($"headers of a message on {m.Exchange}", m.Headers, MayCarry(m)))
            )
            // The local inbox (smtp4dev) stands for the residents' own mail servers: receiving their e-mails is its
            // job. What is scanned is what the platform's processes write.
            .Concat(
                logs.Where(line => !line.IsOf("mail"))
                    .SelectMany(line => scanner.Scan($"log of {line.Resource}", line.Text))
            )
            .Concat(
                outbox.SelectMany(row =>
                    scanner.Scan(
                        $"sent outbox row of {row.Service} ({row.MessageType})",
                        $"{row.Body}\n{row.LastError}"
                    )
                )
            )
            .Concat(scanner.Scan("dump of eventsdb", eventsDump))
            .Concat(answers.SelectMany(a => scanner.Scan($"activity {a.Path} read by {a.Reader}", a.Body)))
            .Concat(refused.Concat(open).SelectMany(a => scanner.Scan($"{a.Path} read by {a.Reader}", a.Body)))
            .ToList();

        output.WriteLine(
            $"{capture.BoundExchanges.Count} exchanges bound ({capture.BoundLate.Count} late, {appeared.Count} only "
                + $"at the end), {messages.Count} messages captured "
                + $"({messages.Select(m => m.MessageId).Distinct().Count()} distinct), {logs.Count} log lines, "
                + $"{outbox.Count} sent outbox rows, {eventsDump.Split('\n').Length} lines of the events database, "
                + $"{answers.Count} activity answers and {refused.Count + open.Count} outsiders' answers scanned "
                + $"for {residents.Count} residents in {watch.Elapsed.TotalSeconds:F0} s: {findings.Count} findings."
        );
        output.WriteLine(
            string.Join(
                ", ",
                messages
                    .SelectMany(m => m.MessageTypes.Take(1))
                    .GroupBy(type => type.Split(':')[^1])
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => $"{g.Key} {g.Count()}")
            )
        );
        foreach (var finding in findings.Take(100))
        {
            output.WriteLine(finding.ToString());
        }

        // The capture worked: it saw the journeys' facts and the command that carries a resident to the events service.
        Assert.Contains(messages, m =>
            m.Is<ReferralSent>() && m.Body.Contains(referred.ToString(), StringComparison.OrdinalIgnoreCase)
        );
        Assert.Contains(messages, m =>
            m.Is<RegisterResidentForEvent>() && m.Body.Contains(referred.ToString(), StringComparison.OrdinalIgnoreCase)
        );
        Assert.Contains(messages, m => m.Is<Network.Contracts.Events.WaitlistPromoted>());
        Assert.Contains(messages, m => m.Is<Network.Contracts.Equipment.EquipmentReturned>());
        // Those the contract does not name get nothing from the routes that hold personal data.
        Assert.All(refused, a =>
            Assert.False((int)a.Status is >= 200 and < 300, $"{a.Reader} read {a.Path}: {(int)a.Status}")
        );
        Assert.All(open, a =>
            Assert.True((int)a.Status is >= 200 and < 300, $"{a.Reader} read {a.Path}: {(int)a.Status}")
        );
        // The scanner finds every kind of identifier where they legitimately are: in the command (a first name,
        // JSON-escaped accents included) and in the receiving partner's full record of a referral.
        var command = messages.First(m =>
            m.Is<RegisterResidentForEvent>()
            && m.Exchange == RegisterResidentForEvent.Queue
            && m.Body.Contains(referred.ToString(), StringComparison.OrdinalIgnoreCase)
        );
        Assert.Equal(
            [.. CommandCarries.Order()],
            scanner.Scan("command", command.Body).Select(f => f.Kind).Distinct().Order()
        );
        Assert.Equal(
            [.. Enum.GetValues<IdentifierKind>().Order()],
            new LeakScanner([residents[2]])
                .Scan("record", referrals.FullRecordOfAccepted)
                .Select(f => f.Kind)
                .Distinct()
                .Order()
        );
        // Every exchange was bound before its messages: none appeared while the journeys ran.
        Assert.Empty(appeared);
        Assert.Empty(capture.BoundLate);
        // The log capture worked: every service and the gateway logged the requests they served.
        foreach (var resource in RunningPlatform.Services.Append("gateway"))
        {
            Assert.Contains(logs, line => line.IsOf(resource) && line.IsApiRequest());
        }

        Assert.True(findings.Count == 0, $"{findings.Count} findings:\n{string.Join('\n', findings.Take(30))}");
    }

    /// <summary>
    /// The command to its own queue may carry a first name (contacts in its earlier shape), and so may the same command
    /// moved to that queue's error queue, which only the events service reads; a copy of it anywhere else may not.
    /// </summary>
    private static HashSet<IdentifierKind>? MayCarry(CapturedMessage message) =>
        message.Is<RegisterResidentForEvent>()
        && message.Exchange is RegisterResidentForEvent.Queue or UnhandledCommand.ErrorExchange
            ? CommandMayCarry
            : null;
}
