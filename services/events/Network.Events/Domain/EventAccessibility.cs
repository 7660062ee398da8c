namespace Network.Events.Domain;

/// <summary>What an event offers people with a disability, as they look for it; each false unless the organiser says
/// so.</summary>
/// <param name="Wheelchair">The place is accessible in a wheelchair.</param>
/// <param name="HearingLoop">A hearing loop (boucle magnétique) serves hearing aids.</param>
/// <param name="SignLanguage">French sign language (LSF) interpreting.</param>
/// <param name="SubtitlesOrWrittenSupport">Subtitles, live captions or written support of what is said.</param>
/// <param name="EasyToRead">Easy-to-read-and-understand material and words (FALC).</param>
/// <param name="VisualImpairment">Adapted to people who are blind or partially sighted.</param>
public sealed record EventAccessibility(
    bool Wheelchair = false,
    bool HearingLoop = false,
    bool SignLanguage = false,
    bool SubtitlesOrWrittenSupport = false,
    bool EasyToRead = false,
    bool VisualImpairment = false
);
