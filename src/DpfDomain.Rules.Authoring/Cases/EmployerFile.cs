using System;
using DpfDomain.Employers;

namespace DpfDomain.Rules.Authoring.Cases;

/// <summary>
/// Reads an employer file (<c>*.employer.json</c>, the format of docs/person-file.md, the same shape
/// as <c>"Employer"</c> in a case file): the facts the employment security fund levy is decided on,
/// checked strictly and built into the domain model.
/// </summary>
public static class EmployerFile
{
    /// <summary>The usual ending of an employer file's name.</summary>
    public const string FileSuffix = ".employer.json";

    /// <summary>Reads an employer file and builds the employer.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The employer.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    /// <exception cref="CaseInputException">The file cannot be read, is not a valid employer file, or holds a value the domain refuses; the message gives every problem found, each at its file, line and column, in English (<see cref="Exception.Message"/>) and Chinese (<see cref="CaseInputException.MessageZh"/>).</exception>
    public static Employer Read(string path) => CaseRunner.ReadEmployerAndBuild(path);

    /// <summary>Reads an employer file as written, without building the domain model (see <see cref="PersonInputMapper.ToDomain(EmployerInput)"/>).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The file's content.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    /// <exception cref="CaseInputException">The file cannot be read or is not a valid employer file; the message gives the file, line and column.</exception>
    public static EmployerInput ReadInput(string path) => CaseRunner.ReadEmployer(path);
}
