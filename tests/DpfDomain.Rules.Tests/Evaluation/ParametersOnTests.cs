using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Model;
using NodaTime;
using NodaTime.Text;

namespace DpfDomain.Rules.Tests.Evaluation;

/// <summary>
/// <see cref="Decisions.ProgramVersion.ParametersOn"/> gives, for a date, exactly the values an
/// evaluation on that date reads (the instance of the parameter timeline the decision is computed
/// with), each with the date it holds from and its reference.
/// </summary>
public sealed class ParametersOnTests
{
    [Fact]
    public void ParametersOn_EveryDateAValueStartsAndTheDayBefore_AreTheValuesTheEvaluationReads()
    {
        var checkedValues = 0;
        foreach (var version in ReferenceCatalog.Load().Versions)
        {
            var starts = version.Document.Parameters.SelectMany(p => p.Values).Select(v => LocalDatePattern.Iso.Parse(v.From).Value).Distinct().ToList();
            foreach (var date in starts.Concat(starts.Select(d => d.PlusDays(-1))).Append(version.EffectiveFrom).Append(new LocalDate(2030, 1, 1)))
            {
                var read = version.Compiled.Parameters.ValuesOn(date);
                var values = version.ParametersOn(date);

                foreach (var value in values)
                {
                    Assert.Equal(read.GetType().GetProperty(value.Name)!.GetValue(read), value.Value);
                    var definition = version.Document.Parameters.Single(p => p.Name == value.Name);
                    var inForce = definition.Values.Last(v => LocalDatePattern.Iso.Parse(v.From).Value <= date);
                    Assert.Equal(LocalDatePattern.Iso.Parse(inForce.From).Value, value.From);
                    Assert.Equal(inForce.Reference, value.Reference);
                    Assert.Equal(definition.Unit, value.Unit);
                    checkedValues++;
                }

                if (date >= version.EffectiveFrom)
                {
                    Assert.Equal(version.Document.Parameters.Select(p => p.Name), values.Select(v => v.Name));
                }
            }
        }

        Assert.True(checkedValues > 100, $"{checkedValues}");
    }

    [Fact]
    public void ParametersOn_P1In2019_IsTheSubsidyAndTheSwitch()
    {
        var version = ReferenceCatalog.Load().VersionInForce("P1", new LocalDate(2019, 6, 30))!;

        var values = version.ParametersOn(new LocalDate(2019, 6, 30));

        Assert.Equal(["AmountPerYear = 1000 (from 2019-01-01)", "IncludeDibaoMarginal = False (from 2019-01-01)"], values.Select(v => v.ToString()));
        Assert.Equal(ParameterUnit.YuanPerYear, values[0].Unit);
        Assert.Equal("每人每年补助标准（元）", values[0].Description!.Chinese);
        Assert.Empty(version.ParametersOn(new LocalDate(2018, 12, 31)));
    }
}
