using System.CommandLine;
using System.CommandLine.Parsing;

namespace Summarizer.Host.Cli;

/// <summary>
/// Everything wrong with a command line before anything runs: System.CommandLine's own errors (a required input or an
/// option's value missing, a value of the wrong kind) and what it lets through, because the root command must pass
/// host configuration on (<c>--urls=...</c>): an unknown option anywhere (a token that looks like one, even where an
/// input or an option's value would go) and a stray argument. Only commands that hand unmatched tokens to the host
/// (<c>serve</c>, <c>worker</c>, none at all) accept <c>--key=value</c> configuration; after <c>--</c> a token is a
/// value whatever it looks like.
/// </summary>
internal static class ArgumentErrors
{
    public static IReadOnlyList<string> Of(ParseResult parse)
    {
        var errors = parse.Errors.Select(e => e.Message).ToList();
        var command = parse.CommandResult;
        string name = CommandPath(command);
        bool hostArguments = !command.Command.TreatUnmatchedTokensAsErrors;
        var consumed = ConsumedBy(command);
        bool afterDoubleDash = false;
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash) afterDoubleDash = true;
            if (token.Type != TokenType.Argument) continue;
            consumed.TryGetValue(token, out var owner);
            if (!afterDoubleDash && LooksLikeOption(token.Value))
            {
                if (owner is null && hostArguments && ServeCommand.IsHostArgument(token.Value)) continue;
                string where = owner is OptionResult option ? $" ('{option.Option.Name}' needs a value)" : "";
                errors.Add($"unknown option '{token.Value}' for '{name}'{where}");
            }
            else if (owner is null && !(afterDoubleDash && hostArguments))
            {
                errors.Add(command.Parent is null
                    ? $"unrecognised command or argument '{token.Value}'"
                    : $"unexpected argument '{token.Value}' for '{name}'");
            }
        }
        return errors.Distinct().ToList();
    }

    /// <summary>"summarizer eval rouge": how the help hint names the command.</summary>
    public static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is CommandResult { Parent: not null } inner; result = inner.Parent)
            names.Insert(0, inner.Command.Name);
        return string.Join(' ', ["summarizer", .. names]);
    }

    /// <summary>'-x', '--x', not '-' (a conventional stand-in) nor a negative number ('-0.5').</summary>
    private static bool LooksLikeOption(string value) =>
        value.Length > 1 && value[0] == '-' && !char.IsAsciiDigit(value[1]) && value[1] != '.';

    /// <summary>Each argument token with the option or argument that took it, along the chain of commands.</summary>
    private static Dictionary<Token, SymbolResult> ConsumedBy(CommandResult innermost)
    {
        var owners = new Dictionary<Token, SymbolResult>(ReferenceEqualityComparer.Instance);
        for (SymbolResult? result = innermost; result is CommandResult command; result = command.Parent)
            foreach (var child in command.Children.Where(c => c is OptionResult or ArgumentResult))
                foreach (var token in child.Tokens.Where(t => t.Type == TokenType.Argument))
                    owners.TryAdd(token, child);
        return owners;
    }
}
