using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Network.Portal.Api;
using Network.Portal.Calendar;
using Network.Portal.Components;
using Network.Portal.Exports;
using Network.Portal.Identity;
using Network.ServiceDefaults;
using Network.ServiceDefaults.Http;

namespace Network.Portal;

/// <summary>The portal: pages rendered on the server, sign-in, and the API client that calls the services for
/// them.</summary>
public static class PortalExtensions
{
    public static void AddPortal(this WebApplicationBuilder builder)
    {
        // Run from a build (the app host, tests) its assets live in the build's manifest; once published, in wwwroot.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.SectionName).ValidateOnStart();
        builder.Services.AddRazorComponents();
        // French is written as French, not as numeric entities: pages are smaller and read the same.
        builder.Services.Configure<WebEncoderOptions>(options =>
            options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All)
        );
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddMemoryCache();
        builder.AddTrustedProxies();
        builder.AddPortalSignIn();
        builder.AddPortalApi();
        builder.AddPublicPageCache();
        builder.Services.AddScoped<Forms.Flash>();
    }

    public static void UsePortal(this WebApplication app)
    {
        app.UseTrustedProxies();
        app.UseExceptionHandler(
            new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/erreur",
                CreateScopeForErrors = true,
                // A form that failed its antiforgery check, or any other bad request, is the sender's to fix: not a
                // 500.
                StatusCodeSelector = exception =>
                    exception switch
                    {
                        BadHttpRequestException bad => bad.StatusCode,
                        ServiceUnavailableException => StatusCodes.Status503ServiceUnavailable,
                        _ => StatusCodes.Status500InternalServerError,
                    },
            }
        );
        app.UseStatusCodePagesWithReExecute("/erreur/{0}", createScopeForStatusCodePages: true);
        app.UseErrorPagesAsGet();
        app.UseHostDefaults();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapAccountEndpoints();
        app.MapCalendarEndpoints();
        app.MapActivityExportEndpoints();
        app.MapRazorComponents<App>();
    }
}
