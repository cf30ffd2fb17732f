using Npgsql;
using Summarizer.Storage.Postgres;

namespace Summarizer.Tests.Storage.Postgres;

public sealed class PostgresDatabaseTests
{
    [Fact]
    public void A_connection_string_without_them_gets_auto_prepare_and_no_reset_on_close()
    {
        var settings = new NpgsqlConnectionStringBuilder(PostgresDatabase.WithStoreDefaults("Host=db;Username=u;Database=d"));

        Assert.Equal(16, settings.MaxAutoPrepare);
        Assert.True(settings.NoResetOnClose);
        Assert.Equal(("db", "u", "d"), (settings.Host, settings.Username, settings.Database));
    }

    [Fact]
    public void Settings_the_operator_wrote_are_kept()
    {
        var settings = new NpgsqlConnectionStringBuilder(
            PostgresDatabase.WithStoreDefaults("Host=db;Max Auto Prepare=0;No Reset On Close=false"));

        Assert.Equal(0, settings.MaxAutoPrepare);
        Assert.False(settings.NoResetOnClose);
    }

    [Fact]
    public void Cache_connections_commit_without_waiting_for_the_disk_and_keep_the_operators_options()
    {
        var plain = new NpgsqlConnectionStringBuilder(PostgresDatabase.WithCacheDefaults("Host=db"));
        var withOptions = new NpgsqlConnectionStringBuilder(PostgresDatabase.WithCacheDefaults("Host=db;Options=-c statement_timeout=5000"));

        Assert.Equal("-c synchronous_commit=off", plain.Options);
        Assert.Equal("-c statement_timeout=5000 -c synchronous_commit=off", withOptions.Options);
        Assert.Equal(16, plain.MaxAutoPrepare);
    }

    [Fact]
    public void An_operator_who_sets_synchronous_commit_for_the_cache_is_obeyed()
    {
        var settings = new NpgsqlConnectionStringBuilder(PostgresDatabase.WithCacheDefaults("Host=db;Options=-c synchronous_commit=on"));

        Assert.Equal("-c synchronous_commit=on", settings.Options);
    }
}
