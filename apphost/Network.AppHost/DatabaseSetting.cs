namespace Network.AppHost;

/// <summary>
/// <c>Database</c> chooses the services' database: local mode takes <c>Sqlite</c> (the default) or <c>PostgreSql</c>,
/// container mode <c>SqlServer</c> (the default) or <c>PostgreSql</c>.
/// </summary>
internal static class DatabaseSetting
{
    public static string Of(IConfiguration configuration, string fallback)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var setting = configuration["Database"];
        if (string.IsNullOrWhiteSpace(setting))
        {
            return fallback;
        }

        return new[] { fallback, "PostgreSql" }.FirstOrDefault(choice =>
            string.Equals(choice, setting.Trim(), StringComparison.OrdinalIgnoreCase)
        )
            ?? throw new InvalidOperationException(
                $"Database is '{setting}': this mode takes {fallback} (the default) or PostgreSql."
            );
    }
}
