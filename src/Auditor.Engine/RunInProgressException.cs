using Auditor.Core;

namespace Auditor.Engine;

/// <summary>
/// Another run holds the output folder or the history store this run needs (exit 3): two runs on one folder or one
/// store would overwrite each other's results. A front end tells the user to wait (the web answers 409).
/// </summary>
public sealed class RunInProgressException(string message) : AuditorException(ExitCodes.Input, message);
