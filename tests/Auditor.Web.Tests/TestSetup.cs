using System.Runtime.CompilerServices;

namespace Auditor.Web.Tests;

internal static class TestSetup
{
    /// <summary>
    /// Many servers start in this one process and each data folder is removed after its test: uploads being received
    /// are buffered in one folder that outlives them (ASP.NET reads ASPNETCORE_TEMP once per process).
    /// </summary>
    [ModuleInitializer]
    internal static void BufferUploadsInOneFolder() =>
        Environment.SetEnvironmentVariable("ASPNETCORE_TEMP", Directory.CreateTempSubdirectory("auditor-web-uploads-").FullName);
}
