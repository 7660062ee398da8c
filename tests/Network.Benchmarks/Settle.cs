namespace Network.Benchmarks;

/// <summary>
/// Between two benchmarks, waits until the messages the last one caused have been published by every service and
/// counted by the activity service, so that no benchmark measures while another's work drains in the background.
/// </summary>
internal static class Settle
{
    private static readonly string[] Databases = ["partnersdb", "eventsdb", "referralsdb", "equipmentdb"];

    public static async Task WaitAsync(LocalPlatform platform)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        long? received = null;
        var stableSince = DateTime.UtcNow;
        while (DateTime.UtcNow < deadline)
        {
            var pending = 0L;
            foreach (var database in Databases)
            {
                pending += await platform.CountAsync(
                    database,
                    "SELECT COUNT(*) FROM \"OutboxMessages\" WHERE \"SentAt\" IS NULL"
                );
            }

            var now = await platform.CountAsync("activitydb", "SELECT COUNT(*) FROM \"ReceivedMessages\"");
            if (pending > 0 || now != received)
            {
                (received, stableSince) = (now, DateTime.UtcNow);
            }
            else if (DateTime.UtcNow - stableSince > TimeSpan.FromSeconds(3))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }
}
