using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Identity;
using DpfDomain.People;
using DpfDomain.Population.Files;
using NodaTime;

namespace DpfDomain.Population.Roll;

/// <summary>Turns one roll row into a pending member, or into every problem the row has.</summary>
/// <remarks>One parser reads one row at a time (it keeps the row being read, so that its helpers need no closures); give each thread its own.</remarks>
internal sealed class RollRowParser
{
    private static readonly RollColumn[] CertificateColumns = [RollColumn.Category, RollColumn.Grade, RollColumn.Components, RollColumn.IssuedOn, RollColumn.RevokedOn, RollColumn.RevocationReason];
    private static readonly char[] ListSeparators = [';', '；', ',', '，', '、', '+', '/', ' ', '|'];

    private readonly string file;
    private readonly HeaderMap<RollColumn> map;
    private readonly RollReadOptions options;
    private readonly Action<RollColumn?, RollProblemCode, string, string> _problem;
    private TabularRow _row = new(0, []);
    private List<RollProblem> _problems = [];

    internal RollRowParser(string file, HeaderMap<RollColumn> map, RollReadOptions options)
    {
        this.file = file;
        this.map = map;
        this.options = options;
        _problem = Problem;
    }

    internal PendingMember? Parse(TabularRow row, List<RollProblem> problems)
    {
        _row = row;
        _problems = problems;

        if (map.GarbledColumns(row.Cells) is { } garbled)
        {
            foreach (var column in garbled)
            {
                Problem(column, RollProblemCode.InvalidText, CellText.GarbledReason, CellText.GarbledReasonZh);
            }
        }

        if (problems.Count > 0)
        {
            return null;
        }

        var householdNo = Cell(RollColumn.HouseholdNo);
        if (householdNo is null)
        {
            Problem(RollColumn.HouseholdNo, RollProblemCode.MissingValue, "The household number is empty.", "户号为空。");
        }
        else if (householdNo.Length > 64)
        {
            Problem(RollColumn.HouseholdNo, RollProblemCode.InvalidValue, "The household number is longer than 64 characters.", "户号超过 64 个字符。");
        }

        var name = Name(Cell(RollColumn.Name), _problem);
        var certificateNumber = CertificateNumberOf(Cell(RollColumn.CertificateNumber), _problem);
        var id = IdOf(Cell(RollColumn.IdNumber), certificateNumber, _problem);
        var hukou = Cell(RollColumn.HukouType) is { } hukouText
            ? RollLayout.HukouFor(hukouText) ?? Invalid<HukouType>(RollColumn.HukouType, "Write 农业 (rural) or 非农业 (urban).", "请填写“农业”或“非农业”（城镇）。")
            : Invalid<HukouType>(RollColumn.HukouType, "The registration type is empty; write 农业 or 非农业.", "户口性质为空；请填写“农业”或“非农业”。", RollProblemCode.MissingValue);
        var registration = options.County;
        if (Cell(RollColumn.RegistrationCounty) is { } countyText)
        {
            var county = DivisionCode.TryParse(RollLayout.Key(countyText));
            if (!county.Success || !county.Value.IsCountyLevel)
            {
                Problem(RollColumn.RegistrationCounty, RollProblemCode.InvalidValue, "The registration county is not a six-digit county-level division code.", "户籍地代码不是六位县级行政区划代码。");
            }
            else
            {
                registration = county.Value;
            }
        }

        var parents = ParentsOf(Cell(RollColumn.ParentIds), id, _problem);
        var certificate = id is { } holder && certificateNumber is { } number
            ? CertificateOf(number, holder, registration)
            : NoCertificate(certificateNumber is null);
        return problems.Count == 0 ? new PendingMember(row.Row, id!.Value, name!.Value, certificate, hukou!.Value, registration, parents) : null;

        T? Invalid<T>(RollColumn column, string en, string zh, RollProblemCode code = RollProblemCode.InvalidValue)
            where T : struct
        {
            Problem(column, code, en, zh);
            return null;
        }

    }

    private string? Cell(RollColumn column) => map.Cell(_row.Cells, column);

    private void Problem(RollColumn? column, RollProblemCode code, string en, string zh) =>
        _problems.Add(new RollProblem(file, _row.Row, column is { } c ? map.HeaderOf(c) : null, code, en, zh));

    private DisabilityCertificate? NoCertificate(bool noCertificateNumber)
    {
        foreach (var column in CertificateColumns)
        {
            if (Cell(column) is not null && noCertificateNumber && Cell(RollColumn.CertificateNumber) is null)
            {
                Problem(column, RollProblemCode.InvalidValue, "The row has no certificate number, so certificate columns must be empty.", "该行没有残疾人证号，残疾证相关列应为空。");
            }
        }

        return null;
    }

