using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace Network.Portal.Tests;

/// <summary>axe-core's automated share of the RGAA: the WCAG 2.1 A and AA rules.</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>Fails with one line per violation and one per element it was found on.</summary>
    /// <param name="name">What the page is, for the failure message (e.g. "ateliers, 320 px, sans JavaScript").</param>
    public static async Task AssertNoAxeViolationsAsync(this IPage page, string name)
    {
        var result = Chromium.RunsScripts(page.Context)
            ? await page.RunAxe(WcagAA)
            : await ScriptlessTimers.WhileAsync(page, () => page.RunAxe(WcagAA));
        if (result.Violations.Length > 0)
        {
            throw new XunitException(Describe(name, page.Url, result.Violations));
        }
    }

    private static string Describe(string name, string url, AxeResultItem[] violations)
    {
        var report = new StringBuilder().Append(
            CultureInfo.InvariantCulture,
            $"axe found {violations.Length} violation(s) on {name} ({url}):"
        );
        foreach (var violation in violations)
        {
            report
                .AppendLine()
                .Append(
                    CultureInfo.InvariantCulture,
                    $"- {violation.Id} [{violation.Impact}] {violation.Help} ({violation.HelpUrl})"
                );
            foreach (var node in violation.Nodes)
            {
                report
                    .AppendLine()
                    .Append(CultureInfo.InvariantCulture, $"    at {node.Target}: {Shortened(node.Html)}");
            }
        }

        return report.ToString();
    }

    // A rule about the whole document quotes all of it.
    private static string Shortened(string html) => html.Length <= 160 ? html : string.Concat(html.AsSpan(0, 160), "…");
}
