using System.Globalization;
using System.Text;

namespace Network.Partners.Search;

/// <summary>Text as the directory compares it: lower case, without accents, so "mediatheque" finds "Médiathèque".</summary>
public static class SearchTerms
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
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
}
