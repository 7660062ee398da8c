namespace Network.Activity.Queries;

/// <summary>
/// Small-number suppression: a figure about residents computed from fewer than <see cref="Threshold"/> of them, for a
/// single partner or commune, is withheld (null) and the group says so. Network totals are never suppressed.
/// </summary>
public sealed class Suppression(bool applies)
{
    public const int Threshold = 5;

    public bool Suppressed { get; private set; }

    /// <summary>A count of residents (or seats, or referrals): withheld when below the threshold.</summary>
    public int? Count(int residents) => Withheld(residents) ? null : residents;

    /// <summary>A rate computed over <paramref name="basis"/> residents: withheld when they are fewer than the threshold.</summary>
    public double? Rate(double? rate, int basis) => Withheld(basis) ? null : rate;

    private bool Withheld(int residents)
    {
        if (!applies || residents >= Threshold)
        {
            return false;
        }

        Suppressed = true;
        return true;
    }
}
