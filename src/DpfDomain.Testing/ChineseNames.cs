using System;
using DpfDomain.Identity;
using DpfDomain.People;

namespace DpfDomain.Testing;

/// <summary>Made-up Chinese names of one or two given characters.</summary>
internal static class ChineseNames
{
    private static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
        "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
    ];

    private static readonly string[] Male =
    [
        "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞", "鑫", "波", "宇", "浩",
        "建", "国", "志", "文", "林", "峰", "海", "东", "新", "春", "德", "福", "永", "成", "俊", "庆", "忠", "家", "晨", "阳",
    ];

    private static readonly string[] Female =
    [
        "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀", "英", "玲", "桂", "兰", "萍", "红", "燕", "梅", "琳", "洁", "雪",
        "慧", "莉", "婷", "晶", "颖", "倩", "凤", "琴", "云", "珍", "莹", "欣", "月", "春", "佳", "怡", "悦", "彤", "诗", "雨",
    ];

    internal static string Surname(Random random) => random.Pick<string>(Surnames);

    internal static PersonName For(Random random, Sex sex, string? surname = null)
    {
        var given = sex == Sex.Male ? Male : Female;
        var first = random.Pick<string>(given);
        var name = (surname ?? Surname(random)) + first + (random.Chance(0.7) ? random.Pick<string>(given) : string.Empty);
        return new PersonName(name);
    }
}
