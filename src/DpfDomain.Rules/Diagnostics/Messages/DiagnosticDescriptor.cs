namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>
/// What one diagnostic code means: its title and its usual fix, in English and Chinese. Every
/// <see cref="DiagnosticMessage"/> is made from a descriptor, so its code is always the
/// descriptor's; the catalogue holds exactly one descriptor per code (<see cref="DiagnosticDescriptors"/>).
/// </summary>
/// <param name="Code">The code.</param>
/// <param name="Title">What the code means, in English.</param>
/// <param name="TitleZh">What the code means, in Chinese.</param>
/// <param name="Fix">The usual fix, in English, for a message that names none of its own.</param>
/// <param name="FixZh">The usual fix, in Chinese.</param>
internal sealed record DiagnosticDescriptor(DiagnosticCode Code, string Title, string TitleZh, string Fix, string FixZh)
{
    /// <summary>The code as shown: <c>DPF101</c>.</summary>
    public string Id => $"DPF{(int)Code}";

    /// <summary>A message of this kind with the descriptor's usual fix.</summary>
    /// <param name="text">What is wrong here, in English.</param>
    /// <param name="textZh">What is wrong here, in Chinese.</param>
    /// <returns>The message.</returns>
    public DiagnosticMessage Message(string text, string textZh) => new(this, text, textZh, Fix, FixZh);

    /// <summary>A message of this kind with its own fix.</summary>
    /// <param name="text">What is wrong here, in English.</param>
    /// <param name="textZh">What is wrong here, in Chinese.</param>
    /// <param name="fix">How to fix it, in English.</param>
    /// <param name="fixZh">How to fix it, in Chinese.</param>
    /// <returns>The message.</returns>
    public DiagnosticMessage Message(string text, string textZh, string fix, string fixZh) => new(this, text, textZh, fix, fixZh);

    /// <summary>A message of this kind built from texts in both languages.</summary>
    /// <param name="text">What is wrong here.</param>
    /// <param name="fix">How to fix it.</param>
    /// <returns>The message.</returns>
    public DiagnosticMessage Message(BilingualText text, BilingualText fix) => new(this, text.English, text.Chinese, fix.English, fix.Chinese);
}
