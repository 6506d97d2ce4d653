namespace DpfDomain.Rules.Model;

/// <summary>Whom a program is evaluated for.</summary>
public enum ProgramSubject
{
    /// <summary>A person, with <c>Person.…</c> facts.</summary>
    Person = 1,

    /// <summary>An employer, with <c>Employer.…</c> facts (the employment security fund levy).</summary>
    Employer,
}
