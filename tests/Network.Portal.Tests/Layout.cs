using Microsoft.Playwright;
using Xunit.Sdk;

namespace Network.Portal.Tests;

/// <summary>Checks of how a page is laid out in the browser.</summary>
public static class Layout
{
    // The root's clientWidth leaves out a vertical scrollbar, which innerWidth counts: a page as wide as the
    // window, scrollbar included, still scrolls sideways. The widest elements name the culprit in the failure.
    private const string Measure = """
        () => {
          const root = document.documentElement;
          const width = root.clientWidth;
          const wider = [...document.body.querySelectorAll('*')]
            .map(element => ({ element, right: Math.ceil(element.getBoundingClientRect().right) }))
            .filter(item => item.right > width)
            .sort((a, b) => b.right - a.right)
            .slice(0, 5)
            .map(item => {
              const element = item.element;
              const id = element.id ? '#' + element.id : '';
              const classes = element.classList.length ? '.' + [...element.classList].join('.') : '';
              return `${element.tagName.toLowerCase()}${id}${classes} (right edge at ${item.right} px)`;
            });
          return { scrollWidth: root.scrollWidth, width, wider };
        }
        """;

    /// <summary>Fails when the document is wider than the viewport, naming the widest elements. Like Playwright's own
    /// assertions it gives the page two seconds to settle (a page just shown after a redirect may still be laid out);
    /// a real overflow stays.</summary>
    public static async Task AssertNoHorizontalScrollAsync(this IPage page)
    {
        var measured = await page.EvaluateAsync<Measurement>(Measure);
        for (var tries = 0; tries < 10 && measured.ScrollWidth > measured.Width; tries++)
        {
            await Task.Delay(200);
            measured = await page.EvaluateAsync<Measurement>(Measure);
        }

        if (measured.ScrollWidth > measured.Width)
        {
            throw new XunitException(
                $"{page.Url} scrolls sideways: the document is {measured.ScrollWidth} px wide in a viewport of "
                    + $"{measured.Width} px. Widest: {string.Join("; ", measured.Wider)}"
            );
        }
    }

    private sealed record Measurement
    {
        public int ScrollWidth { get; init; }

        public int Width { get; init; }

        public string[] Wider { get; init; } = [];
    }
}
