using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Network.Portal.Identity;
using Polly.Timeout;

namespace Network.Portal.Api;

internal static class PortalApiRegistration
{
    public static void AddPortalApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddTransient<ApiRequestHandler>();
        builder.Services.AddHttpClient<PortalApi>((services, client) =>
            {
                client.BaseAddress = services.GetRequiredService<IOptions<PortalOptions>>().Value.Api;
                client.Timeout = TimeSpan.FromSeconds(30);
            })
            .AddHttpMessageHandler<ApiRequestHandler>();

        // The resilience every client gets (the host defaults), tuned for pages: the handler's options are named after the client.
        builder.Services.Configure<HttpStandardResilienceOptions>($"{nameof(PortalApi)}-standard", options =>
            {
                // A page waits for the API, so no retry may outlast a person's patience; a POST is never sent twice
                // by the client (its Idempotency-Key covers the person's own second click), and a 429 is shown, not retried.
                options.Retry.MaxRetryAttempts = 2;
                options.Retry.ShouldHandle = arguments => ValueTask.FromResult(
                    arguments.Outcome.Exception is HttpRequestException or TimeoutRejectedException
                    || (int?)arguments.Outcome.Result?.StatusCode is >= 500);
                options.Retry.DisableForUnsafeHttpMethods();
                options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(10);
                options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(25);
            });
        builder.Services.AddHttpClient(TokenRefresher.HttpClientName);
        builder.Services.AddScoped<StructuresClient>();
        builder.Services.AddScoped<WorkshopsClient>();
    }
}
