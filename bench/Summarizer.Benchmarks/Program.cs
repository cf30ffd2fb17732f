using BenchmarkDotNet.Running;
using Summarizer.Benchmarks.ScaleOut;

// dotnet run -c Release --project bench/Summarizer.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/Summarizer.Benchmarks -- scale-out   (needs PostgreSQL and RabbitMQ: .ci/servers.sh)
if (args is ["scale-out", .. var rest]) return await ScaleOutBenchmark.RunAsync(rest);
BenchmarkSwitcher.FromAssembly(typeof(BenchCorpus).Assembly).Run(args);
return 0;
