namespace Summarizer.Articles.Reading;

/// <summary>
/// One input file of a batch: its path, and its content when the caller has already read it (the nightly inbox reads
/// each file once, to see that it has settled and to hash it), so the batch parses those bytes instead of reading again.
/// </summary>
/// <param name="Path">Where the file is; the items read from it are named after it.</param>
/// <param name="Content">The file's bytes as already read, or null to read the file.</param>
public sealed record InputFile(string Path, byte[]? Content = null);
