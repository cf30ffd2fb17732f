using System.Text;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Summarizer.IntegrationTests.Browser;

/// <summary>
/// A file opened on the page is read as UTF-8 when it is valid UTF-8, as UTF-16 when a byte-order mark says so, and
/// otherwise as Windows-1252 (the Latin-1 of Windows text files), and the page says which encoding it assumed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FileInputTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Text = "Café reopens in Köln\nThe naïve plan cost €40 and 20°C was “fine”, the owner said.";

    public static TheoryData<string, string, string> Files() => new()
    {
        { "utf8.txt", Convert.ToBase64String(Encoding.UTF8.GetBytes(Text)), "UTF-8" },
        { "utf8-bom.txt", Convert.ToBase64String([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)]), "UTF-8" },
        { "utf16le.txt", Convert.ToBase64String([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Text)]), "UTF-16" },
        { "utf16be.txt", Convert.ToBase64String([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Text)]), "UTF-16" },
        { "windows.txt", Convert.ToBase64String(Encoding.Latin1.GetBytes(Text.Replace("€", "EUR").Replace("“", "\"").Replace("”", "\""))), "Windows-1252" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task An_opened_file_is_decoded_by_its_encoding_and_the_page_says_which(string name, string base64, string encoding)
    {
        await using var editor = await EditorPage.OpenAsync(fixture, 1280, output);
        var page = editor.Page;

        await page.SetInputFilesAsync("#file", new FilePayload { Name = name, MimeType = "text/plain", Buffer = Convert.FromBase64String(base64) });
        await page.WaitForFunctionAsync("() => document.querySelector('#text').value.length > 0");

        string expected = encoding == "Windows-1252" ? Text.Replace("€", "EUR").Replace("“", "\"").Replace("”", "\"") : Text;
        Assert.Equal(expected, await page.InputValueAsync("#text"));
        string status = await page.TextContentAsync("#status") ?? "";
        Assert.Contains(name, status);
        Assert.Contains(encoding, status);
        editor.AssertNothingFailed();
    }

    [Fact]
    public async Task Windows_1252_punctuation_is_read_as_such_not_as_latin1_control_characters()
    {
        await using var editor = await EditorPage.OpenAsync(fixture, 1280, output);
        var page = editor.Page;
        // 0x80 €, 0x93 “, 0x94 ”, 0x96 – in Windows-1252.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Prices rose "), 0x96, .. Encoding.ASCII.GetBytes(" to "), 0x80, .. Encoding.ASCII.GetBytes("5, "),
            0x93, .. Encoding.ASCII.GetBytes("a lot"), 0x94, .. Encoding.ASCII.GetBytes(".")];

        await page.SetInputFilesAsync("#file", new FilePayload { Name = "prices.txt", MimeType = "text/plain", Buffer = bytes });
        await page.WaitForFunctionAsync("() => document.querySelector('#text').value.length > 0");

        Assert.Equal("Prices rose – to €5, “a lot”.", await page.InputValueAsync("#text"));
        Assert.Contains("not valid UTF-8", await page.TextContentAsync("#status"));
    }
}
