using System.Net;
using System.Text.Json.Nodes;
using Network.Testing.Identity;

namespace Network.DevIdentity.Tests;

/// <summary>
/// What the admin API changes is kept in DevIdentity's data folder, never in the realm file: a restarted
/// DevIdentity (another host on the same folder) serves it, and changes made at once all stay.
/// </summary>
public sealed class AdminPersistenceTests : IDisposable
{
    private const string Email = "claire.dupont@example.org";
    private const string Password = "Un mot de passe choisi";

    private readonly TestRealm _realm = new();

    [Fact]
    public async Task Every_change_is_served_after_a_restart_and_the_realm_file_is_left_as_it_was()
    {
        var realmFile = await File.ReadAllBytesAsync(_realm.RealmFile);
        var onePartner = TestRealm.IdOf("one.partner");
        string id;
        JsonObject claire;
        await using (var identity = new DevIdentityFactory(_realm))
        {
            using var admin = await AdminApi.ConnectAsync(identity);
            id = await admin.CreateAsync(
                new
                {
                    username = "claire.dupont",
                    email = Email,
                    enabled = true,
                }
            );
            await admin.GiveRoleAsync(id, "partner-admin");
            using var changed = await admin.PutAsync(
                $"users/{onePartner}",
                new
                {
                    firstName = "Adèle",
                    attributes = new { partner_id = new[] { TestRealm.SecondPartner.ToString() } },
                }
            );
            await admin.TakeRoleAsync(onePartner, "partner-staff");
            using var sent = await admin.PutAsync($"users/{id}/execute-actions-email", new[] { "UPDATE_PASSWORD" });
            using var client = identity.CreateClient();
            using var done = await AccountSetup.SetPasswordAsync(
                client,
                DevIdentityMail.LatestTo(_realm.MailPath, Email)!.ActionLink,
                Password
            );
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
            claire = await admin.UserAsync(id);
        }

        await using var restarted = new DevIdentityFactory(_realm);
        using var restartedAdmin = await AdminApi.ConnectAsync(restarted);
        using var restartedClient = restarted.CreateClient();
        var adele = await restartedAdmin.UserAsync(onePartner);
        using var roles = await restartedAdmin.GetAsync($"users/{id}/role-mappings/realm");
        using var claireGrant = await DevIdentityFactory.PasswordGrantAsync(restartedClient, "claire.dupont", Password);
        using var adeleGrant = await DevIdentityFactory.PasswordGrantAsync(
            restartedClient,
            "one.partner",
            "one-password"
        );
        var adeleToken = DevIdentityFactory.PayloadOf(await DevIdentityFactory.AccessTokenOfAsync(adeleGrant));
        var stored = await File.ReadAllTextAsync(Path.Combine(_realm.DataPath, "users.json"));

        Assert.Equal(claire.ToJsonString(), (await restartedAdmin.UserAsync(id)).ToJsonString());
        Assert.Equal(["partner-admin", "default-roles-network"], AdminApi.Names(await AdminApi.ArrayOfAsync(roles)));
        Assert.Equal(HttpStatusCode.OK, claireGrant.StatusCode);
        Assert.Equal("Adèle", adele["firstName"]!.GetValue<string>());
        Assert.Equal(TestRealm.SecondPartner.ToString(), adeleToken["partner_id"]!.GetValue<string>());
        Assert.DoesNotContain("partner-staff", DevIdentityFactory.Strings(adeleToken["realm_access"]!["roles"]));
        Assert.Equal(realmFile, await File.ReadAllBytesAsync(_realm.RealmFile));
        Assert.DoesNotContain(Password, stored, StringComparison.Ordinal);
        Assert.Equal(["users.json"], Directory.GetFiles(_realm.DataPath, "users*").Select(Path.GetFileName));
    }

    [Fact]
    public async Task Changes_made_at_the_same_time_all_stay()
    {
        var twoPartners = TestRealm.IdOf("two.partners");
        var names = Enumerable.Range(1, 12).Select(number => $"membre.{number:00}").ToList();
        await using (var identity = new DevIdentityFactory(_realm))
        {
            using var admin = await AdminApi.ConnectAsync(identity);
            using var available = await admin.GetAsync($"users/{twoPartners}/role-mappings/realm/available");
            var roles = (await AdminApi.ArrayOfAsync(available)).Select(role => role!.DeepClone()).ToList();

            // Each role given reads and rewrites the same user: kept apart, none is lost.
            var responses = await Task.WhenAll(
                roles
                    .Select(role => admin.PostAsync($"users/{twoPartners}/role-mappings/realm", new JsonArray(role)))
                    .Concat(names.Select(name => admin.PostAsync(AdminApi.Users, new { username = name })))
            );

            Assert.All(responses, response => Assert.True(response.IsSuccessStatusCode));
            Array.ForEach(responses, response => response.Dispose());
        }

        await using var restarted = new DevIdentityFactory(_realm);
        using var restartedAdmin = await AdminApi.ConnectAsync(restarted);
        using var held = await restartedAdmin.GetAsync($"users/{twoPartners}/role-mappings/realm/available");

        Assert.Equal(names, AdminApi.Names(await restartedAdmin.SearchAsync("search=membre."), "username"));
        Assert.Empty(await AdminApi.ArrayOfAsync(held));
    }

    public void Dispose() => _realm.Dispose();
}
