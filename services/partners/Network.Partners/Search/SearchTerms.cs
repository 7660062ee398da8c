using System.Globalization;
using System.Text;

namespace Network.Partners.Search;

/// <summary>Text as the directory compares it: lower case, without accents, so "mediatheque" finds
/// "Médiathèque".</summary>
public static class SearchTerms
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = WellFormed(text).Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(character));
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Unicode normalisation refuses lone surrogates and the noncharacters U+FFFE and U+FFFF, which a query string
    /// may well carry: they match nothing, so they become U+FFFD.
    /// </summary>
    private static string WellFormed(string text)
    {
        var characters = text.ToCharArray();
        for (var i = 0; i < characters.Length; i++)
        {
            var c = characters[i];
            if (char.IsHighSurrogate(c) && i + 1 < characters.Length && char.IsLowSurrogate(characters[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                characters[i] = '\uFFFD';
            }
        }

        return new string(characters);
    }
}
