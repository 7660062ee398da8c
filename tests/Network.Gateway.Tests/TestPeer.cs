using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Network.Gateway.Tests;

/// <summary>
/// The far end of the connection, which the in-memory test server does not have: 127.0.0.1, as the portal beside the
/// gateway in local mode, unless a request names another in <c>X-Test-Peer</c> (an ingress, the portal, a stranger),
/// or <c>none</c> for a connection without an address (a Unix socket).
/// </summary>
internal sealed class TestPeer : IStartupFilter
{
    public const string HeaderName = "X-Test-Peer";

    public const string NoAddress = "none";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) =>
        app =>
        {
            app.Use(
                (context, nextMiddleware) =>
                {
                    var named = context.Request.Headers[HeaderName].ToString();
                    context.Connection.RemoteIpAddress = named switch
                    {
                        "" => IPAddress.Loopback,
                        NoAddress => null,
                        _ => IPAddress.Parse(named),
                    };
                    context.Request.Headers.Remove(HeaderName);
                    return nextMiddleware(context);
                }
            );
            next(app);
        };
}
