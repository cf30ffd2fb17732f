namespace Summarizer.IntegrationTests.Distributed;

/// <summary>
/// A fact that runs on real PostgreSQL (and, unless <see cref="PostgresOnly"/>, RabbitMQ) servers. It is skipped, with
/// the reason, only when Debian's packages are not installed; when they are, <see cref="TestServers"/> starts private
/// instances, and a server that will not start fails the test. <c>.ci/run</c> installs both, so in CI these run.
/// Use with <c>[Trait("Category", "Distributed")]</c>.
/// </summary>
public sealed class DistributedFactAttribute : FactAttribute
{
    public DistributedFactAttribute(bool postgresOnly = false)
    {
        PostgresOnly = postgresOnly;
        var missing = new List<string>();
        if (!TestServers.PostgresInstalled) missing.Add("postgresql");
        if (!postgresOnly && !TestServers.RabbitMqInstalled) missing.Add("rabbitmq-server");
        if (missing.Count > 0)
            Skip = $"distributed test: the Debian package(s) {string.Join(" and ", missing)} are not installed (`bash .ci/servers.sh install` installs them)";
    }

    public bool PostgresOnly { get; }
}
