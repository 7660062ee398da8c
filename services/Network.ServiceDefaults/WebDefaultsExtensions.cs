using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Network.ServiceDefaults.Health;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.OpenApi;
using Network.ServiceDefaults.Problems;
using Network.ServiceDefaults.Protection;
using Network.ServiceDefaults.Telemetry;
using Network.ServiceDefaults.Validation;

namespace Network.ServiceDefaults;

/// <summary>
/// What every deployable of the network that serves HTTP shares, registered and wired in one call each; nothing here
/// reaches a database or a broker (the services add those with <c>AddServiceDefaults</c>, of
/// Network.ServiceDefaults.Data).
/// </summary>
public static class WebDefaultsExtensions
{
    /// <summary>
    /// The host defaults, and what every API shares: HTTP limits, problems, the validation of requests, Keycloak
    /// tokens, OpenAPI, the key ring.
    /// </summary>
    public static TBuilder AddWebDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.AddHostDefaults();
        builder.AddHttpDefaults();
        builder.AddProblemResponses();
        builder.AddRequestValidation();
        builder.AddKeycloakAuthentication();
        builder.AddServiceOpenApi();
        builder.AddKeyRing();
        return builder;
    }

    /// <summary>
    /// What every deployable shares, web front ends included: the clock, telemetry, <c>/alive</c>, <c>/ready</c> and
    /// <c>/health</c>, and HTTP clients that find the other deployables by name and retry what is worth retrying.
    /// </summary>
    public static TBuilder AddHostDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            // HttpResilience (e.g. HttpResilience:Retry:MaxRetryAttempts) tunes it per deployable: a page cannot wait
            // as long as a job. The library refuses an empty section, so a deployable that tunes nothing passes none.
            var tuning = builder.Configuration.GetSection("HttpResilience");
            (
                tuning.Exists() ? http.AddStandardResilienceHandler(tuning) : http.AddStandardResilienceHandler()
            ).Configure(options =>
            {
                // A 429 asks the caller to wait, often a minute: the person behind a page is told, not kept waiting. A
                // POST is sent again only by its sender, with its Idempotency-Key, never behind its back.
                options.Retry.ShouldHandle = arguments =>
                    ValueTask.FromResult(
                        HttpClientResiliencePredicates.IsTransient(arguments.Outcome)
                            && arguments.Outcome.Result?.StatusCode != System.Net.HttpStatusCode.TooManyRequests
                    );
                options.Retry.DisableForUnsafeHttpMethods();
            });
            http.AddServiceDiscovery();
        });
        return builder;
    }

    /// <summary>The shared pipeline of a deployable that is not an API: correlation ids and the health
    /// endpoints.</summary>
    public static WebApplication UseHostDefaults(this WebApplication app)
    {
        app.UseCorrelationId();
        app.MapDefaultHealthChecks();
        return app;
    }

    /// <summary>
    /// The request pipeline every API shares, and its default endpoints. Its last middleware authorizes the caller:
    /// what the deployable adds next runs for a caller known and allowed.
    /// </summary>
    public static WebApplication UseWebDefaults(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCorrelationId();
        app.UseRequestBodyLimit();
        app.UseAuthentication();
        app.UseActingPartner();
        app.UseAuthorization();

        app.MapDefaultHealthChecks();
        app.MapServiceOpenApi();
        return app;
    }
}
