using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace DpfDomain.Identity;

/// <summary>
/// Province-level codes of GB/T 2260 (the first two digits of a division code and of an
/// identity number): 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82.
/// </summary>
public static class Provinces
{
    private static readonly FrozenDictionary<int, string> Names = new Dictionary<int, string>
    {
        [11] = "北京市", [12] = "天津市", [13] = "河北省", [14] = "山西省", [15] = "内蒙古自治区",
        [21] = "辽宁省", [22] = "吉林省", [23] = "黑龙江省",
        [31] = "上海市", [32] = "江苏省", [33] = "浙江省", [34] = "安徽省", [35] = "福建省", [36] = "江西省", [37] = "山东省",
        [41] = "河南省", [42] = "湖北省", [43] = "湖南省", [44] = "广东省", [45] = "广西壮族自治区", [46] = "海南省",
        [50] = "重庆市", [51] = "四川省", [52] = "贵州省", [53] = "云南省", [54] = "西藏自治区",
        [61] = "陕西省", [62] = "甘肃省", [63] = "青海省", [64] = "宁夏回族自治区", [65] = "新疆维吾尔自治区",
        [71] = "台湾省", [81] = "香港特别行政区", [82] = "澳门特别行政区",
    }.ToFrozenDictionary();

    /// <summary>The valid province codes in ascending order.</summary>
    public static IReadOnlyList<int> Codes { get; } = [.. Names.Keys.Order()];

    /// <summary>Whether a two-digit number is a province code.</summary>
    /// <param name="code">The number formed by the first two digits.</param>
    /// <returns>Whether it is one of the 34 province-level codes.</returns>
    public static bool IsValid(int code) => Names.ContainsKey(code);

    /// <summary>The Chinese name of a province, e.g. 安徽省.</summary>
    /// <param name="code">A province code.</param>
    /// <returns>The name, or <see langword="null"/> when the code is not a province.</returns>
    public static string? ChineseName(int code) => Names.GetValueOrDefault(code);
}
