using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Network.Gateway.Tests;

/// <summary>
/// A service behind the gateway that answers every request with what it received, so tests see what the
/// gateway forwards (path, headers) and whether a request reached it at all.
/// </summary>
internal sealed class EchoService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EchoService(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedRequest> Received { get; } = new();

    public bool Healthy { get; set; } = true;

    public string Url => _app.Urls.First();

    public static async Task<EchoService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var echo = new EchoService(app);
        app.Run(context =>
        {
            if (context.Request.Path == "/health")
            {
                context.Response.StatusCode = echo.Healthy
                    ? StatusCodes.Status200OK
                    : StatusCodes.Status503ServiceUnavailable;
                return Task.CompletedTask;
            }

            echo.Received.Enqueue(
                new ReceivedRequest(
                    context.Request.Method,
                    context.Request.Path + context.Request.QueryString,
                    context.Request.Headers.ToDictionary(
                        header => header.Key,
                        header => header.Value.ToString(),
                        StringComparer.OrdinalIgnoreCase
                    )
                )
            );
            return context.Response.WriteAsJsonAsync(new { received = context.Request.Path.Value });
        });
        await app.StartAsync();
        return echo;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    public sealed record ReceivedRequest(
        string Method,
        string PathAndQuery,
        IReadOnlyDictionary<string, string> Headers
    );
}
