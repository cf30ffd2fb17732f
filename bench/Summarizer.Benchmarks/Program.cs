using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Summarizer.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(BenchCorpus).Assembly).Run(args);
