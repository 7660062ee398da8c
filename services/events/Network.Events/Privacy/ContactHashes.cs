using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Network.Events.Domain;
using Network.Events.Persistence;

namespace Network.Events.Privacy;

/// <summary>
/// The keyed hash (HMAC-SHA256) of a normalised contact, which the database keeps to find a contact's registration
/// while the contact itself is encrypted. A plain hash of a phone number is reversed by trying them all; this one needs
/// the key, drawn once per service and kept in its database encrypted with the key ring, so a dump alone reveals
/// nothing.
/// </summary>
internal sealed class ContactHashes(IServiceScopeFactory scopes) : IDisposable
{
    private const string KeyName = "contact-hash-key";

    private readonly SemaphoreSlim _loading = new(1, 1);
    private byte[]? _key;

    public async Task<string?> HashAsync(string? normalisedContact, CancellationToken cancellationToken)
    {
        if (normalisedContact is null)
        {
            return null;
        }

        var key = _key ?? await LoadKeyAsync(cancellationToken);
        return Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(normalisedContact)));
    }

    public void Dispose() => _loading.Dispose();

    private async Task<byte[]> LoadKeyAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_key is not null)
            {
                return _key;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
            if (
                await db.Secrets.AsNoTracking().FirstOrDefaultAsync(s => s.Name == KeyName, cancellationToken)
                is not { } stored
            )
            {
                db.Secrets.Add(
                    ServiceSecret.Create(KeyName, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))
                );
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Another instance drew it first: its key is the one.
                }

                db.ChangeTracker.Clear();
                stored = await db.Secrets.AsNoTracking().FirstAsync(s => s.Name == KeyName, cancellationToken);
            }

            return _key = Convert.FromBase64String(stored.Value);
        }
        finally
        {
            _loading.Release();
        }
    }
}
