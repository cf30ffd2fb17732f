using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace Summarizer.Prompts;

/// <summary>Runs a prompt function against a chat client that records the messages it is sent and answers nothing.</summary>
internal static class PromptPreview
{
    private static readonly Kernel RecordingKernel =
        new(new ServiceCollection().AddSingleton<IChatClient>(new RecordingChatClient()).BuildServiceProvider());

    public static async Task<IReadOnlyList<PromptMessage>> MessagesAsync(KernelFunction function, KernelArguments arguments, CancellationToken cancellationToken)
    {
        var result = await function.InvokeAsync(RecordingKernel, arguments, cancellationToken).ConfigureAwait(false);
        var sent = (IReadOnlyList<ChatMessage>)result.GetValue<ChatResponse>()!.RawRepresentation!;
        return sent.Select(m => new PromptMessage(m.Role.Value, m.Text)).ToList();
    }

    /// <summary>Answers every request with an empty reply whose raw representation is the messages it was sent.</summary>
    private sealed class RecordingChatClient : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "")) { RawRepresentation = messages.ToList() });

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("Previews are not streamed.");

        private static readonly ChatClientMetadata Metadata = new("prompt-preview");

        // Semantic Kernel asks every chat client for its metadata.
        public object? GetService(Type serviceType, object? serviceKey = null) =>
            serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? Metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;

        public void Dispose() { }
    }
}
