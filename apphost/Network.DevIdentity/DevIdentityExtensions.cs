using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Network.DevIdentity.Actions;
using Network.DevIdentity.Admin;
using Network.DevIdentity.Authorization;
using Network.DevIdentity.Endpoints;
using Network.DevIdentity.Realm;
using Network.DevIdentity.Sessions;
using Network.DevIdentity.State;
using Network.DevIdentity.Tokens;

namespace Network.DevIdentity;

/// <summary>Registration and endpoints of DevIdentity, the local stand-in for Keycloak.</summary>
public static class DevIdentityExtensions
{
    public const string DevelopmentOnly =
        "DevIdentity is a development stand-in for Keycloak and only runs in the Development environment.";

    /// <summary>Keycloak's default address, where services look for it in local mode.</summary>
    public const string DefaultUrl = "http://localhost:8080";

    public static WebApplicationBuilder AddDevIdentity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Keycloak's port even without the launch profile, unless ASPNETCORE_URLS, --urls, ports or Kestrel
        // endpoints name another.
        var configuration = builder.Configuration;
        if (
            string.IsNullOrEmpty(configuration["urls"])
            && string.IsNullOrEmpty(configuration["http_ports"])
            && string.IsNullOrEmpty(configuration["https_ports"])
            && !configuration.GetSection("Kestrel:Endpoints").Exists()
        )
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Options are read when first needed, after every configuration source (test hosts' too) is in.
        builder.Services.AddOptions<DevIdentityOptions>().BindConfiguration(DevIdentityOptions.SectionName);
        builder.Services.AddSingleton(services => new UserChanges(DataFolder(services)));
        builder.Services.AddSingleton<RealmStore>();
        builder.Services.AddSingleton(services => SigningKey.LoadOrCreate(DataFolder(services)));
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddSingleton<ActionTokens>();
        builder.Services.AddSingleton<MailPickup>();

        // Sessions, codes and pending forms live in memory, as a restart of Keycloak without a database would lose
        // them.
        builder.Services.AddSingleton<ClientRedirects>();
        builder.Services.AddSingleton<SsoSessions>();
        builder.Services.AddSingleton<AuthorizationCodes>();
        builder.Services.AddSingleton<ShortLivedStore<LoginAttempt>>();
        builder.Services.AddSingleton<ShortLivedStore<PendingLogout>>();
        builder.Services.AddSingleton<ShortLivedStore<AuthorizationParameters>>();
        builder.Services.AddSingleton<BrowserSignIn>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>
    /// Maps <c>/health</c>, the realm's endpoints and the admin API's, after refusing any environment but
    /// Development and reading the realm file, the admin API's changes and the signing key, so that a mistake in any
    /// stops the start.
    /// </summary>
    public static WebApplication MapDevIdentity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(DevelopmentOnly);
        }

        _ = app.Services.GetRequiredService<RealmStore>().Current;
        _ = app.Services.GetRequiredService<SigningKey>();

        app.MapGet("/health", () => Results.Text("Healthy"));
        app.MapRealm();
        app.MapAdmin();
        return app;
    }

    private static string DataFolder(IServiceProvider services) =>
        Path.GetFullPath(
            services.GetRequiredService<IOptions<DevIdentityOptions>>().Value.DataPath,
            services.GetRequiredService<IHostEnvironment>().ContentRootPath
        );
}
