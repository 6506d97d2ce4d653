using System;
using System.Linq.Expressions;
using System.Threading;

namespace DpfDomain.Rules.Compilation;

/// <summary>
/// A checked expression tree turned into its delegate on first use rather than at load: a catalog
/// loads (and a folder validates) without paying for delegates it may never call. Everything that
/// can find a problem — parsing, type checking, the sandbox, building the tree — has run at load;
/// compiling a tree built by the expression factories cannot fail. Compiled by
/// <see cref="DelegateCompiler"/>, so nested lambdas are hoisted. The first call compiles once,
/// whichever thread makes it; the others wait for that delegate.
/// </summary>
internal static class DeferredDelegate
{
    /// <summary>The tree's delegate, compiled once on first use.</summary>
    public static Lazy<TDelegate> Of<TDelegate>(Expression<TDelegate> lambda)
        where TDelegate : Delegate =>
        new(() => DelegateCompiler.Compile(lambda), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A delegate that compiles the tree on its first call and then calls the compiled one.</summary>
    public static Func<TFacts, object, TResult> Calling<TFacts, TResult>(Expression<Func<TFacts, object, TResult>> lambda)
    {
        var compiled = Of(lambda);
        return (facts, parameters) => compiled.Value(facts, parameters);
    }
}
