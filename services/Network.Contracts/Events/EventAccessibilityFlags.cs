namespace Network.Contracts.Events;

/// <summary>What an event offers people with a disability: flags only, as the public list filters on them.</summary>
public sealed record EventAccessibilityFlags(
    bool Wheelchair,
    bool HearingLoop,
    bool SignLanguage,
    bool SubtitlesOrWrittenSupport,
    bool EasyToRead,
    bool VisualImpairment
);
