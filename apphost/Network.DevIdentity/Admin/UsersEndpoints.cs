using System.Net.Mail;
using System.Text.Json.Nodes;
using Network.DevIdentity.Realm;
using Network.DevIdentity.Tokens;

namespace Network.DevIdentity.Admin;

/// <summary>
/// <c>/admin/realms/{realm}/users</c>: the users listed and searched, read, created and updated, with Keycloak's
/// answers, refusals included.
/// </summary>
internal static class UsersEndpoints
{
    public static IResult List(HttpContext context, RealmStore store)
    {
        var realm = store.Current;
        var query = UserQuery.From(context.Request.Query);
        return Results.Json(
            new JsonArray([
                .. query.Apply(realm).Select(user => (JsonNode?)UserRepresentations.Of(user, realm, query.Brief)),
            ])
        );
    }

    public static IResult Get(string id, RealmStore store)
    {
        var realm = store.Current;
        return realm.FindBySubject(id) is { } user
            ? Results.Json(UserRepresentations.Of(user, realm, brief: false))
            : AdminErrors.UserNotFound();
    }

    /// <summary>A new user, enabled only when the representation says so and holding the realm's default roles, as
    /// Keycloak creates them: 201 with its address.</summary>
    public static async Task<IResult> CreateAsync(HttpContext context, RealmStore store, TimeProvider time)
    {
        var (input, error) = await AdminJson.ReadAsync<UserInput>(context.Request).ConfigureAwait(false);
        if (input is null)
        {
            return error ?? AdminErrors.UnreadableJson();
        }

        return store.Edit<IResult>(realm =>
        {
            var user = input.ApplyTo(
                new RealmUser
                {
                    Id = Guid.NewGuid().ToString(),
                    Username = "",
                    CreatedTimestamp = time.GetUtcNow().ToUnixTimeMilliseconds(),
                    RealmRoles = [KeycloakTokenShape.DefaultRealmRoles(realm.Realm)[0]],
                }
            );
            var request = context.Request;
            var users = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path.Value?.TrimEnd('/')}";
            return Refusal(user, realm) is { } refusal
                ? (refusal, [])
                : (Results.Created($"{users}/{user.Id}", null), [user]);
        });
    }

    /// <summary>The fields the representation gives replace the user's: 204.</summary>
    public static async Task<IResult> UpdateAsync(string id, HttpContext context, RealmStore store)
    {
        var (input, error) = await AdminJson.ReadAsync<UserInput>(context.Request).ConfigureAwait(false);
        if (input is null)
        {
            return error ?? AdminErrors.UnreadableJson();
        }

        return store.Edit<IResult>(realm =>
        {
            if (realm.FindBySubject(id) is not { } user)
            {
                return (AdminErrors.UserNotFound(), []);
            }

            var updated = input.ApplyTo(user) with { Id = user.SubjectIn(realm.Realm) };
            return Refusal(updated, realm) is { } refusal ? (refusal, []) : (Results.NoContent(), [updated]);
        });
    }

    /// <summary>What Keycloak refuses of a user about to be saved, in its order; null when nothing.</summary>
    private static IResult? Refusal(RealmUser user, RealmFile realm)
    {
        if (string.IsNullOrWhiteSpace(user.Username))
        {
            return AdminErrors.BadRequest("User name is missing");
        }

        if (user.Email is { } email && !(MailAddress.TryCreate(email, out var address) && address.Address == email))
        {
            return Results.Json(
                new JsonObject
                {
                    ["field"] = "email",
                    ["errorMessage"] = "error-invalid-email",
                    ["params"] = new JsonArray("email", email),
                },
                statusCode: StatusCodes.Status400BadRequest
            );
        }

        var others = realm
            .Users.Where(other =>
                !string.Equals(other.SubjectIn(realm.Realm), user.Id, StringComparison.OrdinalIgnoreCase)
            )
            .ToList();
        if (others.Any(other => string.Equals(other.Username, user.Username, StringComparison.OrdinalIgnoreCase)))
        {
            return AdminErrors.Conflict("User exists with same username");
        }

        return
            user.Email is not null
            && others.Any(other => string.Equals(other.Email, user.Email, StringComparison.OrdinalIgnoreCase))
            ? AdminErrors.Conflict("User exists with same email")
            : null;
    }
}
