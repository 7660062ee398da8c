using Network.ServiceDefaults.Problems;
using Network.ServiceDefaults.Text;
using Network.ServiceDefaults.Validation;

namespace Network.ServiceDefaults.Tests.Unit;

/// <summary>The shared rules of typed text: one line, or lines without other control characters; and what writers do
/// with stored text.</summary>
public sealed class TextRulesTests
{
    [Theory]
    [InlineData("Atelier\nBEGIN:VEVENT")]
    [InlineData("Atelier\r\nUID:autre")]
    [InlineData("Atelier\rsmartphone")]
    [InlineData("Atelier\tsmartphone")]
    [InlineData("Atelier\u0000")]
    [InlineData("Atelier\u0085smartphone")]
    [InlineData("Atelier\u2028smartphone")]
    public void A_single_line_field_refuses_line_breaks_and_control_characters(string value)
    {
        var rule = new SingleLineAttribute();

        Assert.False(rule.IsValid(value));
        Assert.Equal(ValidationErrors.SingleLineMessage, rule.FormatErrorMessage("commune"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Marie-Hélène N'Diaye")]
    [InlineData("Café IA : « l'IA au quotidien » — 2ᵉ séance 🙂")]
    public void Ordinary_text_is_a_single_line(string? value) => Assert.True(new SingleLineAttribute().IsValid(value));

    [Fact]
    public void Each_value_of_a_list_holds_one_line()
    {
        Assert.True(new ValidationErrors().RequireSingleLine(["Sacoche", "Chargeur"], "components").IsEmpty);
        Assert.False(new ValidationErrors().RequireSingleLine(["Sacoche", "Chargeur\n"], "components").IsEmpty);
    }

    [Theory]
    [InlineData("Première ligne\nseconde ligne", true)]
    [InlineData("Première ligne\r\nseconde ligne\r", true)]
    [InlineData("Colonne\tcolonne", false)]
    [InlineData("Cloche\u0007", false)]
    [InlineData("Nul\u0000", false)]
    public void A_multi_line_field_keeps_line_breaks_and_refuses_other_control_characters(string value, bool valid)
    {
        var rule = new MultiLineAttribute();

        Assert.Equal(valid, rule.IsValid(value));
        Assert.Equal(ValidationErrors.MultiLineMessage, rule.FormatErrorMessage("description"));
    }

    [Fact]
    public void Writers_flatten_stored_text_to_one_line_or_to_lines()
    {
        Assert.Equal("Atelier  UID:autre cloche ", ControlCharacters.OneLine("Atelier\r\nUID:autre\tcloche\u0007"));
        Assert.Equal("Rien à changer", ControlCharacters.OneLine("Rien à changer"));
        Assert.Null(ControlCharacters.OneLine(null));
        Assert.Equal("un\ndeux\ntrois\nquatre ", ControlCharacters.Lines("un\r\ndeux\rtrois\nquatre\u0000"));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+SUM(A1)", "'+SUM(A1)")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("Centre social, Nice", "\"Centre social, Nice\"")]
    [InlineData("-1.5512", "-1.5512")]
    [InlineData("+33493001100", "+33493001100")]
    [InlineData("Médiathèque", "Médiathèque")]
    [InlineData(null, "")]
    public void A_csv_cell_is_quoted_and_never_a_formula(string? value, string cell) =>
        Assert.Equal(cell, CsvCell.Text(value, ','));

    [Fact]
    public void The_separator_decides_what_is_quoted()
    {
        Assert.Equal("a,b", CsvCell.Text("a,b", ';'));
        Assert.Equal("\"a;b\"", CsvCell.Text("a;b", ';'));
    }
}
