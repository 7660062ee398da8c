namespace Network.DevIdentity.Admin;

/// <summary>
/// The subset of Keycloak's admin REST API the platform uses to manage its members, at Keycloak's paths, under
/// <c>/admin/realms/{realm}</c>, each behind <see cref="AdminAuthorization"/>.
/// </summary>
internal static class AdminEndpoints
{
    public static void MapAdmin(this IEndpointRouteBuilder endpoints)
    {
        var realm = endpoints.MapGroup("/admin/realms/{realm}").AddEndpointFilter<AdminAuthorization>();
        realm.MapGet("/users", UsersEndpoints.List);
        realm.MapPost("/users", UsersEndpoints.CreateAsync);
        realm.MapGet("/users/{id}", UsersEndpoints.Get);
        realm.MapPut("/users/{id}", UsersEndpoints.UpdateAsync);
        realm.MapPut("/users/{id}/execute-actions-email", ExecuteActionsEmailEndpoint.HandleAsync);
        realm.MapGet("/users/{id}/role-mappings/realm", RoleMappingsEndpoints.Get);
        realm.MapGet("/users/{id}/role-mappings/realm/available", RoleMappingsEndpoints.Available);
        realm.MapPost("/users/{id}/role-mappings/realm", RoleMappingsEndpoints.AddAsync);
        realm.MapDelete("/users/{id}/role-mappings/realm", RoleMappingsEndpoints.RemoveAsync);
        realm.MapGet("/roles/{roleName}", RolesEndpoint.Get).WithMetadata(AdminRoles.RealmReaders);
    }
}
