using System.Net.Http.Headers;
using Network.Portal.Identity;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Telemetry;

namespace Network.Portal.Api;

/// <summary>
/// Every call to the API is made for the person whose page is being rendered: with their access token and the
/// structure they act for, and with their address, so that the gateway's limits count them and not the portal.
/// </summary>
internal sealed class ApiRequestHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        if (accessor.HttpContext is { } context)
        {
            var user = await PortalUser.OfAsync(context);
            if (user.AccessToken is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            if (user.ActingPartnerId is { } partner && user.PartnerIds.Count > 1)
            {
                request.Headers.TryAddWithoutValidation(ActingPartner.HeaderName, partner.ToString());
            }

            if (context.Connection.RemoteIpAddress is { } address)
            {
                request.Headers.TryAddWithoutValidation("X-Forwarded-For", address.ToString());
            }

            if (CorrelationId.Of(context) is { } correlationId)
            {
                request.Headers.TryAddWithoutValidation(CorrelationId.HeaderName, correlationId);
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
