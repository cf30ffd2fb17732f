using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using System.Text.Json;

namespace Summarizer.Verification.Model;

/// <summary>
/// Logistic regression over <see cref="ConsistencyFeatures"/> (and products of two, see
/// <see cref="ConsistencyFeatures.Interactions"/>): each feature is standardised with the mean and scale
/// of the training rows, weighted, summed with the bias and squashed to a probability that the summary is
/// consistent with its article. The weights ship in <c>score-model.json</c> (embedded), fitted by
/// <c>summarizer eval consistency --train</c> on FRANK dev and CLIFF val rows only.
/// </summary>
public sealed record ScoreModel(
    IReadOnlyList<string> Features,
    IReadOnlyList<double> Means,
    IReadOnlyList<double> Scales,
    IReadOnlyList<double> Weights,
    double Bias,
    string? TrainedOn = null)
{
    public const string ResourceName = "Summarizer.Verification.Model.score-model.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // A file people read: "+" stays "+".
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
    private static readonly Lazy<ScoreModel> Embedded = new(LoadEmbedded);

    /// <summary>A model that has learnt nothing (every summary 0.5): what features are computed under while a new model is fitted.</summary>
    public static ScoreModel Untrained { get; } = new([], [], [], [], 0, "untrained");

    /// <summary>The model shipped with the library.</summary>
    public static ScoreModel Default => Embedded.Value;

    /// <summary>Probability in (0, 1) that a summary with these features is consistent.</summary>
    public double Predict(ConsistencyFeatures features)
    {
        double z = Bias;
        var terms = _terms ??= [.. Features.Select(FeatureTerm.Of)];
        for (int i = 0; i < Weights.Count; i++)
        {
            double x = terms[i].ValueIn(features.Values);
            // Not measured (NaN): the feature sits at its training mean and moves nothing.
            if (double.IsNaN(x)) continue;
            z += Weights[i] * (x - Means[i]) / (Scales[i] == 0 ? 1 : Scales[i]);
        }
        return 1 / (1 + Math.Exp(-z));
    }

    // Derived from the other members on first use; a copy (`with`) starts without them, so it never carries stale ones.
    private FeatureTerm[]? _terms;
    private string? _version;

    private ScoreModel(ScoreModel original)
    {
        (Features, Means, Scales, Weights, Bias, TrainedOn) =
            (original.Features, original.Means, original.Scales, original.Weights, original.Bias, original.TrainedOn);
    }

    /// <summary>A short hash of the weights: part of the verifier's version, so a retrained model re-judges cached summaries.</summary>
    [JsonIgnore]
    public string Version => _version ??= Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ToJson())))[..12];

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ScoreModel FromJson(string json)
    {
        var model = JsonSerializer.Deserialize<ScoreModel>(json, Json) ?? throw new InvalidDataException("empty score model");
        int n = model.Features.Count;
        if (model.Means.Count != n || model.Scales.Count != n || model.Weights.Count != n)
            throw new InvalidDataException("score model: features, means, scales and weights differ in length");
        return model;
    }

    private static ScoreModel LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }
}