    private static PersonName? Name(string? text, Action<RollColumn?, RollProblemCode, string, string> problem)
    {
        if (text is null)
        {
            problem(RollColumn.Name, RollProblemCode.MissingValue, "The name is empty.", "姓名为空。");
            return null;
        }

        if (new StringInfo(text).LengthInTextElements > PersonName.MaximumLength)
        {
            problem(RollColumn.Name, RollProblemCode.InvalidValue, $"The name is longer than {PersonName.MaximumLength} characters.", $"姓名超过 {PersonName.MaximumLength} 个字。");
            return null;
        }

        return new PersonName(text);
    }

    private static CertificateNumber? CertificateNumberOf(string? text, Action<RollColumn?, RollProblemCode, string, string> problem)
    {
        if (text is null)
        {
            return null;
        }

        var parsed = CertificateNumber.TryParse(CellText.IsPlainNumber(text) ? text : RollLayout.Key(text).ToUpperInvariant());
        if (parsed.Success)
        {
            return parsed.Value;
        }

        var (hint, hintZh) = CellText.NumberHint(text);
        problem(RollColumn.CertificateNumber, RollProblemCode.InvalidCertificateNumber, parsed.Error!.Message + hint, parsed.Error.MessageZh + hintZh);
        return null;
    }

    private static ResidentIdNumber? IdOf(string? text, CertificateNumber? certificate, Action<RollColumn?, RollProblemCode, string, string> problem)
    {
        if (text is null)
        {
            if (certificate is null)
            {
                problem(RollColumn.IdNumber, RollProblemCode.MissingValue, "The identity number is empty (and there is no certificate number to take it from).", "公民身份号码为空（也没有可从中得出身份号码的残疾人证号）。");
            }

            return certificate?.Holder;
        }

        var parsed = CellText.IdNumber(text);
        if (!parsed.Success)
        {
            var (hint, hintZh) = CellText.NumberHint(text);
            problem(RollColumn.IdNumber, RollProblemCode.InvalidIdNumber, parsed.Error!.Message + hint, parsed.Error.MessageZh + hintZh);
            return null;
        }

        if (certificate is { } number && number.Holder != parsed.Value)
        {
            problem(RollColumn.CertificateNumber, RollProblemCode.CertificateDoesNotMatchId, $"The certificate number belongs to {number.Holder}, not to the row's identity number {parsed.Value}.", $"残疾人证号属于 {number.Holder}，不是本行的公民身份号码 {parsed.Value}。");
            return null;
        }

        return parsed.Value;
    }

    private static List<ResidentIdNumber> ParentsOf(string? text, ResidentIdNumber? child, Action<RollColumn?, RollProblemCode, string, string> problem)
    {
        if (text is null)
        {
            return [];
        }

        var parts = text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length > Household.MaximumParentsPerChild)
        {
            problem(RollColumn.ParentIds, RollProblemCode.InvalidValue, "At most two parents are listed.", "最多填写两位父母。");
            return [];
        }

        var parents = new List<ResidentIdNumber>();
        foreach (var part in parts)
        {
            var parsed = CellText.IdNumber(part);
            if (!parsed.Success)
            {
                problem(RollColumn.ParentIds, RollProblemCode.InvalidIdNumber, "A parent's identity number: " + parsed.Error!.Message, "父母的公民身份号码：" + parsed.Error.MessageZh);
            }
            else if (parsed.Value == child)
            {
                problem(RollColumn.ParentIds, RollProblemCode.InvalidValue, "A person cannot be their own parent.", "本人不能是自己的父母。");
            }
            else
            {
                parents.Add(parsed.Value);
            }
        }

