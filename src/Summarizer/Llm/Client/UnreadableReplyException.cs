namespace Summarizer.Llm.Client;

/// <summary>
/// The server answered a model call with a success status and a whole body, but the SDK could not read it as a chat
/// completion (an empty <c>choices</c> list, a missing field, a wrong type): a failed attempt, not a bug of ours.
/// </summary>
public sealed class UnreadableReplyException(Exception inner)
    : Exception($"The model server's reply could not be read as a chat completion ({inner.GetType().Name}).", inner);
