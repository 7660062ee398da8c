using Microsoft.Playwright;

namespace Network.Portal.Tests;

/// <summary>
/// Timers for a page whose scripts are disabled. Playwright still evaluates code there, but the browser fires no
/// timer, and axe chains its work through <c>setTimeout(…, 0)</c>: it would wait for ever. Immediate callbacks run as
/// promise reactions instead (<c>queueMicrotask</c>, like timers, never calls back there); delayed ones never run, as
/// axe sets them only as guards against a frame that never answers.
/// The page's own scripts, skipped while it loaded, stay unrun: the DOM checked is the one a visitor without
/// JavaScript gets.
/// </summary>
internal static class ScriptlessTimers
{
    private const string Install = """
        () => {
          if (window.__scriptlessTimers) return;
          window.__scriptlessTimers = { setTimeout: window.setTimeout, clearTimeout: window.clearTimeout };
          const cancelled = new Set();
          let last = 0;
          window.setTimeout = (callback, delay, ...args) => {
            const id = ++last;
            if (!delay) Promise.resolve().then(() => { if (!cancelled.has(id)) callback(...args); });
            return id;
          };
          window.clearTimeout = id => cancelled.add(id);
        }
        """;

    private const string Remove = """
        () => {
          if (!window.__scriptlessTimers) return;
          Object.assign(window, window.__scriptlessTimers);
          delete window.__scriptlessTimers;
        }
        """;

    public static async Task<T> WhileAsync<T>(IPage page, Func<Task<T>> work)
    {
        foreach (var frame in page.Frames)
        {
            await frame.EvaluateAsync(Install);
        }

        try
        {
            return await work();
        }
        finally
        {
            foreach (var frame in page.Frames)
            {
                await frame.EvaluateAsync(Remove);
            }
        }
    }
}
