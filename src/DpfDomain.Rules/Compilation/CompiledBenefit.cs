using System;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Compilation;

/// <summary>A compiled benefit item: its amount and optional condition as typed delegates.</summary>
internal sealed record CompiledBenefit<TFacts>(BenefitDefinition Definition, Func<TFacts, object, decimal> Amount, Func<TFacts, object, bool>? Condition);

/// <summary>A compiled output: its value as a boxed delegate result.</summary>
internal sealed record CompiledOutput<TFacts>(OutputDefinition Definition, Func<TFacts, object, object?> Value);
