using Summarizer.Host.Cli;

return await SummarizerCli.Create().Parse(args).InvokeAsync();
