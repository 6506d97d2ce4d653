namespace DpfDomain.Rules.Model;

/// <summary>Whom a program is evaluated for.</summary>
public enum ProgramSubject
{
    /// <summary>A person, with <c>Person.…</c> facts.</summary>
    Person = 1,
}
