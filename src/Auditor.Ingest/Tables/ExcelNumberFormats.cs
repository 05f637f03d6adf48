namespace Auditor.Ingest.Tables;

/// <summary>Tells from an Excel number format whether a number is a date, and whether the format shows a time of day.</summary>
internal static class ExcelNumberFormats
{
    /// <summary>Classifies a built-in format id (ECMA-376 18.8.30) or a custom format code.</summary>
    public static RawCellKind Classify(uint id, string? code)
    {
        switch (id)
        {
            case 14 or 15 or 16 or 17 or 27 or 28 or 29 or 30 or 31 or 34 or 35 or 36 or 50 or 51 or 52 or 53 or 54 or 57 or 58:
                return RawCellKind.Date;
            case 18 or 19 or 20 or 21 or 22 or 32 or 33 or 45 or 46 or 47 or 55 or 56:
                return RawCellKind.DateTime;
        }
        return code is null ? RawCellKind.Number : ClassifyCode(code);
    }

    /// <summary>A custom format code is a date when it has y/m/d/h/s outside quotes and brackets ([Red], [$-804]).</summary>
    public static RawCellKind ClassifyCode(string code)
    {
        bool date = false, time = false, inQuote = false, inBracket = false;
        for (int i = 0; i < code.Length; i++)
        {
            char c = code[i];
            if (inQuote) { if (c == '"') inQuote = false; continue; }
            if (inBracket) { if (c == ']') inBracket = false; continue; }
            switch (c)
            {
                case '"': inQuote = true; break;
                case '[': inBracket = true; break;
                case '\\' or '_' or '*': i++; break;
                case 'y' or 'Y' or 'd' or 'D' or 'm' or 'M' or 'e': date = true; break;
                case 'h' or 'H' or 's' or 'S': time = true; break;
                case '年' or '月' or '日': date = true; break;
                case '时' or '分' or '秒': time = true; break;
            }
        }
        if (time) return RawCellKind.DateTime;
        return date ? RawCellKind.Date : RawCellKind.Number;
    }
}
