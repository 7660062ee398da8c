using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using IPNetwork = System.Net.IPNetwork;

namespace Network.ServiceDefaults.Http;

/// <summary>
/// The client's address, scheme and host as the proxies in front saw them (an ingress; the gateway in front of the
/// portal; the portal calling the API for a browser), so that rate limits count clients, not proxies, and redirects
/// name the public origin. Only the proxies of <c>ForwardedHeaders:KnownProxies</c> and
/// <c>ForwardedHeaders:KnownNetworks</c> are believed, loopback when neither is set: nobody on the Internet picks the
/// address a limit counts.
/// </summary>
public static class TrustedProxies
{
    public const string SectionName = "ForwardedHeaders";

    public static void AddTrustedProxies(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(SectionName);
        var proxies = Entries(section, "KnownProxies")
            .Select(entry =>
                IPAddress.TryParse(entry, out var address)
                    ? address
                    : throw Invalid("KnownProxies", entry, "an IP address")
            )
            .ToList();
        var networks = Entries(section, "KnownNetworks")
            .Select(entry =>
                IPNetwork.TryParse(entry, out var network)
                    ? network
                    : throw Invalid("KnownNetworks", entry, "a network in CIDR notation, such as 10.0.0.0/8")
            )
            .ToList();
        if (proxies.Count == 0 && networks.Count == 0)
        {
            // In local mode the portal and the gateway run side by side; elsewhere the ingress's and the portal's
            // networks are set.
            networks = [new IPNetwork(IPAddress.Loopback, 8), new IPNetwork(IPAddress.IPv6Loopback, 128)];
        }

        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders =
                ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // No count of hops: the entries are followed from the nearest back to the first address that is not a
            // trusted proxy, whatever the chain (ingress, gateway, portal, gateway again).
            options.ForwardLimit = null;
            options.RequireHeaderSymmetry = false;
            // Never both empty (loopback above): with no known proxy at all, the middleware would believe everyone.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
    }

    /// <summary>Runs before anything else that reads the client's address, scheme or host.</summary>
    public static void UseTrustedProxies(this WebApplication app)
        // With no peer address the middleware would believe the nearest entry of anyone's header: nobody is trusted
        // instead.
        =>
        app.UseWhen(context => context.Connection.RemoteIpAddress is not null, branch => branch.UseForwardedHeaders());

    private static IEnumerable<string> Entries(IConfigurationSection section, string key) =>
        (section.GetSection(key).Get<string[]>() ?? [])
            .Where(entry => !string.IsNullOrWhiteSpace(entry))
            .Select(entry => entry.Trim());

    private static InvalidOperationException Invalid(string key, string entry, string expected) =>
        new($"{SectionName}:{key} holds '{entry}', which is not {expected}.");
}
