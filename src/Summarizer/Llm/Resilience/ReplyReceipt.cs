namespace Summarizer.Llm.Resilience;

/// <summary>
/// Whether the model call in progress on this async flow has received a whole success reply from the server: set by
/// <see cref="ReplyBodyHandler"/> at the HTTP layer, read by <see cref="Client.UnreadableReplyGuardChatClient"/> above
/// the provider's client, to tell "the SDK could not read the reply" from every other failure.
/// </summary>
internal sealed class ReplyReceipt
{
    private static readonly AsyncLocal<ReplyReceipt?> Ambient = new();
    private volatile bool _received;

    /// <summary>The receipt of the call in progress, or null outside <see cref="Begin"/>.</summary>
    public static ReplyReceipt? Current => Ambient.Value;

    /// <summary>True once a success reply's body was read whole.</summary>
    public bool Received => _received;

    /// <summary>
    /// A fresh receipt for the calling async method and what it awaits; the caller's own value is untouched when the
    /// async method returns (async locals set in an async method do not flow back out).
    /// </summary>
    public static ReplyReceipt Begin() => Ambient.Value = new ReplyReceipt();

    public void MarkReceived() => _received = true;
}
