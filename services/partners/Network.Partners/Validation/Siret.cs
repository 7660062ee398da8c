namespace Network.Partners.Validation;

/// <summary>A SIRET: 14 digits whose Luhn sum is a multiple of 10 (La Poste's establishments: of 5).</summary>
public static class Siret
{
    private const string LaPosteSiren = "356000000";

    public static bool IsValid(string? siret)
    {
        if (siret is not { Length: 14 } || !siret.All(char.IsAsciiDigit))
        {
            return false;
        }

        if (siret.StartsWith(LaPosteSiren, StringComparison.Ordinal))
        {
            return siret.Sum(digit => digit - '0') % 5 == 0;
        }

        var sum = 0;
        for (var i = 0; i < 14; i++)
        {
            var digit = siret[13 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
