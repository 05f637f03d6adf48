using System.Collections.Immutable;
using Auditor.Core;
using Auditor.Core.Overrides;
using Auditor.Ingest.Tables;
using Auditor.Ingest.Times;

namespace Auditor.Ingest;

/// <summary>
/// Reads an overrides file (申诉/豁免, `--overrides`) through the one table reader: .csv in any encoding a ledger may
/// have (UTF-8 with or without BOM, UTF-16 with BOM, GB18030; comma or tab), .xlsx or .xls (the first visible sheet
/// whose header names the case and rule columns). The rows become entries in Core (<see cref="OverrideRows"/>); row
/// numbers are the ones Excel and WPS show.
/// </summary>
public static class OverridesReader
{
    public static ImmutableArray<OverrideEntry> Read(string path)
    {
        using var table = TableFiles.Open(path);
        (string? Sheet, List<OverrideRow> Rows)? first = null;
        foreach (var sheet in table.Sheets())
        {
            if (sheet.Hidden) continue;
            var rows = sheet.Rows.Select(Row).ToList();
            first ??= (sheet.Name, rows);
            if (rows.Where(r => !r.IsBlankOrComment).Take(OverrideRows.HeaderScanRows).Any(OverrideRows.IsHeader))
                return OverrideRows.Parse(rows, path, sheet.Name);
        }
        // no sheet has the header: the first one says what is missing
        return first is { } f ? OverrideRows.Parse(f.Rows, path, f.Sheet) : throw new InputException($"{path}：没有可读的工作表");
    }

    /// <summary>A row as text: a date cell as 2026-10-12 [15:30], any other cell as written.</summary>
    private static OverrideRow Row(RawRow row) =>
        new(row.Number, [.. row.Cells.Select(c => c.Kind is RawCellKind.Date or RawCellKind.DateTime ? TimeValueParser.Show(c) : c.AsText() ?? "")]);
}
