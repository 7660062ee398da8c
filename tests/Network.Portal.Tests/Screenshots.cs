using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Network.Portal.Tests;

/// <summary>Full-page PNGs beside the test assembly, for a person to look at after the run.</summary>
public static partial class Screenshots
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Writes <c>screenshots/&lt;name&gt;.png</c> and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(this IPage page, string name)
    {
        var path = Path.Combine(Folder, $"{Unsafe().Replace(name, "-")}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    [GeneratedRegex(@"[^\w.-]+")]
    private static partial Regex Unsafe();
}
