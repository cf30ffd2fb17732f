using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Summarizer.Llm.Configuration;
using Summarizer.Llm.Functions;
using Summarizer.Llm.Schema;

namespace Summarizer.Tests.Llm;

/// <summary>What Semantic Kernel hands the chat client for a prompt function's settings (SK's own conversion).</summary>
public sealed class ReplyFormatSettingsTests
{
    private static readonly PromptExecutionSettings FromFile = new()
    {
        ExtensionData = new Dictionary<string, object>
        {
            ["temperature"] = JsonSerializer.SerializeToElement(0),
            ["max_tokens"] = JsonSerializer.SerializeToElement(1200),
        },
    };

    private static ChatOptions Options(LlmProvider provider, StructuredOutputMode? mode = null)
    {
        var format = ReplyFormat.For(new LlmOptions { Provider = provider, StructuredOutput = mode }, SummaryJsonSchema.Schema, SummaryJsonSchema.Name, "d");
        return new ReplyFormatSettings(FromFile, "svc", format).ToChatOptions(kernel: null)!;
    }

    [Fact]
    public void The_files_sampling_settings_and_a_strict_named_schema_reach_the_chat_options()
    {
        var options = Options(LlmProvider.OpenAI);

        Assert.Equal(0f, options.Temperature);
        Assert.Equal(1200, options.MaxOutputTokens);
        var format = Assert.IsType<ChatResponseFormatJson>(options.ResponseFormat);
        Assert.Equal(SummaryJsonSchema.Name, format.SchemaName);
        Assert.Equal(SummaryJsonSchema.Text, format.Schema!.Value.GetRawText());
        Assert.Equal(true, options.AdditionalProperties![ReplyFormatSettings.StrictKey]);
    }

    [Fact]
    public void Json_mode_asks_for_json_without_a_schema_and_the_prompt_carries_it()
    {
        var options = Options(LlmProvider.OpenAICompatible);

        var format = Assert.IsType<ChatResponseFormatJson>(options.ResponseFormat);
        Assert.Null(format.Schema);
        Assert.False(options.AdditionalProperties?.ContainsKey(ReplyFormatSettings.StrictKey) ?? false);
        Assert.Equal(SummaryJsonSchema.Text,
            ReplyFormat.For(new LlmOptions { Provider = LlmProvider.OpenAICompatible }, SummaryJsonSchema.Schema, "n", "d").PromptSchemaText);
        Assert.Equal("", ReplyFormat.For(new LlmOptions { Provider = LlmProvider.AzureOpenAI }, SummaryJsonSchema.Schema, "n", "d").PromptSchemaText);
    }

    [Fact]
    public void A_compatible_server_can_be_told_to_enforce_the_schema()
    {
        var options = Options(LlmProvider.OpenAICompatible, StructuredOutputMode.JsonSchema);
        Assert.NotNull(Assert.IsType<ChatResponseFormatJson>(options.ResponseFormat).Schema);
    }

    [Fact]
    public void A_clone_keeps_the_format_and_the_service()
    {
        var settings = new ReplyFormatSettings(FromFile, "svc", ReplyFormat.For(new LlmOptions(), SummaryJsonSchema.Schema, "n", "d"));
        var clone = Assert.IsType<ReplyFormatSettings>(settings.Clone());
        Assert.Equal(("svc", settings.Format), (clone.ServiceId, clone.Format));
    }
}
