using System.Text;
using Auditor.Ingest.Tables;

namespace Auditor.Ingest.Tests;

/// <summary>
/// The csv parser as it was before cells became slices of a buffer: a char-by-char state machine with a string per
/// cell, a quote never closed refused at the row it opened in. Kept as the oracle the new reader is compared with (CsvRecordReaderTests): same rows, same row numbers, same
/// cells, on any text.
/// </summary>
internal static class CsvReferenceParser
{
    public static IEnumerable<RawRow> Parse(TextReader reader, char delimiter)
    {
        var buf = new char[1 << 16];
        int len = 0, pos = 0;
        var field = new StringBuilder();
        var cells = new List<RawCell>(32);
        int record = 1, quoteOpenedAt = 0;
        bool inQuotes = false, quotedField = false, any = false;
        bool pendingCr = false;

        while (true)
        {
            if (pos >= len)
            {
                len = reader.Read(buf, 0, buf.Length);
                pos = 0;
                if (len <= 0) break;
            }
            char c = buf[pos++];
            if (pendingCr)
            {
                pendingCr = false;
                if (c == '\n')
                {
                    if (inQuotes) field.Append('\n'); // \r\n inside a quoted field
                    continue;
                }
            }
            if (inQuotes)
            {
                if (c == '"')
                {
                    // Peek the next char (may need a refill).
                    if (pos >= len)
                    {
                        len = reader.Read(buf, 0, buf.Length);
                        pos = 0;
                        if (len <= 0) { inQuotes = false; break; }
                    }
                    if (buf[pos] == '"') { field.Append('"'); pos++; }
                    else inQuotes = false;
                }
                else
                {
                    if (c == '\r') pendingCr = true;
                    field.Append(c);
                }
                continue;
            }
            if (c == delimiter)
            {
                cells.Add(RawCell.OfText(field.ToString()));
                field.Clear();
                quotedField = false;
                any = true;
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r') pendingCr = true;
                cells.Add(RawCell.OfText(field.ToString()));
                field.Clear();
                yield return new RawRow(record++, cells.ToArray());
                cells.Clear();
                quotedField = false;
                any = false;
            }
            else if (c == '"' && field.Length == 0 && !quotedField)
            {
                inQuotes = true;
                quoteOpenedAt = record;
                quotedField = true;
                any = true;
            }
            else
            {
                field.Append(c);
                any = true;
            }
        }
        if (inQuotes) throw new Auditor.Core.InputException($"csv 第{quoteOpenedAt}行：引号未闭合");
        if (any || field.Length > 0)
        {
            cells.Add(RawCell.OfText(field.ToString()));
            yield return new RawRow(record, cells.ToArray());
        }
    }
}
