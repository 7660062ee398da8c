using System.Net;
using Xunit;

namespace Network.Testing.Identity;

/// <summary>
/// Follows the link of an execute-actions e-mail (see <see cref="DevIdentityMail"/>) as the person would: opens
/// DevIdentity's page, types the new password twice and sends it; the answer is the page that follows.
/// </summary>
public static class AccountSetup
{
    /// <summary>The fields of Keycloak's password form, which DevIdentity's page keeps.</summary>
    private const string NewPasswordField = "password-new";
    private const string ConfirmationField = "password-confirm";

    public static async Task<HttpResponseMessage> SetPasswordAsync(
        HttpClient client,
        Uri link,
        string password,
        string? confirmation = null
    )
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(link);
        using var page = await client.GetAsync(link);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, html);
        var form = DevIdentityForm.Parse(html);
        using var answer = form.With((NewPasswordField, password), (ConfirmationField, confirmation ?? password));
        return await client.PostAsync(new Uri(link, form.Action), answer);
    }
}
