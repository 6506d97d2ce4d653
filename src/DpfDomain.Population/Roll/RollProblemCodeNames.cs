namespace DpfDomain.Population.Roll;

/// <summary>Short names of problem codes for reports.</summary>
public static class RollProblemCodeNames
{
    /// <summary>The Chinese name of a problem code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>E.g. 身份号码无效.</returns>
    public static string Chinese(RollProblemCode code) => code switch
    {
        RollProblemCode.MissingValue => "必填项为空",
        RollProblemCode.InvalidIdNumber => "身份号码无效",
        RollProblemCode.InvalidCertificateNumber => "残疾人证号无效",
        RollProblemCode.CertificateDoesNotMatchId => "证号与身份号码不符",
        RollProblemCode.InvalidCategoryOrGrade => "类别或等级有误",
        RollProblemCode.InvalidDate => "日期有误",
        RollProblemCode.InvalidValue => "取值有误",
        RollProblemCode.InvalidText => "文字编码或控制字符",
        RollProblemCode.DuplicatePerson => "人员重复",
        RollProblemCode.HouseholdInconsistent => "户信息不一致或不相邻",
        RollProblemCode.ParentNotInHousehold => "父母不在本户",
        RollProblemCode.InconsistentFacts => "信息相互矛盾",
        RollProblemCode.NotOnRoll => "不在花名册上",
        RollProblemCode.UnknownColumn => "未知列（已忽略）",
        _ => code.ToString(),
    };

    /// <summary>The English name of a problem code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>E.g. invalid identity number.</returns>
    public static string English(RollProblemCode code) => code switch
    {
        RollProblemCode.MissingValue => "required value empty",
        RollProblemCode.InvalidIdNumber => "invalid identity number",
        RollProblemCode.InvalidCertificateNumber => "invalid certificate number",
        RollProblemCode.CertificateDoesNotMatchId => "certificate number not matching the identity number",
        RollProblemCode.InvalidCategoryOrGrade => "wrong category or grade",
        RollProblemCode.InvalidDate => "invalid date",
        RollProblemCode.InvalidValue => "invalid value",
        RollProblemCode.InvalidText => "undecodable text or control characters",
        RollProblemCode.DuplicatePerson => "duplicate person",
        RollProblemCode.HouseholdInconsistent => "household rows inconsistent or not adjacent",
        RollProblemCode.ParentNotInHousehold => "parent not in the household",
        RollProblemCode.InconsistentFacts => "contradictory facts",
        RollProblemCode.NotOnRoll => "not on the roll",
        RollProblemCode.UnknownColumn => "unknown column (ignored)",
        _ => code.ToString(),
    };
}
