namespace Summarizer.Evaluation.Stories;

/// <summary>
/// One event of a story benchmark (NeuS AllSides): the outlets' articles reporting it and the neutral roundup an
/// editor wrote for it.
/// </summary>
/// <param name="Id">The event id.</param>
/// <param name="Articles">The outlets' articles, each a title and the opening of its text.</param>
/// <param name="ReferenceTitle">The editor's headline for the event.</param>
/// <param name="Reference">The editor's neutral roundup.</param>
public sealed record StoryEvent(string Id, IReadOnlyList<StoryEventArticle> Articles, string? ReferenceTitle, string Reference);

/// <summary>An article of a <see cref="StoryEvent"/>.</summary>
/// <param name="Title">The headline, when the data gives one.</param>
/// <param name="Text">The article text.</param>
public sealed record StoryEventArticle(string? Title, string Text);
