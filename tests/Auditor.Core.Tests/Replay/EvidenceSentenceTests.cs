using Auditor.Core.Replay;

namespace Auditor.Core.Tests.Replay;

public class EvidenceSentenceTests
{
    [Fact]
    public void Parts_join_in_one_order_whatever_order_they_were_given_in()
    {
        var s = new EvidenceSentence
        {
            Note = "（2027年放假安排尚未收录，按《全国年节及纪念日放假办法》推定）",
            Qualifier = "（本包设定）",
            Outcome = "超时1小时5分钟",
            Actual = "实际1月2日13:05发布权威信息",
            Deadline = "应于1月2日12:00前发布权威信息",
            Head = "发现于1月2日10:00",
        };
        Assert.Equal("发现于1月2日10:00，应于1月2日12:00前发布权威信息，实际1月2日13:05发布权威信息，超时1小时5分钟（本包设定）" +
                     "（2027年放假安排尚未收录，按《全国年节及纪念日放假办法》推定）", s.Text);
    }

    [Fact]
    public void A_lead_takes_no_comma_and_absent_parts_leave_no_gap()
    {
        var s = new EvidenceSentence { Lead = EvidenceSentence.Undecided, Head = "发现于7月1日", Outcome = "但台账没有“回应时间”列，无法核对", Consequence = "不扣分" };
        Assert.Equal("数据不足：发现于7月1日，但台账没有“回应时间”列，无法核对，不扣分", s.Text);
        Assert.Equal("不适用：已于7月3日按时落实反馈，无需书面说明",
            new EvidenceSentence { Lead = EvidenceSentence.NotApplicable, Actual = "已于7月3日按时落实反馈", Outcome = "无需书面说明" }.Text);
    }

    [Fact]
    public void Replacing_the_outcome_leaves_the_rest_as_it_was()
    {
        var met = new EvidenceSentence { Head = "发现于7月1日10:00", Deadline = "应于7月1日12:00前澄清", Actual = "实际7月1日11:00澄清", Outcome = "按时", Qualifier = "（本包设定）" };
        var wrongChannel = met with { Outcome = "但澄清渠道为“微信”，未在载发该舆情的“微博”上澄清" };
        Assert.Equal("发现于7月1日10:00，应于7月1日12:00前澄清，实际7月1日11:00澄清，但澄清渠道为“微信”，未在载发该舆情的“微博”上澄清（本包设定）", wrongChannel.Text);
    }
}
