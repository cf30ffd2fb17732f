namespace Summarizer.IntegrationTests.Distributed;

/// <summary>
/// One distributed deployment for a test: its own folder, PostgreSQL database and queue, a fake model server, and
/// the settings every process of it shares (as environment variables, the way a deployment would set them).
/// </summary>
internal sealed class Deployment : IAsyncDisposable
{
    private readonly List<HostProcess> _processes = [];

    private Deployment(string folder, string database, string broker, string queue, FakeOpenAIServer model)
    {
        Folder = folder;
        Database = database;
        Queue = queue;
        Broker = broker;
        Model = model;
        Environment = new Dictionary<string, string>(ModelSettings(model))
        {
            ["Summarizer__Store__Provider"] = "Postgres",
            ["Summarizer__Store__ConnectionString"] = database,
            ["Summarizer__Queue__Provider"] = "RabbitMQ",
            ["Summarizer__Queue__Host"] = broker,
            ["Summarizer__Queue__QueueName"] = queue,
            ["Summarizer__Queue__PollIntervalMilliseconds"] = "100",
            ["Summarizer__Llm__MaxConcurrency"] = "16",
        };
    }

    public string Folder { get; }

    public string Database { get; }

    public string Broker { get; }

    public string Queue { get; }

    public FakeOpenAIServer Model { get; }

    /// <summary>The settings of every process of the deployment; add to it before starting processes.</summary>
    public Dictionary<string, string> Environment { get; }

    public static async Task<Deployment> CreateAsync(TimeSpan modelDelay)
    {
        string folder = Directory.CreateTempSubdirectory("summarizer-distributed-").FullName;
        var model = await FakeOpenAIServer.StartEchoAsync(modelDelay);
        return new Deployment(folder, await TestServers.CreateDatabaseAsync(), await TestServers.RabbitMqAsync(), TestServers.NewQueueName(), model);
    }

    /// <summary>The chat-model settings pointing at <paramref name="model"/>, with the cache in the working folder.</summary>
    public static Dictionary<string, string> ModelSettings(FakeOpenAIServer model) => new()
    {
        ["Summarizer__Llm__Provider"] = "OpenAICompatible",
        ["Summarizer__Llm__Endpoint"] = model.Endpoint,
        ["Summarizer__Llm__Model"] = "fake-model",
        ["Summarizer__Llm__PromptsFolder"] = SeedArticles.Prompts,
        // One request per article (no map step), so the fake model counts calls per article.
        ["Summarizer__Llm__ContextBudgetTokens"] = "100000",
        ["Summarizer__Cache__Path"] = "cache/summarizer.db",
        ["Summarizer__Schedule__Enabled"] = "false",
    };

    /// <summary>Writes <paramref name="count"/> distinct articles into a new inbox folder and returns it.</summary>
    public string WriteInbox(int count, string name = "inbox")
    {
        string inbox = Path.Combine(Folder, name);
        SeedArticles.WriteVariants(inbox, count);
        return inbox;
    }

    /// <summary>Starts a <c>summarizer worker</c> and waits until it consumes.</summary>
    public async Task<HostProcess> StartWorkerAsync(int concurrency)
    {
        var worker = Start("worker", "--concurrency", concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await worker.WaitForOutputAsync("Worker consuming", TimeSpan.FromSeconds(60));
        return worker;
    }

    /// <summary>Runs <c>summarizer run --distributed</c> to the end; returns its exit code.</summary>
    public async Task<int> RunAsync(string inbox, string output, TimeSpan timeout)
    {
        var coordinator = Start("run", inbox, "--distributed", "--out", output);
        int exit = await coordinator.WaitForExitAsync(timeout);
        Assert.True(exit == 0, $"coordinator exited with {exit}:\n{coordinator.Output}");
        return exit;
    }

    public HostProcess Start(params string[] args)
    {
        var process = HostProcess.Start(Folder, Environment, args);
        _processes.Add(process);
        return process;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes) await process.DisposeAsync();
        await Model.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A killed process can leave a file open for a moment; the temp folder is the OS's to clean then.
        }
    }
}
