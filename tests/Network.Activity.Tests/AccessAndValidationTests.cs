using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Activity.Persistence;
using Network.Testing;
using Network.Testing.Hosting;
using Network.Testing.Identity;

namespace Network.Activity.Tests;

/// <summary>Who sees what, and every bad query parameter named in a 400.</summary>
public sealed class AccessAndValidationTests(TestInfrastructure infrastructure)
    : ServiceTest<ActivityDbContext>(infrastructure, "activitydb")
{
    private static readonly string[] CoordinatorRoutes =
    [
        "/api/activity/partners",
        "/api/activity/referral-flows",
        "/api/activity/referrals/pending",
        "/api/activity/export.csv",
    ];

    private readonly Guid _partner = Guid.CreateVersion7();

    [Fact]
    public async Task The_coordinator_sees_everything_and_a_partner_only_its_own_overview_and_series()
    {
        using var anonymous = Service.CreateClient(token: null);
        using var coordinator = Client(TestUser.Coordinator());
        using var staff = Client(TestUser.Staff(_partner));
        using var newcomer = Client(TestUser.Newcomer());

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(anonymous, "/api/activity/overview")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(newcomer, "/api/activity/overview")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(coordinator, "/api/activity/overview")).StatusCode);

        var own = await (await GetAsync(staff, "/api/activity/overview")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(_partner, own.GetProperty("partnerId").GetGuid());
        Assert.Equal(
            HttpStatusCode.OK,
            (await GetAsync(staff, $"/api/activity/timeseries?partnerId={_partner}")).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await GetAsync(staff, $"/api/activity/overview?partnerId={Guid.CreateVersion7()}")).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await GetAsync(staff, $"/api/activity/timeseries?partnerId={Guid.CreateVersion7()}")).StatusCode
        );
        foreach (var route in CoordinatorRoutes)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(staff, route)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(coordinator, route)).StatusCode);
        }

        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await staff.PostAsync(new Uri("/api/activity/rebuild", UriKind.Relative), null)).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (await coordinator.PostAsync(new Uri("/api/activity/rebuild", UriKind.Relative), null)).StatusCode
        );
    }

    [Theory]
    [InlineData("/api/activity/overview?from=hier&to=2026-01-01&partnerId=moulins", "from,partnerId")]
    [InlineData("/api/activity/overview?from=2026-03-01&to=2026-02-01", "to")]
    [InlineData("/api/activity/timeseries?metric=visites&granularity=day", "metric,granularity")]
    [InlineData("/api/activity/timeseries?granularity=week&from=2000-01-01&to=2026-01-01", "from")]
    [InlineData("/api/activity/partners?page=0&pageSize=500&to=demain", "page,pageSize,to")]
    [InlineData("/api/activity/referrals/pending?olderThanDays=-1", "olderThanDays")]
    [InlineData("/api/activity/referral-flows?busiest=0&from=2026-01-01", "busiest")]
    [InlineData("/api/activity/export.csv?from=2026-13-01", "from")]
    [InlineData("/api/activity/timeseries?from=0001-01-01&to=9999-12-31", "from,to")]
    [InlineData("/api/activity/overview?from=0001-01-01T00:00:00Z", "from")]
    public async Task Bad_parameters_are_a_400_naming_each_of_them(string query, string fields)
    {
        using var coordinator = Client(TestUser.Coordinator());

        var response = await GetAsync(coordinator, query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(fields.Split(',').Order(), errors.EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task Dates_are_days_in_Paris_and_series_are_bucketed_in_Paris_time()
    {
        using var coordinator = Client(TestUser.Coordinator());

        var overview = await (
            await GetAsync(coordinator, "/api/activity/overview?from=2026-07-01&to=2026-07-31")
        ).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            DateTimeOffset.Parse("2026-06-30T22:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            overview.GetProperty("from").GetDateTimeOffset()
        );
        Assert.Equal(
            DateTimeOffset.Parse("2026-07-31T22:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            overview.GetProperty("to").GetDateTimeOffset()
        );

        var series = await (
            await GetAsync(
                coordinator,
                "/api/activity/timeseries?metric=loans&granularity=week&from=2026-03-23&to=2026-04-05"
            )
        ).Content.ReadFromJsonAsync<JsonElement>();
        var starts = Assert
            .Single(series.GetProperty("series").EnumerateArray())
            .GetProperty("points")
            .EnumerateArray()
            .Select(point => point.GetProperty("start").GetString())
            .ToList();
        Assert.Equal(["2026-03-23T00:00:00+01:00", "2026-03-30T00:00:00+02:00"], starts);
    }

    [Fact]
    public async Task The_openapi_document_defines_every_figure()
    {
        using var anonymous = Service.CreateClient(token: null);
        var document = await anonymous.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        foreach (
            var term in new[]
            {
                "Fill rate",
                "Acceptance rate",
                "Median hours to answer",
                "No-show rate",
                "Loan days",
                "Utilisation rate",
                "suppression",
            }
        )
        {
            Assert.Contains(term, document, StringComparison.Ordinal);
        }
    }

    private HttpClient Client(TestUser user) => Service.CreateClient(Infrastructure.Issuer.TokenFor(user));

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string query) =>
        client.GetAsync(new Uri(query, UriKind.Relative));
}
