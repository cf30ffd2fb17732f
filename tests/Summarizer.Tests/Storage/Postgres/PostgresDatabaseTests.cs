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
}
