namespace Network.Partners.Members;

/// <summary>The members' part of the service: Keycloak's admin API, its failures' answers, and the rights still to
/// give.</summary>
internal static class MembersRegistration
{
    public static void AddMembers(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<MembersOptions>(builder.Configuration.GetSection(MembersOptions.SectionName));
        builder.Services.AddSingleton<KeycloakAdminAddress>();
        builder.Services.AddSingleton<ServiceAccountToken>();
        builder.Services.AddTransient<ServiceAccountTokenHandler>();
        builder.Services.AddHttpClient(ServiceAccountToken.TokenClient);
        builder
            .Services.AddHttpClient<KeycloakAdmin>(
                (services, http) => http.BaseAddress = services.GetRequiredService<KeycloakAdminAddress>().AdminBase
            )
            .AddHttpMessageHandler<ServiceAccountTokenHandler>();
        builder.Services.AddScoped<Membership>();
        builder.Services.AddExceptionHandler<IdentityProviderExceptionHandler>();
        builder.Services.AddHostedService<MembershipTasks>();
    }
}
