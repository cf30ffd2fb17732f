using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Summarizer.Pipeline;
using Summarizer.Storage;

namespace Summarizer.Distributed;

/// <summary>Registration of the work queue (MassTransit over RabbitMQ, or its in-memory transport).</summary>
public static class DistributedServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>Summarizer:Queue</c> and registers the bus. A <see cref="QueueRole.Coordinator"/> gets
    /// <see cref="DistributedBatchRunner"/> as its <see cref="IBatchRunner"/>; a <see cref="QueueRole.Worker"/>, and a
    /// coordinator on the in-process transport (which has no other consumer), consume the queue: bounded prefetch,
    /// acknowledgement after the outcome is stored, <c>RetryLimit</c> retries, then the dead-letter queue. Needs the
    /// pipeline and the store registrations, in any order.
    /// </summary>
    public static IServiceCollection AddSummarizerQueue(this IServiceCollection services, IConfiguration configuration, QueueRole role)
    {
        services.AddOptions<QueueOptions>().Bind(configuration.GetSection(QueueOptions.Section))
            .Validate(o => o.Concurrency > 0 && o.RetryLimit >= 0 && o.PollIntervalMilliseconds > 0 && (o.Prefetch is null || o.Prefetch >= o.Concurrency),
                $"{QueueOptions.Section}: Concurrency and PollIntervalMilliseconds must be positive, RetryLimit not negative, Prefetch (when set) at least Concurrency")
            .Validate(o => o.Provider != QueueProvider.RabbitMQ || Uri.TryCreate(o.Host, UriKind.Absolute, out _),
                $"{QueueOptions.Section}:Host must be an amqp:// URI")
            .ValidateOnStart();
        services.AddSummarizerStore(configuration);
        // Workers on other machines record outcomes where the coordinator looks for them only in a shared store.
        services.AddOptions<StoreOptions>().Validate<IOptions<QueueOptions>>(
            (store, queue) => queue.Value.Provider != QueueProvider.RabbitMQ || store.Provider == StoreProvider.Postgres,
            $"{QueueOptions.Section}:Provider=RabbitMQ needs the shared store: {StoreOptions.Section}:Provider=Postgres");
        if (role == QueueRole.Worker)
            services.AddOptions<QueueOptions>().Validate(o => o.Provider == QueueProvider.RabbitMQ,
                $"summarizer worker consumes a broker's queue: set {QueueOptions.Section}:Provider=RabbitMQ (InProcess runs inside `run --distributed`)");
        services.TryAddSingleton<QueueDepth>();
        services.TryAddSingleton<EndedRuns>();
        var options = configuration.GetSection(QueueOptions.Section).Get<QueueOptions>() ?? new QueueOptions();
        bool consume = role == QueueRole.Worker || options.Provider == QueueProvider.InProcess;
        if (role == QueueRole.Coordinator)
        {
            services.TryAddSingleton<DistributedBatchRunner>();
            services.Replace(ServiceDescriptor.Singleton<IBatchRunner>(sp => sp.GetRequiredService<DistributedBatchRunner>()));
        }

        services.AddMassTransit(bus =>
        {
            if (consume)
            {
                bus.AddConsumer<ArticleWorkConsumer>();
                bus.AddConsumer<ArticleFaultConsumer>();
            }
            if (options.Provider == QueueProvider.RabbitMQ)
                bus.UsingRabbitMq((context, rabbit) =>
                {
                    var host = new Uri(options.Host);
                    rabbit.Host(host, h =>
                    {
                        if (host.UserInfo.Split(':', 2) is [var user, var password])
                        {
                            h.Username(Uri.UnescapeDataString(user));
                            h.Password(Uri.UnescapeDataString(password));
                        }
                    });
                    if (consume) ConfigureEndpoints(rabbit, context, options);
                });
            else
                bus.UsingInMemory((context, memory) => ConfigureEndpoints(memory, context, options));
        });
        services.AddOptions<MassTransitHostOptions>().Configure(o => o.WaitUntilStarted = true);
        return services;
    }

    private static void ConfigureEndpoints(IBusFactoryConfigurator bus, IBusRegistrationContext context, QueueOptions options)
    {
        bus.ReceiveEndpoint(options.QueueName, endpoint =>
        {
            endpoint.PrefetchCount = options.EffectivePrefetch;
            endpoint.ConcurrentMessageLimit = options.Concurrency;
            // Past these attempts MassTransit moves the message to <queue>_error with the exception as its reason.
            endpoint.UseMessageRetry(r => r.Interval(options.RetryLimit, TimeSpan.FromMilliseconds(options.RetryIntervalMilliseconds)));
            endpoint.ConfigureConsumer<ArticleWorkConsumer>(context);
        });
        bus.ReceiveEndpoint(options.QueueName + "-faults", endpoint => endpoint.ConfigureConsumer<ArticleFaultConsumer>(context));
    }
}
