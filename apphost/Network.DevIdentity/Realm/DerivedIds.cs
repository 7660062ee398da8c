using System.Security.Cryptography;
using System.Text;

namespace Network.DevIdentity.Realm;

/// <summary>
/// GUIDs derived from a name, the same at every start and in every test: the ids of the users and roles the realm
/// file gives none.
/// </summary>
internal static class DerivedIds
{
    public static string From(string name)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16];

        // An RFC 9562 version 8 (custom) UUID, so that it reads as a well-formed GUID everywhere.
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString();
    }
}
