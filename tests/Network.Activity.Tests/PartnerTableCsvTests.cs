using System.Text;
using Network.Activity.Api;
using Network.Activity.Queries;

namespace Network.Activity.Tests;

/// <summary>The export opens in a spreadsheet: no partner name or commune becomes a formula there.</summary>
public sealed class PartnerTableCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("@SUM(1+1)", "'@SUM(1+1)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("Centre social; Nice", "\"Centre social; Nice\"")]
    public void A_name_a_spreadsheet_would_run_is_written_as_text(string name, string cell)
    {
        var partner = Guid.NewGuid();
        var row = new PartnerRow(
            partner,
            name,
            name,
            "active",
            new EventFigures(1, 0, 12, 10, 2, 0.4, null, false),
            3,
            new ReferralFigures(null, null, null, null, null, null, null, null, null, null, true),
            new PartnerLoans(0, 0, 0, null, 0),
            false
        );

        var csv = Encoding.UTF8.GetString(PartnerTableCsv.Write([row]));

        Assert.Contains($"{partner};{cell};{cell};actif;1;0;12;10;2;0,4;", csv, StringComparison.Ordinal);
    }
}
