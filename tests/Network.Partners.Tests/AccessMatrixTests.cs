using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Testing;

namespace Network.Partners.Tests;

/// <summary>Every route of the Partners contract, called by every role, answers the status the contract
/// names.</summary>
public sealed class AccessMatrixTests(TestInfrastructure infrastructure) : DemoNetworkTest(infrastructure)
{
    private enum Role
    {
        Anonymous,
        Staff,
        Admin,
        OtherPartnerStaff,
        Coordinator,
    }

    [Fact]
    public async Task Each_route_answers_each_role_as_the_contract_says()
    {
        var pending = await ApplyAsync();
        var cases = new (
            string Method,
            string Path,
            Func<object?> Body,
            Guid Partner,
            Dictionary<Role, HttpStatusCode> Expected
        )[]
        {
            ("GET", "/api/partners", NoBody, Moulins, All(HttpStatusCode.OK)),
            ("GET", $"/api/partners/{Moulins}", NoBody, Moulins, All(HttpStatusCode.OK)),
            (
                "GET",
                $"/api/partners/{pending}",
                NoBody,
                pending,
                Expect(
                    HttpStatusCode.NotFound,
                    HttpStatusCode.OK,
                    HttpStatusCode.OK,
                    HttpStatusCode.NotFound,
                    HttpStatusCode.OK
                )
            ),
            ("GET", "/api/partners/taxonomy", NoBody, Moulins, All(HttpStatusCode.OK)),
            ("GET", "/api/partners/export?format=csv", NoBody, Moulins, All(HttpStatusCode.OK)),
            (
                "GET",
                $"/api/partners/{Moulins}/history",
                NoBody,
                Moulins,
                Expect(
                    HttpStatusCode.Unauthorized,
                    HttpStatusCode.OK,
                    HttpStatusCode.OK,
                    HttpStatusCode.NotFound,
                    HttpStatusCode.OK
                )
            ),
            (
                "POST",
                "/api/partners",
                () => Profile(),
                Moulins,
                Expect(
                    HttpStatusCode.Unauthorized,
                    HttpStatusCode.Forbidden,
                    HttpStatusCode.Forbidden,
                    HttpStatusCode.Forbidden,
                    HttpStatusCode.Created
                )
            ),
            (
                "PUT",
                $"/api/partners/{Moulins}",
                () => Profile("Centre social Les Moulins"),
                Moulins,
                Expect(
                    HttpStatusCode.Unauthorized,
                    HttpStatusCode.Forbidden,
                    HttpStatusCode.OK,
                    HttpStatusCode.Forbidden,
                    HttpStatusCode.OK
                )
            ),
            (
                "POST",
                $"/api/partners/{pending}/approve",
                NoBody,
                pending,
                Expect(
                    HttpStatusCode.Unauthorized,
                    HttpStatusCode.Forbidden,
                    HttpStatusCode.Forbidden,
                    HttpStatusCode.Forbidden,
                    HttpStatusCode.OK
                )
            ),
            (
                "POST",
                $"/api/partners/{Pasteur}/suspend",
                () => new { reason = "Locaux fermés pour travaux." },
                Pasteur,
                Expect(
                    HttpStatusCode.Unauthorized,
                    HttpStatusCode.Forbidden,
                    HttpStatusCode.Forbidden,
                    HttpStatusCode.Forbidden,
                    HttpStatusCode.OK
                )
            ),
            (
                "POST",
                $"/api/partners/{Pasteur}/reactivate",
                NoBody,
                Pasteur,
                Expect(
                    HttpStatusCode.Unauthorized,
                    HttpStatusCode.Forbidden,
                    HttpStatusCode.Forbidden,
                    HttpStatusCode.Forbidden,
                    HttpStatusCode.OK
                )
            ),
            (
                "POST",
                $"/api/partners/{Vesubie}/archive",
                () => new { reason = "Fusion avec la médiathèque intercommunale." },
                Vesubie,
                Expect(
                    HttpStatusCode.Unauthorized,
                    HttpStatusCode.Forbidden,
                    HttpStatusCode.Forbidden,
                    HttpStatusCode.Forbidden,
                    HttpStatusCode.OK
                )
            ),
        };

        var mismatches = new List<string>();
        foreach (var (method, path, body, partner, expected) in cases)
        {
            foreach (var (role, status) in expected)
            {
                using var client = ClientFor(role, partner);
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (body() is { } content)
                {
                    request.Content = JsonContent.Create(content);
                }

                var actual = (await client.SendAsync(request)).StatusCode;
                if (actual != status)
                {
                    mismatches.Add($"{method} {path} as {role}: {(int)actual}, expected {(int)status}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public async Task A_user_with_no_partner_applies_and_waits_as_pending()
    {
        using var newcomer = Newcomer();
        var response = await newcomer.PostAsJsonAsync("/api/partners", Profile());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(
            "pending",
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString()
        );
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync(response.Headers.Location)).StatusCode);
    }

    private async Task<Guid> ApplyAsync()
    {
        using var newcomer = Newcomer();
        var response = await newcomer.PostAsJsonAsync("/api/partners", Profile());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private HttpClient ClientFor(Role role, Guid partner) =>
        role switch
        {
            Role.Anonymous => Anonymous(),
            Role.Staff => StaffOf(partner),
            Role.Admin => AdminOf(partner),
            Role.OtherPartnerStaff => StaffOf(Remparts),
            _ => Coordinator(),
        };

    private static object? NoBody() => null;

    private static Dictionary<Role, HttpStatusCode> All(HttpStatusCode status) =>
        Expect(status, status, status, status, status);

    private static Dictionary<Role, HttpStatusCode> Expect(
        HttpStatusCode anonymous,
        HttpStatusCode staff,
        HttpStatusCode admin,
        HttpStatusCode otherPartner,
        HttpStatusCode coordinator
    ) =>
        new()
        {
            [Role.Anonymous] = anonymous,
            [Role.Staff] = staff,
            [Role.Admin] = admin,
            [Role.OtherPartnerStaff] = otherPartner,
            [Role.Coordinator] = coordinator,
        };
}
