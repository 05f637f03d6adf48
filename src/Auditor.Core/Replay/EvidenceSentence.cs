namespace Auditor.Core.Replay;

/// <summary>
/// The one-sentence evidence of a finding, kept in parts until the finding is made and then joined in one fixed order:
/// <code>Lead + Head，Deadline，Actual，Outcome，Consequence + Qualifier + Note</code>
/// e.g. 发现于7月1日10:00 · 应于7月1日12:00前发布权威信息 · 实际7月1日13:05发布权威信息 · 超时1小时5分钟 · （本包设定） ·
/// （2027年放假安排尚未收录，…推定）. A check that learns more (the channel of a clarification, a window the pack
/// assumed, a provisional calendar year) replaces or adds a part; no code edits a finished sentence.
/// </summary>
internal readonly record struct EvidenceSentence
{
    /// <summary>"数据不足：" or "不适用：" when the verdict is one of those, else empty.</summary>
    public string? Lead { get; init; }
    /// <summary>What started the clock: 发现于7月1日10:00.</summary>
    public string? Head { get; init; }
    /// <summary>What was due by when: 应于7月1日12:00前发布权威信息, 原文未规定…的时限.</summary>
    public string? Deadline { get; init; }
    /// <summary>What the ledger shows was done, or that it shows nothing: 实际…发布权威信息, 截至…未见…记录.</summary>
    public string? Actual { get; init; }
    /// <summary>How that compares with the deadline: 按时, 超时2小时, 尚未到期, why it cannot be judged.</summary>
    public string? Outcome { get; init; }
    /// <summary>What follows for the score: 不扣分, 不判超时或未履行.</summary>
    public string? Consequence { get; init; }
    /// <summary>Whose number the deadline rests on, when the clause does not state it: （本包设定）.</summary>
    public string? Qualifier { get; init; }
    /// <summary>Last: the provisional-calendar note (StatutoryHolidays.EvidenceNote).</summary>
    public string? Note { get; init; }

    public const string Undecided = "数据不足：", NotApplicable = "不适用：";

    public string Text
    {
        get
        {
            var s = new System.Text.StringBuilder(Lead);
            foreach (var part in (ReadOnlySpan<string?>)[Head, Deadline, Actual, Outcome, Consequence])
            {
                if (string.IsNullOrEmpty(part)) continue;
                if (s.Length > (Lead?.Length ?? 0)) s.Append('，');
                s.Append(part);
            }
            return s.Append(Qualifier).Append(Note).ToString();
        }
    }

    public override string ToString() => Text;
}
