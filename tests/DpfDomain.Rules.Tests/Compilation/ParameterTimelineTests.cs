using DpfDomain.Rules.Compilation;
using NodaTime;

namespace DpfDomain.Rules.Tests.Compilation;

/// <summary>
/// <see cref="ParameterTimeline"/> on its own: the values in force on each date, a parameter
/// without a value yet, a rule set without parameters, one value looked up by name, and "what if"
/// overrides.
/// </summary>
public sealed class ParameterTimelineTests
{
    private static readonly LocalDate Y2019 = new(2019, 1, 1);
    private static readonly LocalDate Y2020 = new(2020, 1, 1);

    private static readonly ParameterTimeline Timeline = new(
    [
        ("Amount", false, [(Y2019, 1000m, "a"), (Y2020, 1200m, "b")]),
        ("Extension", true, [(Y2020, true, "c")]),
    ]);

    [Fact]
    public void ValuesOn_EachDate_AreTheLastValuesFromOnOrBeforeIt_AndNothingYetIsZeroOrOff()
    {
        Assert.Equal((1000m, false), Read(Timeline.ValuesOn(new LocalDate(2019, 12, 31))));
        Assert.Equal((1200m, true), Read(Timeline.ValuesOn(Y2020)));
        Assert.Equal((1200m, true), Read(Timeline.ValuesOn(new LocalDate(2030, 1, 1))));
        Assert.Equal((1000m, false), Read(Timeline.ValuesOn(new LocalDate(2000, 1, 1))));
    }

    [Fact]
    public void ValueOn_IsOneParametersValueWithItsDateAndReference()
    {
        Assert.Equal((Y2020, (object)1200m, "b"), Timeline.ValueOn("Amount", Y2020));
        Assert.Equal((Y2019, (object)1000m, "a"), Timeline.ValueOn("Amount", Y2020.PlusDays(-1)));
        Assert.Null(Timeline.ValueOn("Extension", Y2019));
        Assert.Null(Timeline.ValueOn("Nope", Y2020));
    }

    [Fact]
    public void NoParameters_GiveOneEmptyInstanceForEveryDate()
    {
        var none = new ParameterTimeline([]);

        Assert.Empty(none.Names);
        Assert.Empty(none.Type.GetProperties());
        Assert.Same(none.ValuesOn(new LocalDate(1900, 1, 1)), none.ValuesOn(new LocalDate(2100, 1, 1)));
    }

    [Fact]
    public void ValuesWith_ReplacesOnlyTheNamedValues_OnACopy()
    {
        var shared = Timeline.ValuesOn(Y2020);

        var what = Timeline.ValuesWith(Y2020, new Dictionary<string, object> { ["Extension"] = false, ["Amount"] = 7 });

        Assert.Equal((7m, false), Read(what));
        Assert.Equal((1200m, true), Read(shared));
        Assert.NotSame(shared, what);
    }

    [Fact]
    public void ValuesWith_AnUnknownNameOrAWrongKind_IsRefusedNamingTheParameters()
    {
        var unknown = Assert.Throws<ArgumentException>(() => Timeline.ValuesWith(Y2020, new Dictionary<string, object> { ["Amont"] = 1m }));
        var notSwitch = Assert.Throws<ArgumentException>(() => Timeline.ValuesWith(Y2020, new Dictionary<string, object> { ["Extension"] = 1m }));
        var notNumber = Assert.Throws<ArgumentException>(() => Timeline.ValuesWith(Y2020, new Dictionary<string, object> { ["Amount"] = "1" }));

        Assert.Equal("'Amont' is not a parameter of this rule set; it has Amount, Extension. (Parameter 'overrides')", unknown.Message);
        Assert.Contains("switch", notSwitch.Message, StringComparison.Ordinal);
        Assert.Contains("takes a number", notNumber.Message, StringComparison.Ordinal);
    }

    private static (decimal Amount, bool Extension) Read(object values) =>
        ((decimal)values.GetType().GetProperty("Amount")!.GetValue(values)!, (bool)values.GetType().GetProperty("Extension")!.GetValue(values)!);
}
