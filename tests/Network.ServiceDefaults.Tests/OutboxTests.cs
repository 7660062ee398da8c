using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Network.ServiceDefaults.Tests.Sample;
using Network.Testing;
using Network.Testing.Identity;
using Network.Testing.RabbitMq;
using Xunit.Abstractions;

namespace Network.ServiceDefaults.Tests;

/// <summary>What a service accepted is published once the broker can take it, once, whatever the outage or the
/// replicas.</summary>
public sealed class OutboxTests(TestInfrastructure infrastructure, ITestOutputHelper output)
    : SampleServiceTest(infrastructure)
{
    private const int Writes = 100;

    [Fact]
    public async Task Writes_accepted_while_the_broker_is_down_are_all_published_once_it_returns()
    {
        await using var probe = await MessageProbe.StartAsync<NoteWritten>(Service.RabbitMq);
        using var client = Service.Client(Infrastructure.Issuer.TokenFor(TestUser.Staff(PartnerA)));

        await Infrastructure.Broker.StopAsync();
        int accepted;
        try
        {
            using var anonymous = Service.Client();
            await Eventually.AssertAsync(
                async () =>
                    (await anonymous.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode
                    == HttpStatusCode.ServiceUnavailable,
                "/health reports the broker missing"
            );

            var responses = new List<HttpResponseMessage>();
            for (var i = 0; i < Writes; i++)
            {
                responses.Add(
                    await client.PostAsJsonAsync("/api/notes", new { text = $"written during the outage {i}" })
                );
            }

            accepted = responses.Count(response => response.StatusCode == HttpStatusCode.Created);
            Assert.Equal(Writes, accepted);
            Assert.Equal(Writes, await Service.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null)));
        }
        finally
        {
            await Infrastructure.Broker.ResumeAsync();
        }

        var clock = Stopwatch.StartNew();
        await Eventually.AssertAsync(
            () => Task.FromResult(probe.CountsByMessageId.Count == Writes),
            "every accepted write is published"
        );
        var deliveredAfter = clock.Elapsed;
        await Eventually.AssertAsync(
            async () => await TallyAsync(Service) == Writes,
            "the consumer has counted every note"
        );
        await Eventually.AssertAsync(
            () => Service.WithDbAsync(async db => await db.OutboxMessages.CountAsync(m => m.SentAt == null) == 0),
            "the outbox is marked sent"
        );

        var duplicates = probe.Deliveries.Count - probe.CountsByMessageId.Count;
        output.WriteLine(
            $"outage: {accepted} writes accepted, {probe.CountsByMessageId.Count} published after the broker "
                + $"returned (all within {deliveredAfter.TotalSeconds:F1} s), {duplicates} duplicates"
        );
        Assert.Equal(0, duplicates);
        Assert.Equal(Writes, await TallyAsync(Service));
    }

    [Fact]
    public async Task Two_instances_dispatching_one_outbox_publish_each_message_exactly_once()
    {
        await using var second = await SampleService.StartAsync(new Dictionary<string, string?>(Service.Settings));
        await using var probe = await MessageProbe.StartAsync<NoteWritten>(Service.RabbitMq);
        const int messages = 2 * Writes;

        // One commit of many messages, then both dispatchers woken at once: they race for the same rows.
        var time = TimeProvider.System;
        await Service.WithDbAsync(db =>
        {
            for (var i = 0; i < messages; i++)
            {
                db.Publish(new NoteWritten(Guid.CreateVersion7(), PartnerA, time.GetUtcNow()), time);
            }

            return db.SaveChangesAsync();
        });
        Service.OutboxSignal.Notify();
        second.OutboxSignal.Notify();

        await Eventually.AssertAsync(
            () => Task.FromResult(probe.CountsByMessageId.Count == messages),
            "every message is published"
        );
        await Eventually.AssertAsync(
            async () => await TallyAsync(Service) == messages,
            "the consumers have counted every message"
        );
        await Eventually.AssertAsync(
            () => Service.WithDbAsync(async db => await db.OutboxMessages.CountAsync(m => m.SentAt == null) == 0),
            "the outbox is marked sent"
        );

        output.WriteLine($"two dispatchers: {messages} messages, {probe.Deliveries.Count} publications");
        Assert.All(probe.CountsByMessageId, pair => Assert.Equal(1, pair.Value));
        Assert.Equal(messages, probe.Deliveries.Count);
    }

    private static Task<int> TallyAsync(SampleService service) =>
        service.WithDbAsync(async db => (await db.Tallies.FindAsync(PartnerA))?.Count ?? 0);
}
