namespace DpfDomain.Tests.Identity; public sealed partial class ResidentIdNumberTests { }
