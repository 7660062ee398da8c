using Microsoft.Playwright;

namespace Network.Portal.Tests;

/// <summary>Moving through a page as someone who uses the keyboard alone does.</summary>
public static class KeyboardNavigation
{
    /// <summary>Presses Tab until the element with <paramref name="id"/> has the focus; fails when it never gets
    /// it.</summary>
    public static async Task TabUntilAsync(this IPage page, string id)
    {
        for (var presses = 0; presses < 60; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("() => document.activeElement?.id") == id)
            {
                return;
            }
        }

        Assert.Fail($"#{id} was never reached with the Tab key.");
    }

    /// <summary>The text of the element that has the focus.</summary>
    public static Task<string> FocusedTextAsync(this IPage page) =>
        page.EvaluateAsync<string>("() => (document.activeElement?.innerText ?? '').trim()");
}
