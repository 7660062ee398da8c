using System.Net;

namespace Network.Testing.Hosting;

public static class Readiness
{
    /// <summary>Waits until <c>/health</c> answers 200: the service's database and broker (and so its queues) are
    /// ready.</summary>
    public static async Task WaitUntilHealthyAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using (client)
        {
            await Eventually.AssertAsync(
                async () =>
                    (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode == HttpStatusCode.OK,
                $"{client.BaseAddress} reports healthy"
            );
        }
    }
}
