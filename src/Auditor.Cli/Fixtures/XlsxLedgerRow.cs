using System.Globalization;
using Auditor.Reports.Xlsx;

namespace Auditor.Cli.Fixtures;

/// <summary>A generated ledger row written as xlsx cells: text as shared strings (units repeat), times as date cells.</summary>
internal sealed class XlsxLedgerRow(XlsxWriter xlsx) : ILedgerRow
{
    private int _column;

    public void Begin()
    {
        xlsx.BeginRow();
        _column = 0;
    }

    public void End() => xlsx.EndRow();

    public void Text(string value) => xlsx.SharedText(_column++, value);

    public void Empty() => _column++;

    public void Numbered(string prefix, long number, string format) =>
        xlsx.Text(_column++, prefix + number.ToString(format, CultureInfo.InvariantCulture));

    public void Time(DateTime t, bool dateOnly) => xlsx.Date(_column++, dateOnly ? t.Date : t, dateOnly ? XlsxStyle.Date : XlsxStyle.DateTime);
}
