using System.Text.Json;
using Summarizer.Llm.Schema;

namespace Summarizer.Tests.Llm;

public sealed class SummaryJsonSchemaTests
{
    [Fact]
    public void Every_object_requires_all_its_properties_and_forbids_others()
    {
        var objects = 0;
        Walk(SummaryJsonSchema.Schema, o =>
        {
            objects++;
            var props = o.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order().ToList();
            var required = o.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).Order().ToList();
            Assert.Equal(props, required);
            Assert.False(o.GetProperty("additionalProperties").GetBoolean());
        });
        Assert.Equal(5, objects); // summary, key point, person, quantity, quote
    }

    [Fact]
    public void Top_level_fields_match_the_structured_summary_content()
    {
        var names = SummaryJsonSchema.Schema.GetProperty("properties").EnumerateObject().Select(p => p.Name);
        Assert.Equal(["headline", "lede", "keyPoints", "people", "organisations", "places", "quantities", "quotes"], names);
        var quantity = SummaryJsonSchema.Schema.GetProperty("properties").GetProperty("quantities").GetProperty("items").GetProperty("properties");
        Assert.Equal(["value", "unit", "qualifier", "sentenceId", "text"], quantity.EnumerateObject().Select(p => p.Name));
        Assert.Equal("integer", quantity.GetProperty("sentenceId").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("""{"headline":"h","lede":"l","keyPoints":[],"people":[],"organisations":[],"places":[],"quantities":[]}""")] // missing quotes
    [InlineData("""{"headline":"h","lede":"l","keyPoints":[],"people":[],"organisations":[],"places":[],"quantities":[],"quotes":[],"x":1}""")] // extra
    [InlineData("""{"headline":null,"lede":"l","keyPoints":[],"people":[],"organisations":[],"places":[],"quantities":[],"quotes":[]}""")] // null
    [InlineData("""{"headline":"h","lede":"l","keyPoints":[{"text":"t","sentenceIds":["1"]}],"people":[],"organisations":[],"places":[],"quantities":[],"quotes":[]}""")] // string id
    public void Strict_parsing_rejects_off_schema_replies(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<LlmSummaryDto>(json, SummaryJsonSchema.SerializerOptions));

    [Fact]
    public void Strict_parsing_accepts_a_complete_reply()
    {
        var dto = JsonSerializer.Deserialize<LlmSummaryDto>(
            """{"headline":"h","lede":"l","keyPoints":[{"text":"t","sentenceIds":[1,2]}],"people":[],"organisations":["NATO"],"places":[],"quantities":[{"value":25000,"unit":"troops","qualifier":"up to","sentenceId":1,"text":"up to 25,000 troops"}],"quotes":[]}""",
            SummaryJsonSchema.SerializerOptions)!;
        Assert.Equal([1, 2], dto.KeyPoints[0].SentenceIds);
        Assert.Equal(25000, dto.Quantities[0].Value);
    }

    private static void Walk(JsonElement e, Action<JsonElement> onObjectSchema)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            if (e.TryGetProperty("properties", out _)) onObjectSchema(e);
            foreach (var p in e.EnumerateObject()) Walk(p.Value, onObjectSchema);
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray()) Walk(item, onObjectSchema);
        }
    }
}
