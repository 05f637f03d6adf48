namespace Auditor.Ingest; internal static class IngestMarker { }
