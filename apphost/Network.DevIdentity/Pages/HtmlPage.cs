using System.Text;

namespace Network.DevIdentity.Pages;

/// <summary>
/// A page for a person, in French: one document with a small inline style and no script unless it says so,
/// never cached, never framed, and leaking nothing of its address to the next site.
/// </summary>
/// <param name="title">The document's title, also its heading.</param>
/// <param name="body">The HTML after the heading, its dynamic parts already encoded.</param>
/// <param name="statusCode">The HTTP status.</param>
internal sealed class HtmlPage(string title, string body, int statusCode = StatusCodes.Status200OK) : IResult
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;background:#f4f5f7;color:#1b1b1b}
        main{max-width:26rem;margin:3rem auto;padding:2rem;background:#fff;border:1px solid #c8ccd2;border-radius:.5rem}
        h1{font-size:1.5rem;margin-top:0}
        label{display:block;font-weight:600;margin-top:1rem}
        input[type=text],input[type=password]{box-sizing:border-box;width:100%;padding:.5rem;font-size:1rem;
          border:1px solid #6b7280;border-radius:.25rem}
        button{margin-top:1.5rem;padding:.6rem 1.2rem;font-size:1rem;color:#fff;background:#1d4ed8;border:0;
          border-radius:.25rem;cursor:pointer}
        :focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}
        .erreur{padding:.75rem;border-left:4px solid #b91c1c;background:#fef2f2;color:#7f1d1d}
        """;

    public int StatusCode => statusCode;

    /// <summary>Whether the page may run its inline script (the form_post response, which submits itself).</summary>
    public bool AllowsInlineScript { get; init; }

    /// <summary>The page's HTML.</summary>
    public string Document() =>
        new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"robots\" content=\"noindex, nofollow\">\n")
            .Append("<title>")
            .Append(Encode(title))
            .Append("</title>\n<style>")
            .Append(Style)
            .Append("</style>\n</head>\n")
            .Append(AllowsInlineScript ? "<body onload=\"document.forms[0].submit()\">\n" : "<body>\n")
            .Append("<main>\n<h1>")
            .Append(Encode(title))
            .Append("</h1>\n")
            .Append(body)
            .Append("</main>\n</body>\n</html>\n")
            .ToString();

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store, must-revalidate, max-age=0";
        response.Headers.Pragma = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";

        // No form-action: browsers would apply it to the redirect that follows a sign-in, which leaves for the client.
        var scripts = AllowsInlineScript ? "script-src 'unsafe-inline'; " : "";
        response.Headers.ContentSecurityPolicy =
            $"default-src 'none'; style-src 'unsafe-inline'; {scripts}frame-ancestors 'none'; base-uri 'none'";
        await response.WriteAsync(Document(), httpContext.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// A value for the HTML text or a double-quoted attribute (the only kind these pages write): the markup
    /// characters are escaped, and French letters and apostrophes stay readable in the source.
    /// </summary>
    public static string Encode(string? value) =>
        new StringBuilder(value ?? "")
            .Replace("&", "&amp;")
            .Replace("<", "&lt;")
            .Replace(">", "&gt;")
            .Replace("\"", "&quot;")
            .ToString();
}
