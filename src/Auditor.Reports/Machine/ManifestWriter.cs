using System.Security.Cryptography;
using System.Text.Json;
using Auditor.Core.Audit;
using Auditor.Core.Domain;

namespace Auditor.Reports.Machine;

/// <summary>
/// manifest.json: inputs with sha256, pack id and version, as-of, tool version, counts, the findings formats the run
/// was asked to write, and the sha256 of every other file in the output folder. No wall-clock time: the same inputs
/// give the same bytes.
/// </summary>
public static class ManifestWriter
{
    /// <param name="digests">SHA-256 already computed while writing (e.g. by <see cref="DigestingStream"/>), by path relative to the folder; other files are read and hashed.</param>
    /// <param name="findingsFormats">The findings files the run wrote ("csv", "parquet", "xlsx", "json"), listed as findings_formats.</param>
    public static void Write(string outDir, AuditOutcome o, IReadOnlyDictionary<string, string>? digests = null, IReadOnlyList<string>? findingsFormats = null)
    {
        var path = Path.Combine(outDir, AuditFileNames.Manifest);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var w = new Utf8JsonWriter(stream, FindingsJsonWriter.Options);
        w.WriteStartObject();
        w.WriteString("tool", "auditor");
        w.WriteString("tool_version", o.ToolVersion);
        w.WriteStartObject("pack");
        w.WriteString("id", o.Pack.Id);
        w.WriteString("title", o.Pack.Title);
        w.WriteString("version", o.Pack.Version);
        w.WriteEndObject();
        w.WriteString("period", o.Period.Id);
        w.WriteString("as_of", MachineTime.Iso(o.AsOf, o.Zone));
        w.WriteString("zone", o.Zone.Id);
        // the pictures' bytes depend on the font they were drawn with (and SkiaSharp's rasteriser): another machine with
        // other fonts gives other picture bytes, the rest of the documents the same
        var font = Pictures.PictureFontChooser.System;
        w.WriteStartObject("pictures");
        if (font.Family is null) w.WriteNull("font"); else w.WriteString("font", font.Family);
        w.WriteString("labels", font.Script.ToString().ToLowerInvariant());
        w.WriteNumber("dpi", Pictures.PlotPicture.Dpi);
        w.WriteEndObject();
        // years whose holidays were computed from the statute because no notice was on file (Finding.ProvisionalYears)
        w.WriteStartArray("provisional_calendar_years");
        foreach (var y in o.ProvisionalYears) w.WriteNumberValue(y);
        w.WriteEndArray();
        w.WriteStartArray("inputs");
        foreach (var i in o.Inputs)
        {
            w.WriteStartObject();
            w.WriteString("path", i.Path);
            w.WriteString("role", i.Role);
            w.WriteString("sha256", i.Sha256);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("counts");
        w.WriteNumber("cases", o.CaseCount);
        w.WriteNumber("findings", o.Totals.Total);
        var byVerdict = o.VerdictCounts();
        foreach (var v in Enum.GetValues<Verdict>()) w.WriteNumber(v.Id(), byVerdict[v]);
        w.WriteNumber("data_issues", o.DataIssues.Length);
        w.WriteNumber("units", o.Scores.Length);
        w.WriteEndObject();
        if (findingsFormats is not null)
        {
            w.WriteStartArray("findings_formats");
            foreach (var f in findingsFormats) w.WriteStringValue(f);
            w.WriteEndArray();
        }
        w.WriteStartArray("outputs");
        foreach (var f in Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories)
                     .Where(f => Path.GetFileName(f) != AuditFileNames.Manifest)
                     .OrderBy(f => f, StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(outDir, f).Replace('\\', '/');
            w.WriteStartObject();
            w.WriteString("path", rel);
            w.WriteString("sha256", digests is not null && digests.TryGetValue(rel, out var known) ? known : Sha256Of(f));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static string Sha256Of(string file)
    {
        using var s = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(s));
    }
}
