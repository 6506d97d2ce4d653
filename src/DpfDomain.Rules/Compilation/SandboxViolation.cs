namespace DpfDomain.Rules.Compilation;

/// <summary>Why an expression was refused by the sandbox, in English and Chinese, with a fix.</summary>
internal sealed record SandboxViolation(string Message, string MessageZh, string Hint, string HintZh, bool TooLarge = false);
