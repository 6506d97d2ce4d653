using System.ComponentModel;
using System.Text.Json.Serialization;

namespace DpfDomain.Rules.Model;

/// <summary>A text in Chinese and English, as written in a rule-set file: <c>{ "zh-CN": "…", "en": "…" }</c>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[Description("A text in Chinese (zh-CN) and English (en).")]
public sealed class LocalizedText
{
    /// <summary>The Chinese text.</summary>
    [JsonPropertyName("zh-CN")]
    [JsonRequired]
    [Description("The text in Chinese. 中文。")]
    public string Chinese { get; init; } = string.Empty;

    /// <summary>The English text.</summary>
    [JsonPropertyName("en")]
    [JsonRequired]
    [Description("The text in English.")]
    public string English { get; init; } = string.Empty;

    /// <inheritdoc />
    public override string ToString() => $"{Chinese} / {English}";
}
