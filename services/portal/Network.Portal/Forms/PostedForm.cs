namespace Network.Portal.Forms;

/// <summary>
/// The name of the form a post sent (the <c>_handler</c> field Blazor adds to each form). A page that shows an action
/// only in some states renders the posted one all the same, so that a second click, or a change someone else made
/// meanwhile, gets the API's answer in words rather than an error page.
/// </summary>
public static class PostedForm
{
    public static string? NameOf(HttpContext? context) =>
        context?.Request is { Method: "POST", HasFormContentType: true } request
            ? request.Form["_handler"].ToString()
            : null;
}
