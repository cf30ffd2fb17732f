using Summarizer.Host.Cli;

return await SummarizerCli.InvokeAsync(args);
