using System;
using DpfDomain.People;

namespace DpfDomain.Rules.Authoring.Cases;

/// <summary>
/// Reads a person file (<c>*.person.json</c>, the format of docs/person-file.md, the same shape as
/// <c>"Person"</c> in a case file): one household and the member to evaluate, checked strictly and
/// built into the domain model.
/// </summary>
public static class PersonFile
{
    /// <summary>The usual ending of a person file's name.</summary>
    public const string FileSuffix = ".person.json";

    /// <summary>Reads a person file and builds the member evaluated and their household.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The member evaluated (<c>"Subject"</c>, or the first member when it is left out) and their household.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    /// <exception cref="CaseInputException">The file cannot be read, is not a valid person file, or holds a value the domain refuses; the message gives every problem found, each at its file, line and column, in English (<see cref="Exception.Message"/>) and Chinese (<see cref="CaseInputException.MessageZh"/>), identity numbers masked.</exception>
    public static (Person Person, Household Household) Read(string path) => CaseRunner.ReadPersonAndBuild(path);

    /// <summary>Reads a person file as written, without building the domain model (see <see cref="PersonInputMapper.ToDomain(PersonInput)"/>).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The file's content.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    /// <exception cref="CaseInputException">The file cannot be read or is not a valid person file; the message gives the file, line and column.</exception>
    public static PersonInput ReadInput(string path) => CaseRunner.ReadPerson(path);
}
