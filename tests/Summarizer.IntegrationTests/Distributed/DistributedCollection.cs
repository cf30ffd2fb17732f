namespace Summarizer.IntegrationTests.Distributed;

/// <summary>The distributed tests start several processes each: they run one at a time, on the 2 cores they share.</summary>
[CollectionDefinition(nameof(DistributedCollection), DisableParallelization = true)]
public sealed class DistributedCollection;
