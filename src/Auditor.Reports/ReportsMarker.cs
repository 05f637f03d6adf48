namespace Auditor.Reports; internal static class ReportsMarker { }
