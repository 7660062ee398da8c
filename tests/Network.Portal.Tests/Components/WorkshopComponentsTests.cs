using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Network.Portal.Api;
using Network.Portal.Components.Ui;
using Network.Portal.Tests.Formatting;

namespace Network.Portal.Tests.Components;

/// <summary>A workshop's card and a registration's convocation say what a resident needs, in plain words.</summary>
public sealed class WorkshopComponentsTests : BunitContext
{
    public WorkshopComponentsTests() =>
        Services.AddSingleton<TimeProvider>(
            new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero))
        );

    [Fact]
    public void A_card_gives_the_title_link_the_time_in_words_the_place_the_organiser_and_the_state()
    {
        var workshop = FrenchWordsTests.Workshop() with { Capacity = 10, SeatsTaken = 9, SeatsLeft = 1 };

        var card = Render<WorkshopCard>(parameters =>
            parameters.Add(p => p.Workshop, workshop).Add(p => p.OrganiserName, "Médiathèque de Nice")
        );

        Assert.Equal($"/ateliers/{workshop.Id}", card.Find("h3 a").GetAttribute("href"));
        Assert.Equal("Mercredi 9 décembre, 10 h – 12 h", card.Find("time").TextContent);
        Assert.Contains("Médiathèque, Nice", card.Find(".card-where").TextContent, StringComparison.Ordinal);
        Assert.Equal("Organisé par Médiathèque de Nice", card.Find(".card-by").TextContent);
        Assert.Equal("Plus que 1 place", card.Find(".badge").TextContent);
    }

    [Fact]
    public void A_waitlisted_registration_says_its_rank_and_keeps_the_way_to_cancel()
    {
        var workshop = FrenchWordsTests.Workshop();
        var answer = new RegistrationAnswer(Guid.NewGuid(), workshop.Id, "waitlisted", 1, 2, "secret");

        var convocation = Render<Convocation>(parameters =>
            parameters
                .Add(p => p.Workshop, workshop)
                .Add(p => p.Answer, answer)
                .Add(p => p.CancelUrl, "http://portail/inscription/annuler?jeton=secret")
        );

        Assert.Equal("Vous êtes sur la liste d'attente (2ᵉ)", convocation.Find("h2").TextContent);
        Assert.Equal(
            "http://portail/inscription/annuler?jeton=secret",
            convocation.Find(".cancel-link a").GetAttribute("href")
        );
        Assert.Equal($"/ateliers/{workshop.Id}/agenda.ics", convocation.Find("a[download]").GetAttribute("href"));
    }

    [Fact]
    public void A_confirmed_registration_says_so()
    {
        var workshop = FrenchWordsTests.Workshop();
        var answer = new RegistrationAnswer(Guid.NewGuid(), workshop.Id, "confirmed", 2, null, "secret");

        var convocation = Render<Convocation>(parameters =>
            parameters.Add(p => p.Workshop, workshop).Add(p => p.Answer, answer).Add(p => p.CancelUrl, "x")
        );

        Assert.Equal("Vous êtes inscrit·e", convocation.Find("h2").TextContent);
    }
}
