namespace Summarizer.Storage.Postgres;

/// <summary>
/// The store's tables as numbered migrations. A migration, once released, is never edited: a change is a new one
/// appended here, so every database reaches the same schema whatever version it started from.
/// </summary>
internal static class PostgresSchema
{
    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: the stage cache, and the outcomes of distributed runs.
        """
        CREATE TABLE summarizer_cache_entries (
            stage text NOT NULL, key text NOT NULL, value text NOT NULL, created_utc timestamptz NOT NULL,
            PRIMARY KEY (stage, key));
        CREATE TABLE summarizer_runs (
            run_id text PRIMARY KEY, expected_items integer NOT NULL, started_utc timestamptz NOT NULL,
            completed_utc timestamptz NULL, report text NULL);
        CREATE TABLE summarizer_run_items (
            run_id text NOT NULL, sequence integer NOT NULL, item text NOT NULL, summary text NULL,
            recorded_utc timestamptz NOT NULL, PRIMARY KEY (run_id, sequence));
        """,
    ];
}
