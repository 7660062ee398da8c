using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Network.DevIdentity;

namespace Network.Testing.Identity;

/// <summary>
/// DevIdentity on a loopback port, serving the development realm (its demo users and clients) with a data folder of
/// its own: Keycloak's token endpoint and admin API for a service under test, as local mode has them.
/// </summary>
public sealed class DevIdentityServer : IAsyncDisposable
{
    /// <summary>The development realm's secret of the members' service account.</summary>
    public const string MembersSecret = "network-members-dev-secret";

    private readonly WebApplication _app;

    private DevIdentityServer(WebApplication app, string dataFolder)
    {
        _app = app;
        DataFolder = dataFolder;
        Address = new Uri(app.Urls.First());
    }

    public Uri Address { get; }

    /// <summary>Where its changes and, under <c>mail</c>, its e-mails are kept.</summary>
    public string DataFolder { get; }

    public string MailFolder => Path.Combine(DataFolder, "mail");

    /// <summary>The settings that make a partners service manage members through this server.</summary>
    public IReadOnlyDictionary<string, string?> MembersSettings =>
        new Dictionary<string, string?>
        {
            ["Members:AuthServerUrl"] = Address.ToString().TrimEnd('/'),
            ["Members:ClientSecret"] = MembersSecret,
            ["Members:GrantInterval"] = "00:00:00.200",
            ["Members:GrantMaxBackoff"] = "00:00:01",
        };

    /// <param name="port">A port of its own, else any free one.</param>
    /// <param name="dataFolder">The folder of an earlier server, to find its changes again.</param>
    public static async Task<DevIdentityServer> StartAsync(int? port = null, string? dataFolder = null)
    {
        dataFolder ??= Directory.CreateTempSubdirectory("network-identity-").FullName;
        var builder = WebApplication.CreateBuilder(
            new WebApplicationOptions { EnvironmentName = Environments.Development, ApplicationName = "DevIdentity" }
        );
        builder.WebHost.UseUrls($"http://127.0.0.1:{port ?? 0}");
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                ["DevIdentity:RealmFile"] = Path.Combine(
                    AppContext.BaseDirectory,
                    "DevelopmentRealm",
                    "network-realm.json"
                ),
                ["DevIdentity:DataPath"] = dataFolder,
                ["DevIdentity:MailPickupDirectory"] = Path.Combine(dataFolder, "mail"),
            }
        );
        builder.AddDevIdentity();
        var app = builder.Build();
        app.MapDevIdentity();
        await app.StartAsync();
        return new DevIdentityServer(app, dataFolder);
    }

    /// <summary>A demo user's access token (password = user name), as a script gets it.</summary>
    public Task<string> TokenAsync(string username, string? password = null) =>
        DevIdentityClient.PasswordTokenAsync(Address, username, password ?? username);

    /// <summary>Stops the server and keeps its data folder, for a server started again on it.</summary>
    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind harms no later run.
        }
    }
}
