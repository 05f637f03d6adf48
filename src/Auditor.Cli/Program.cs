using Auditor.Cli;

return AuditorCli.Run(args, Console.Out, Console.Error);
