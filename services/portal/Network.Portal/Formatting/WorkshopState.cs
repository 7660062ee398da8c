using Network.Portal.Api;

namespace Network.Portal.Formatting;

/// <summary>A workshop's state as a person says it, and the tone of its badge.</summary>
public sealed record WorkshopState(string Text, BadgeTone Tone, bool CanRegister, bool Waitlist)
{
    public static WorkshopState Of(Workshop workshop, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        if (workshop.Status == "cancelled")
        {
            return new(
                workshop.CancellationReason is { Length: > 0 } reason ? $"Annulé : {reason}" : "Annulé",
                BadgeTone.Cancelled,
                false,
                false
            );
        }

        if (workshop.Status == "completed" || workshop.EndsAt <= now)
        {
            return new("Terminé", BadgeTone.Neutral, false, false);
        }

        if (!workshop.RegistrationRequired)
        {
            return new("Entrée libre, sans inscription", BadgeTone.Open, false, false);
        }

        return workshop.SeatsLeft switch
        {
            null => new("Places disponibles", BadgeTone.Open, true, false),
            0 => new("Complet — liste d'attente possible", BadgeTone.Full, true, true),
            1 => new("Plus que 1 place", BadgeTone.Few, true, false),
            var left and <= 3 => new($"Il reste {left} places", BadgeTone.Few, true, false),
            var left => new($"Il reste {left} places", BadgeTone.Open, true, false),
        };
    }
}

public enum BadgeTone
{
    Open,
    Few,
    Full,
    Cancelled,
    Neutral,
}
