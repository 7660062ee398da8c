using System.Net;
using System.Net.Http.Headers;
using Network.Resilience.Tests.Platform;

namespace Network.Resilience.Tests.Access;

/// <summary>
/// The gateway and every service, reached directly, refuse a token with any one defect, and accept the same token
/// without it: 401 with <c>WWW-Authenticate</c> (and a problem body when there is a body).
/// </summary>
[Collection(AccessPlatform.Collection)]
public sealed class TokenValidationTests(AccessPlatform platform)
{
    /// <summary>One protected route per entry point, which staff of partner A may call without changing
    /// anything.</summary>
    private static readonly (string EntryPoint, string Route)[] EntryPoints =
    [
        ("gateway", "/api/referrals/needs"),
        ("partners", $"/api/partners/{DemoUsers.PartnerA}/history"),
        ("events", $"/api/events/{Guid.CreateVersion7()}/registrations"),
        ("referrals", "/api/referrals"),
        ("equipment", "/api/equipment/reservations"),
        ("activity", "/api/activity/overview"),
    ];

    public static TheoryData<TokenDefect> Defects => [.. Enum.GetValues<TokenDefect>()];

    [Theory]
    [MemberData(nameof(Defects))]
    public async Task Every_entry_point_accepts_only_a_flawless_token(TokenDefect defect)
    {
        using var forge = TokenForge.From(
            Path.Combine(platform.Platform.DataFolder, "identity"),
            await platform.TokenAsync(DemoUsers.StaffA)
        );
        var failures = new List<string>();
        foreach (var (entryPoint, route) in EntryPoints)
        {
            using var client = new HttpClient
            {
                BaseAddress =
                    entryPoint == "gateway" ? platform.Platform.Gateway : platform.Platform.Service(entryPoint),
            };
            using var request = new HttpRequestMessage(HttpMethod.Get, route);
            if (forge.Craft(defect) is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            if (defect == TokenDefect.None)
            {
                if (status is 401 or >= 500)
                {
                    failures.Add($"{entryPoint} GET {route}: {status} for a valid token");
                }

                continue;
            }

            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                failures.Add($"{entryPoint} GET {route}: {status}, expected 401");
                continue;
            }

            if (response.Headers.WwwAuthenticate.Count == 0)
            {
                failures.Add($"{entryPoint} GET {route}: 401 without WWW-Authenticate");
            }

            var body = await response.Content.ReadAsStringAsync();
            if (body.Length > 0 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add(
                    $"{entryPoint} GET {route}: 401 with a body of {response.Content.Headers.ContentType} that is "
                        + "no problem"
                );
            }
        }

        Assert.True(failures.Count == 0, $"{defect}:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }
}
