using Microsoft.EntityFrameworkCore;
using Network.Contracts.Partners;
using Network.ServiceDefaults.Replicas;
using Network.Testing.Databases;
using Network.Testing.Mail;
using Network.Testing.RabbitMq;
using Xunit;

namespace Network.Testing.Hosting;

/// <summary>
/// A test class with a service of its own, on its own virtual host and database, started and ready
/// (its queues exist) before the first test runs.
/// </summary>
/// <typeparam name="TMarker">Any type of the service's assembly.</typeparam>
[Collection(TestInfrastructure.Collection)]
public abstract class ServiceTest<TMarker>(TestInfrastructure infrastructure, string databaseName) : IAsyncLifetime
    where TMarker : class
{
    protected TestInfrastructure Infrastructure { get; } = infrastructure;

    protected ServiceFactory<TMarker> Service { get; private set; } = null!;

    /// <summary>The settings the service runs with, to start another service or instance beside it.</summary>
    protected Dictionary<string, string?> Settings { get; private set; } = [];

    protected string RabbitMq => Settings["ConnectionStrings:rabbitmq"]!;

    /// <summary>Whether the service sends its e-mails to <see cref="Inbox"/>, a real SMTP server started for the test
    /// class (due notices are looked for every 200 ms).</summary>
    protected virtual bool SendsMail => false;

    /// <summary>The SMTP server the service sends to, when <see cref="SendsMail"/>.</summary>
    protected TestSmtpInbox Inbox =>
        _inbox ?? throw new InvalidOperationException("This test class sends no e-mail: see SendsMail.");

    private TestSmtpInbox? _inbox;

    public virtual async Task InitializeAsync()
    {
        Settings = await Infrastructure.ServiceSettingsAsync();
        Settings[$"ConnectionStrings:{databaseName}"] = await TestDatabase.CreateAsync(databaseName);
        if (SendsMail)
        {
            _inbox = await TestSmtpInbox.StartAsync();
            foreach (var (key, value) in _inbox.Settings)
            {
                Settings[key] = value;
            }

            Settings["Notices:PollInterval"] = "00:00:00.200";
        }

        Configure(Settings);
        Service = new ServiceFactory<TMarker>(Settings, ConfigureServices);
        await Service.StartAsync();
    }

    public virtual async Task DisposeAsync()
    {
        await Service.DisposeAsync();
        if (_inbox is not null)
        {
            await _inbox.DisposeAsync();
        }
    }

    /// <summary>Gives each partner a name, a commune and a contact e-mail, as the partners service announces a
    /// profile's change, and waits for the service's replica (in <typeparamref name="TDb"/>) to hold them.</summary>
    protected async Task GiveContactEmailsAsync<TDb>(
        params (Guid Partner, string Name, string Commune, string Mail)[] contacts
    )
        where TDb : DbContext
    {
        ArgumentNullException.ThrowIfNull(contacts);
        await using var publisher = await TestPublisher.StartAsync(RabbitMq);
        foreach (var (id, name, commune, mail) in contacts)
        {
            await publisher.PublishAsync(
                new PartnerProfileUpdated(
                    new PartnerSnapshot(id, name, "centre-social", "active", "06000", commune, null, null, null, mail),
                    DateTimeOffset.UtcNow.AddSeconds(1)
                ),
                Guid.NewGuid()
            );
        }

        await Eventually.AssertAsync(
            () =>
                Service.WithScopeAsync<TDb, bool>(async db =>
                    await db.Set<PartnerReplica>().CountAsync(p => p.ContactEmail != null) == contacts.Length
                ),
            "the replica holds the structures' contact e-mails"
        );
    }

    /// <summary>Replaces some of the service's services before it starts (a test clock, say).</summary>
    protected virtual void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services) { }

    /// <summary>Adjusts the service's settings before it starts.</summary>
    protected virtual void Configure(Dictionary<string, string?> settings) { }
}
