using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Network.Portal;

/// <summary>
/// An error page shown for a failed form post is rendered as a plain GET: re-executed as the post it answers, it would
/// read that form again (and fail again, or count as a post to the error page).
/// </summary>
internal static class ErrorPagesAsGet
{
    public static void UseErrorPagesAsGet(this IApplicationBuilder app) =>
        app.Use(
            (context, next) =>
            {
                if (
                    context.Features.Get<IExceptionHandlerFeature>() is not null
                    || context.Features.Get<IStatusCodeReExecuteFeature>() is not null
                )
                {
                    context.Request.Method = HttpMethods.Get;
                    context.Request.ContentType = null;
                    context.Request.ContentLength = 0;
                    context.Request.Body = Stream.Null;
                    context.Features.Set<IFormFeature>(null);
                    context.Features.Set<IAntiforgeryValidationFeature>(null);
                }

                return next(context);
            }
        );
}
