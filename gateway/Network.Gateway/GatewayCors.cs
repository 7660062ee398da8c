namespace Network.Gateway;

/// <summary>Browsers may call the API from the origins listed in <c>Cors:AllowedOrigins</c> (the portal), and no
/// others.</summary>
internal static class GatewayCors
{
    public static void AddGatewayCors(this WebApplicationBuilder builder)
    {
        var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        builder.Services.AddCors(cors =>
            cors.AddDefaultPolicy(policy =>
                policy
                    .WithOrigins(origins)
                    .AllowAnyMethod()
                    .WithHeaders(
                        "Authorization",
                        "Content-Type",
                        "If-Match",
                        "Idempotency-Key",
                        "X-Partner-Id",
                        "X-Correlation-Id"
                    )
                    .WithExposedHeaders("Location", "ETag", "Retry-After", "X-Correlation-Id", "Idempotent-Replayed")
            )
        );
    }
}