        return parents.Distinct().ToList();
    }

    private DisabilityCertificate? CertificateOf(CertificateNumber number, ResidentIdNumber holder, DivisionCode registration)
    {
        // Every problem found here is one more in the row's list.
        var before = _problems.Count;

        if (Cell(RollColumn.Category) is { } categoryText && RollLayout.CategoryFor(categoryText) != number.Category)
        {
            Problem(RollColumn.Category, RollProblemCode.InvalidCategoryOrGrade, $"The category is not the certificate number's ({number.Category.ChineseName()}, code {number.Category.Code()}).", $"残疾类别与残疾人证号不符（证号为{number.Category.ChineseName()}，代码 {number.Category.Code()}）。");
        }

        if (Cell(RollColumn.Grade) is { } gradeText && RollLayout.GradeFor(gradeText) != number.Grade.Level)
        {
            Problem(RollColumn.Grade, RollProblemCode.InvalidCategoryOrGrade, $"The grade is not the certificate number's ({number.Grade.ChineseName}).", $"残疾等级与残疾人证号不符（证号为{number.Grade.ChineseName}）。");
        }

        var profile = ProfileOf(number, Cell(RollColumn.Components), _problem);
        var issued = DateOf(RollColumn.IssuedOn, Cell(RollColumn.IssuedOn), required: true, _problem);
        var revoked = DateOf(RollColumn.RevokedOn, Cell(RollColumn.RevokedOn), required: false, _problem);
        RevocationReason? reason = null;
        if (Cell(RollColumn.RevocationReason) is { } reasonText)
        {
            reason = RollLayout.RevocationFor(reasonText);
            if (reason is null)
            {
                Problem(RollColumn.RevocationReason, RollProblemCode.InvalidValue, "Write 死亡 (death) or 不再符合 (no longer qualifies).", "请填写“死亡”或“不再符合”。");
                return null;
            }
        }

        if (revoked is not null && reason is null)
        {
            Problem(RollColumn.RevocationReason, RollProblemCode.MissingValue, "A revoked certificate gives the reason: 死亡 or 不再符合.", "已注销的残疾人证须填写注销原因：“死亡”或“不再符合”。");
        }
        else if (revoked is null && reason is not null && Cell(RollColumn.RevokedOn) is null)
        {
            Problem(RollColumn.RevokedOn, RollProblemCode.MissingValue, "A revocation reason is given without a revocation date.", "填写了注销原因却没有注销日期。");
        }

        if (issued is { } issueDate && issueDate < holder.BirthDate)
        {
            Problem(RollColumn.IssuedOn, RollProblemCode.InvalidDate, "The certificate is issued before the holder's birth date.", "发证日期早于持证人出生日期。");
        }

        if (issued is { } i && revoked is { } r && r < i)
        {
            Problem(RollColumn.RevokedOn, RollProblemCode.InvalidDate, "The revocation date is before the issue date.", "注销日期早于发证日期。");
        }

        if (_problems.Count > before || profile is null || issued is null)
        {
            return null;
        }

        try
        {
            var certificate = DisabilityCertificate.FromRegister(number, profile, issued.Value, registration, options.ValidityPolicy);
            return revoked is { } date && reason is { } why ? certificate.Revoke(date, why) : certificate;
        }
        catch (DpfDomainException exception)
        {
            Problem(RollColumn.CertificateNumber, RollProblemCode.InconsistentFacts, exception.Message, exception.MessageZh);
            return null;
        }
    }

    private static DisabilityProfile? ProfileOf(CertificateNumber number, string? components, Action<RollColumn?, RollProblemCode, string, string> problem)
    {
        if (number.Category != DisabilityCategory.Multiple)
        {
            if (components is not null)
            {
                problem(RollColumn.Components, RollProblemCode.InvalidCategoryOrGrade, "Components are given only for a multiple disability (category 7).", "只有多重残疾（类别代码 7）才填写多重残疾组成。");
                return null;
            }

            return DisabilityProfile.Of(number.Category, number.Grade.Level);
        }

        if (components is null)
        {
            problem(RollColumn.Components, RollProblemCode.MissingValue, "A multiple disability lists its components, e.g. 精神二级;肢体三级.", "多重残疾须填写组成，例如“精神二级;肢体三级”。");
            return null;
        }

        var parts = components.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var disabilities = new List<Disability>();
        foreach (var part in parts.Take(7))
        {
            var key = RollLayout.Key(part);
            key = key.EndsWith('级') ? key[..^1] : key;
            var category = key.Length > 1 ? RollLayout.CategoryFor(key[..^1]) : null;
            var grade = key.Length > 1 ? RollLayout.GradeFor(key[^1..]) : null;
            if (category is null or DisabilityCategory.Multiple || grade is null)
            {
                problem(RollColumn.Components, RollProblemCode.InvalidCategoryOrGrade, "A component is not a category (视力…精神) followed by a grade (一级…四级), e.g. 精神二级.", "组成中有一项不是“类别+等级”的写法，例如“精神二级”。");
                return null;
            }

            disabilities.Add(new Disability(category.Value, new DisabilityGrade(grade.Value)));
        }

        if (parts.Length > 7 || disabilities.Select(d => d.Category).Distinct().Count() != disabilities.Count || disabilities.Count < 2)
        {
            problem(RollColumn.Components, RollProblemCode.InvalidCategoryOrGrade, "A multiple disability lists two to six different categories.", "多重残疾应列出 2 至 6 个不同的类别。");
            return null;
        }

        var profile = DisabilityProfile.Multiple(disabilities);
        if (!number.IsConsistentWith(profile))
        {
            problem(RollColumn.Components, RollProblemCode.InvalidCategoryOrGrade, $"The most severe component is not the certificate number's grade ({number.Grade.ChineseName}).", $"组成中最重的一项与残疾人证号的等级（{number.Grade.ChineseName}）不符。");
            return null;
        }

        return profile;
    }

    private static LocalDate? DateOf(RollColumn column, string? text, bool required, Action<RollColumn?, RollProblemCode, string, string> problem)
    {
        if (text is null)
        {
            if (required)
            {
                problem(column, RollProblemCode.MissingValue, "The date is empty.", "日期为空。");
            }

            return null;
        }

        if (CellText.TryDate(text, out var date, out var reason, out var reasonZh))
        {
            return date;
        }

        problem(column, RollProblemCode.InvalidDate, $"The value {reason}.", $"该值{reasonZh}。");
        return null;
    }
}
