using System.Text.Json;
using System.Text.Json.Nodes;

namespace Summarizer.Evaluation.Stories;

/// <summary>
/// The JSON of an <c>eval stories</c> run, over all events:
/// <c>{"clustering":{"articles","events","precision","recall","f1"},"rouge":[{"system","n","rouge1","rouge2","rougeL"}]}</c>
/// (ROUGE as mean F1 × 100).
/// </summary>
public static class StoryEvalJson
{
    public static string Serialize(StoryEvalResult result)
    {
        var all = result.Clustering.First(c => c.Scope == "all");
        var root = new JsonObject
        {
            ["clustering"] = new JsonObject
            {
                ["articles"] = all.Score.Items,
                ["events"] = all.Events,
                ["precision"] = Math.Round(all.Score.Precision, 4),
                ["recall"] = Math.Round(all.Score.Recall, 4),
                ["f1"] = Math.Round(all.Score.F1, 4),
            },
            ["rouge"] = new JsonArray(result.Rouge.Where(r => r.Scope == "all").Select(r => (JsonNode)new JsonObject
            {
                ["system"] = r.System,
                ["n"] = r.Count,
                ["rouge1"] = Math.Round(r.Rouge1.Mean, 2),
                ["rouge2"] = Math.Round(r.Rouge2.Mean, 2),
                ["rougeL"] = Math.Round(r.RougeL.Mean, 2),
            }).ToArray()),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
