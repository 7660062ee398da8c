using Network.Events.Domain;
using Network.Partners.Taxonomy;

namespace Network.Events.Tests;

/// <summary>Events and partners' profiles speak one vocabulary of publics, the national standard's.</summary>
public sealed class AudiencesTests
{
    [Fact]
    public void Event_audiences_are_the_publics_of_the_partners_standard() =>
        Assert.Equal(
            PartnerTaxonomy.Load().Publics.Select(term => (term.Code, term.Label)).Order(),
            Audiences.Labels.Select(pair => (pair.Key, pair.Value)).Order()
        );
}
