using Network.Partners.Search;
using Network.Partners.Taxonomy;
using Network.Partners.Validation;

namespace Network.Partners.Tests.Unit;

public sealed class ValidationRulesTests
{
    [Theory]
    [InlineData("73282932000074", true)]
    [InlineData("35600000049837", true)]
    [InlineData("35600000049838", false)]
    [InlineData("73282932000075", false)]
    [InlineData("7328293200007", false)]
    [InlineData("7328293200007A", false)]
    public void A_siret_has_14_digits_and_a_valid_check_digit(string siret, bool valid) =>
        Assert.Equal(valid, Siret.IsValid(siret));

    [Theory]
    [InlineData("04 93 00 11 00", "+33493001100")]
    [InlineData("+33 4.93.00.11.00", "+33493001100")]
    [InlineData("+33 (0)4 93 00 11 00", "+33493001100")]
    [InlineData("0033493001100", "+33493001100")]
    [InlineData("06-12-34-56-78", "+33612345678")]
    [InlineData("0590 12 34 56", "+590590123456")]
    [InlineData("0262 12 34 56", "+262262123456")]
    public void Phone_numbers_are_normalised_to_e164(string input, string expected)
    {
        Assert.True(FrenchPhone.TryNormalize(input, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("12 34")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("appelez-nous")]
    public void Other_numbers_are_refused(string input) => Assert.False(FrenchPhone.TryNormalize(input, out _));

    [Theory]
    [InlineData("Mo-Fr 09:00-12:00,14:00-18:00")]
    [InlineData("Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00; PH off")]
    [InlineData("Mo,We,Fr 14:00-18:00; Tu off")]
    [InlineData("Tu-Sa 10:00-18:00; Su,PH off")]
    [InlineData("24/7")]
    [InlineData("Mo-Su 00:00-24:00")]
    public void Opening_hours_partners_write_are_accepted(string hours) => Assert.True(OpeningHours.IsValid(hours));

    [Theory]
    [InlineData("du lundi au vendredi 9h-12h")]
    [InlineData("Mo-Fr 9:00-12:00")]
    [InlineData("Mo-Fr 09:00-25:00")]
    [InlineData("Mo-Fr 09:60-12:00")]
    [InlineData("Lu-Ve 09:00-12:00")]
    [InlineData("Mo-Fr 09:00-09:00")]
    [InlineData("Mo-Fr 09:00-12:00;; Sa off")]
    public void Anything_else_is_refused(string hours) => Assert.False(OpeningHours.IsValid(hours));

    [Fact]
    public void Taxonomy_codes_are_the_kebab_case_of_the_standards_labels()
    {
        var taxonomy = PartnerTaxonomy.Load();
        Assert.Contains(taxonomy.Services, term =>
            term is { Code: "aide-aux-demarches-administratives", Label: "Aide aux démarches administratives" }
        );
        Assert.Contains(taxonomy.Labels, term =>
            term is { Code: "relais-numerique-emmaus-connect", Label: "Relais numérique (Emmaüs Connect)" }
        );
        Assert.Contains(taxonomy.Publics, term =>
            term is { Code: "familles-et-ou-enfants", Label: "Familles et/ou enfants" }
        );
        Assert.Contains(taxonomy.AccessModes, term => term.Code == "prendre-un-rdv-en-ligne");
        Assert.Contains(taxonomy.SupportModes, term => term.Code == "a-distance");
        Assert.Contains(taxonomy.Kinds, term => term is { Code: "centre-social", StandardCode: "CS" });
    }

    [Fact]
    public void Search_ignores_accents_and_case() =>
        Assert.Equal("mediatheque de la vesubie", SearchTerms.Normalize("Médiathèque de la VÉSUBIE"));

    [Fact]
    public void Search_text_that_is_not_well_formed_unicode_still_normalizes() =>
        Assert.Equal("a\uFFFDb\uFFFD\uFFFDc😀", SearchTerms.Normalize("A\uD800b\uFFFE\uFFFFc😀"));

    [Fact]
    public void Great_circle_distance_between_nice_and_cannes() =>
        Assert.InRange(GreatCircle.DistanceKm(43.7031, 7.2661, 43.5513, 7.0128), 26.0, 27.0);
}
