using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Network.Resilience.Tests.Access;

/// <summary>
/// A user who works for several partners and does not say which one they act for gets the same answer from every
/// service, on every route that acts for a partner: 400 naming <c>X-Partner-Id</c>.
/// </summary>
[Collection(AccessPlatform.Collection)]
public sealed class ActingPartnerTests(AccessPlatform platform)
{
    /// <summary>Staff of two partners of the demo network (the Vésubie's, suspended here, and another).</summary>
    private const string StaffOfTwo = "conseiller.itinerant";

    private static readonly Guid ActivePartnerOfTwo = Guid.Parse("0193a000-0000-7000-8000-00000000000b");

    private static readonly (string Method, string Path)[] PartnerRoutes =
    [
        ("POST", "/api/events"),
        ("POST", "/api/referrals"),
        ("GET", "/api/referrals"),
        ("POST", "/api/equipment"),
        ("GET", "/api/equipment"),
        ("GET", "/api/equipment/reservations"),
        ("GET", "/api/activity/overview"),
        ("GET", "/api/partners/notices/undelivered"),
        ("GET", "/api/referrals/notices/undelivered"),
        ("GET", "/api/equipment/notices/undelivered"),
    ];

    [Fact]
    public async Task Without_X_Partner_Id_every_service_answers_400_naming_the_header_and_with_it_acts()
    {
        var failures = new List<string>();
        foreach (var (method, path) in PartnerRoutes)
        {
            using var unnamed = Request(method, path, actingFor: null);
            using var answer = await platform.SendAsync(StaffOfTwo, unnamed);
            var body = await answer.Content.ReadAsStringAsync();
            if (answer.StatusCode != HttpStatusCode.BadRequest || !NamesTheHeader(body))
            {
                failures.Add($"{method} {path} without the header: {(int)answer.StatusCode} {body}");
            }

            using var named = Request(method, path, ActivePartnerOfTwo);
            using var acted = await platform.SendAsync(StaffOfTwo, named);
            if (
                acted.StatusCode == HttpStatusCode.BadRequest
                && NamesTheHeader(await acted.Content.ReadAsStringAsync())
            )
            {
                failures.Add($"{method} {path} with the header still asks for it");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static HttpRequestMessage Request(string method, string path, Guid? actingFor)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { });
        }

        if (actingFor is { } partner)
        {
            request.Headers.Add("X-Partner-Id", partner.ToString());
        }

        return request;
    }

    private static bool NamesTheHeader(string body)
    {
        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("errors", out var errors)
                && errors.TryGetProperty("X-Partner-Id", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
