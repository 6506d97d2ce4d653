using System.CommandLine;
using DpfDomain.ConsoleHost;

var numberArgument = new Argument<string>("certificate-number")
{
    Description = "A disability certificate number: 18-character identity number, category 1–7, grade 1–4, optional B1, B2, … suffix.",
    DefaultValueFactory = _ => CertificateReport.ExampleNumber,
};
var dateOption = new Option<string?>("--on")
{
    Description = "The date (yyyy-MM-dd) on which to compute the holder's age; today in Asia/Shanghai by default.",
};
var revealOption = new Option<bool>("--reveal")
{
    Description = "Also print the unmasked number and full birth date (personal data).",
};

var root = new RootCommand("Decodes a disability certificate number (残疾人证号) and prints the holder facts it carries, masked.")
{
    numberArgument,
    dateOption,
    revealOption,
};
root.SetAction(parseResult =>
{
    var report = new CertificateReport(Console.Out, Console.Error);
    return report.Run(parseResult.GetValue(numberArgument)!, parseResult.GetValue(dateOption), parseResult.GetValue(revealOption));
});

return root.Parse(args).Invoke();
