using System.Net;

namespace Network.Resilience.Tests.PersonalData;

/// <summary>One answer to someone the contract does not name for a resident's data.</summary>
public sealed record OutsiderAnswer(string Reader, string Path, HttpStatusCode Status, string Body);

/// <summary>
/// What people outside a resident's journey get when they ask: the coordinator and a third partner's staff for the
/// referral, the partner that does not organise the event for its attendee list, anyone for the public event pages,
/// and the coordinator and a third partner for the item whose loans name residents in their purposes.
/// </summary>
public sealed class OutsiderReads(Cast cast)
{
    /// <summary>Routes that hold personal data: an outsider gets no 2xx from them.</summary>
    public async Task<IReadOnlyList<OutsiderAnswer>> ReadAsync(Guid referral, Guid eventId)
    {
        var answers = new List<OutsiderAnswer>();
        foreach (var (reader, client) in new[] { ("coordinator", cast.Coordinator), ("staff of C", cast.StaffC) })
        {
            answers.Add(await AskAsync(reader, client, $"/api/referrals/{referral}"));
            answers.Add(await AskAsync(reader, client, $"/api/referrals/{referral}/comments"));
            answers.Add(await AskAsync(reader, client, $"/api/referrals/{referral}/history"));
            answers.Add(await AskAsync(reader, client, $"/api/events/{eventId}/registrations"));
        }

        answers.Add(await AskAsync("staff of A", cast.StaffA, $"/api/events/{eventId}/registrations"));
        answers.Add(await AskAsync("anonymous", cast.Anonymous, $"/api/events/{eventId}/registrations"));
        return answers;
    }

    /// <summary>Routes an outsider may read: what they answer must not hold a resident's data.</summary>
    public async Task<IReadOnlyList<OutsiderAnswer>> ReadPublicAsync(Guid eventId, Guid item)
    {
        var answers = new List<OutsiderAnswer>
        {
            await AskAsync("anonymous", cast.Anonymous, $"/api/events/{eventId}"),
            await AskAsync("anonymous", cast.Anonymous, "/api/events/calendar.ics?commune=Grasse"),
            await AskAsync("coordinator", cast.Coordinator, $"/api/equipment/{item}"),
            await AskAsync("staff of C", cast.StaffC, $"/api/equipment/{item}"),
            await AskAsync("staff of C", cast.StaffC, "/api/referrals?box=received"),
            await AskAsync("staff of C", cast.StaffC, "/api/referrals?box=sent"),
        };
        using var jsonLd = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/events/{eventId}", UriKind.Relative));
        jsonLd.Headers.Accept.ParseAdd("application/ld+json");
        using var response = await cast.Anonymous.SendAsync(jsonLd);
        answers.Add(
            new OutsiderAnswer(
                "anonymous",
                $"/api/events/{eventId} (JSON-LD)",
                response.StatusCode,
                await response.Content.ReadAsStringAsync()
            )
        );
        return answers;
    }

    private static async Task<OutsiderAnswer> AskAsync(string reader, HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return new OutsiderAnswer(reader, path, response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
