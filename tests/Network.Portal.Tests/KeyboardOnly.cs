using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Network.Portal.Tests;

/// <summary>A page used with the keyboard alone: the Tab key until the wanted element has the focus.</summary>
public static class KeyboardOnly
{
    private const int MostPresses = 80;

    /// <summary>Tabs until the element of id <paramref name="id"/> has the focus.</summary>
    public static Task TabUntilAsync(IPage page, string id) =>
        TabUntilAsync(page, "() => document.activeElement?.id ?? ''", id, $"#{id}");

    /// <summary>Tabs until a link or button whose text is <paramref name="text"/> has the focus.</summary>
    public static Task TabUntilTextAsync(IPage page, string text) =>
        TabUntilAsync(page, FocusedText, text, $"\"{text}\"");

    /// <summary>Presses Enter on the focused link or button and waits for the page it leads to, at an address
    /// <paramref name="arrival"/> matches, to have loaded.</summary>
    /// <remarks>The address is polled: Playwright's <c>WaitForURLAsync</c> reads the address, then waits for the
    /// next navigation, and a navigation the browser reports between the two is missed (microsoft/playwright-dotnet
    /// issue 3364): the wait then ends only at its timeout.</remarks>
    public static async Task EnterAsync(IPage page, Regex arrival)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(arrival, new() { Timeout = 30_000 });
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
    }

    /// <summary>The focused element's text, its white space collapsed.</summary>
    public static Task<string> FocusedTextAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.EvaluateAsync<string>(FocusedText);
    }

    private const string FocusedText = "() => (document.activeElement?.textContent ?? '').replace(/\\s+/g, ' ').trim()";

    private static async Task TabUntilAsync(IPage page, string probe, string wanted, string what)
    {
        ArgumentNullException.ThrowIfNull(page);
        var seen = new List<string>();
        for (var presses = 0; presses < MostPresses; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>(probe);
            if (focused == wanted)
            {
                return;
            }

            seen.Add(focused);
        }

        Assert.Fail(
            $"{what} was never reached with the Tab key; the focus went to: {string.Join(" | ", seen.Distinct())}"
        );
    }
}
