using System.Runtime.CompilerServices;
using Network.Activity.Projection;
using Network.Contracts;
using Network.Contracts.Events;
using Network.Contracts.Partners;
using Network.Contracts.Referrals;

namespace Network.Activity.Tests;

/// <summary>The catalogue is the one list of what the activity service hears; the rest follows from it or is checked
/// against it.</summary>
public sealed class MessageCatalogueTests
{
    /// <summary>Facts the activity view has no use for, each for its reason.</summary>
    private static readonly Type[] NotHeard =
    [
        // a command to the events service, with a resident's name: never received here
        typeof(RegisterResidentForEvent),
        // co-organisers, place or capacity of a published event: figures count events by their start
        typeof(EventUpdated),
        // who works for a partner: the figures count structures, not their staff
        typeof(PartnerMemberAdded),
        typeof(PartnerMemberRoleChanged),
        typeof(PartnerMemberRemoved),
    ];

    [Fact]
    public void Every_fact_of_the_contracts_is_catalogued_or_deliberately_not_heard()
    {
        var facts = typeof(IIntegrationEvent)
            .Assembly.GetTypes()
            .Where(type =>
                type is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(type)
            );

        var missing = facts
            .Where(type => !MessageCatalogue.Types.ContainsKey(type.FullName!) && !NotHeard.Contains(type))
            .Select(type => type.Name)
            .ToList();

        Assert.Empty(missing);
        Assert.DoesNotContain(NotHeard, type => MessageCatalogue.Types.ContainsKey(type.FullName!));
    }

    [Fact]
    public void Every_catalogued_fact_names_its_aggregate()
    {
        var unknown = new List<string>();
        foreach (var type in MessageCatalogue.Types.Values)
        {
            var blank = (IIntegrationEvent)RuntimeHelpers.GetUninitializedObject(type);
            try
            {
                MessageCatalogue.AggregateOf(blank);
            }
            catch (InvalidOperationException)
            {
                unknown.Add(type.Name);
            }
            catch (NullReferenceException)
            {
                // Handled: the blank message has no snapshot to read the id from.
            }
        }

        Assert.Empty(unknown);
    }
}
