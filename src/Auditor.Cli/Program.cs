using System.Text;
using Auditor.Cli;

// Set before the writers are handed on: setting it replaces Console.Out and Console.Error, and the progress display
// recognises the terminal by the very writer it was given.
Console.OutputEncoding = Encoding.UTF8;
return AuditorCli.Run(args, Console.Out, Console.Error);
