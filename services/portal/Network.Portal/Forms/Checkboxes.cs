namespace Network.Portal.Forms;

/// <summary>A group of checkboxes as a form model holds it: ticked ones post <c>Name[key]=true</c>.</summary>
public static class Checkboxes
{
    /// <summary>The keys ticked; a group with none ticked is posted as nothing at all.</summary>
    public static List<TKey> Ticked<TKey>(Dictionary<TKey, bool>? choices)
        where TKey : notnull => [.. (choices ?? []).Where(choice => choice.Value).Select(choice => choice.Key)];
}
