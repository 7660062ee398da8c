using Network.Portal.Api;

namespace Network.Portal.Formatting;

/// <summary>
/// Who a change of a workshop reaches, as its confirmation says it: the registrants with an e-mail address are told by
/// the platform, the others are for the staff to call, and referred residents are told by the structure that referred
/// them.
/// </summary>
public static class WhoIsTold
{
    public static IReadOnlyList<string> Sentences(IEnumerable<Attendee> attendees)
    {
        ArgumentNullException.ThrowIfNull(attendees);
        var registered = attendees.Where(attendee => !attendee.IsCancelled).ToList();
        if (registered.Count == 0)
        {
            return ["Personne n'est inscrit : personne n'a besoin d'être prévenu."];
        }

        var byEmail = registered.Count(attendee => attendee.ReferralId is null && attendee.Email is not null);
        var toCall = registered.Count(attendee => attendee.ReferralId is null && attendee.Email is null);
        var referred = registered.Count(attendee => attendee.ReferralId is not null);
        var sentences = new List<string>
        {
            $"{registered.Count} "
                + $"{French.Plural(registered.Count, "personne est inscrite", "personnes sont inscrites")}.",
        };
        if (byEmail > 0)
        {
            sentences.Add($"{byEmail} {French.Plural(byEmail, "sera prévenue", "seront prévenues")} par e-mail.");
        }

        if (toCall > 0)
        {
            sentences.Add(
                $"{toCall} "
                    + French.Plural(
                        toCall,
                        "n'a pas laissé d'e-mail : appelez-la",
                        "n'ont pas laissé d'e-mail : appelez-les"
                    )
                    + " (voir la liste d'appel)."
            );
        }

        if (referred > 0)
        {
            sentences.Add(
                $"{referred} {French.Plural(referred, "a été orientée", "ont été orientées")} "
                    + "par une autre structure, qui sera prévenue."
            );
        }

        return sentences;
    }
}
