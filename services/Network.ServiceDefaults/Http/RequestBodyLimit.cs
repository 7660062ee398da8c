using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using BadHttpRequestException = Microsoft.AspNetCore.Http.BadHttpRequestException;

namespace Network.ServiceDefaults.Http;

/// <summary>
/// One limit on request bodies (<c>Http:MaxRequestBodyBytes</c>, 1 MiB by default), enforced by the server
/// while reading and up front from <c>Content-Length</c>, so an oversized body is a 413 problem.
/// </summary>
internal static class RequestBodyLimit
{
    private const long DefaultMaxBytes = 1024 * 1024;

    public static void AddHttpDefaults(this IHostApplicationBuilder builder)
    {
        var maxBytes = builder.Configuration.GetValue("Http:MaxRequestBodyBytes", DefaultMaxBytes);
        builder.Services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = maxBytes);
        builder.Services.Configure<RequestBodyLimitOptions>(options => options.MaxBytes = maxBytes);
    }

    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(
            async (context, next) =>
            {
                var maxBytes = context
                    .RequestServices.GetRequiredService<IOptions<RequestBodyLimitOptions>>()
                    .Value.MaxBytes;
                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
                {
                    feature.MaxRequestBodySize = maxBytes;
                }

                if (context.Request.ContentLength > maxBytes)
                {
                    throw new BadHttpRequestException(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"The request body is larger than {maxBytes} bytes."
                        ),
                        StatusCodes.Status413PayloadTooLarge
                    );
                }

                await next(context);
            }
        );
}

internal sealed class RequestBodyLimitOptions
{
    public long MaxBytes { get; set; }
}
