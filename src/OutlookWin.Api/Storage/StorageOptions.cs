using System.ComponentModel.DataAnnotations;

namespace OutlookWin.Api.Storage;

/// <summary>Which database the API keeps its plans, declarations and evidence in.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (default: one file, nothing to install) or <c>Postgres</c> (several API instances, one database).</summary>
    [Required]
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// ADO.NET connection string. For SQLite it defaults to <c>Data Source=data/outlookwin.db</c>, relative to the
    /// content root; for PostgreSQL it is required.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start-up (on by default; turn off when a release pipeline migrates).</summary>
    public bool MigrateOnStart { get; set; } = true;
}

public enum StorageProvider
{
    Sqlite,
    Postgres,
}
