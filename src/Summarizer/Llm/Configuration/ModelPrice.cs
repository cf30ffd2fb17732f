namespace Summarizer.Llm.Configuration;

/// <summary>Price of one model in USD per million tokens (<c>Summarizer:Llm:Prices:{model}</c>).</summary>
public sealed class ModelPrice
{
    public decimal InputPerMillion { get; set; }
    public decimal OutputPerMillion { get; set; }
}
