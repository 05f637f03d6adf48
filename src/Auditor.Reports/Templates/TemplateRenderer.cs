using System.Text;
using System.Text.RegularExpressions;
using Auditor.Core;
using Auditor.Reports.Docx;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Auditor.Reports.Templates;

/// <summary>A placeholder value: plain text (escaped), Markdown blocks written by code, or content the writer inserts.</summary>
internal abstract record TemplateValue
{
    public static implicit operator TemplateValue(string text) => new TextValue(text);
}

internal sealed record TextValue(string Text) : TemplateValue;

/// <summary>Markdown produced by code (dynamic parts already passed through <see cref="TemplateRenderer.Escape"/>).</summary>
internal sealed record MarkdownValue(string Markdown) : TemplateValue;

/// <summary>A block placeholder alone on its line, replaced by whatever the writer emits (e.g. a table).</summary>
internal sealed record InsertValue(Action<WordDocument> Write) : TemplateValue;

/// <summary>
/// Content that does not apply to this document (e.g. a list the audit does not decide): the section holding the
/// placeholder — from its heading to the next heading of the same or a higher level — is left out, and the numbered
/// headings after it are renumbered (see <see cref="TemplateSections"/>).
/// </summary>
internal sealed record OmitValue : TemplateValue
{
    public static OmitValue Section { get; } = new();
}

/// <summary>Paragraph styles a template's Markdown maps to.</summary>
internal sealed record TemplateStyles(string H1, string H2, string H3, string Body)
{
    public static TemplateStyles Official { get; } = new(WordStyles.GwH1, WordStyles.GwH2, WordStyles.GwH3, WordStyles.GwBody);
    public static TemplateStyles Report { get; } = new(WordStyles.RpH1, WordStyles.RpH2, WordStyles.RpH2, WordStyles.RpBody);
}

/// <summary>A template after placeholder substitution: front-matter fields and the Markdown body.</summary>
internal sealed record RenderedTemplate(IReadOnlyDictionary<string, string> Fields, MarkdownDocument Body, IReadOnlyDictionary<string, InsertValue> Inserts);

/// <summary>
/// Turns a Markdown template into document paragraphs: {{占位符}} substituted (unknown ones are an error naming the
/// template line), `# ` → 一级标题, `## ` → 二级标题, `### ` → 三级标题, paragraphs → body, **bold** kept.
/// An optional front matter (--- key: value ---) carries fields such as the title.
/// </summary>
internal static partial class TemplateRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public static RenderedTemplate Prepare(ReportTemplates templates, string name, IReadOnlyDictionary<string, TemplateValue> values)
    {
        var (raw, file) = templates.Get(name);
        var inserts = new Dictionary<string, InsertValue>(StringComparer.Ordinal);
        // HTML comments are notes for whoever edits the template: dropped, keeping line numbers for messages.
        var uncommented = Comment().Replace(raw.Replace("\r\n", "\n"), m => new string('\n', m.Value.Count(c => c == '\n')));
        var lines = uncommented.Split('\n');
        var sb = new StringBuilder(raw.Length * 2);
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var replaced = Placeholder().Replace(line, m =>
            {
                var key = m.Groups[1].Value.Trim();
                if (!values.TryGetValue(key, out var v))
                    throw new RulePackException($"{file}:{i + 1}:{m.Index + 1}: 模板中有未知的占位符“{{{{{key}}}}}”，可用：{string.Join("、", values.Keys)}");
                switch (v)
                {
                    case TextValue t: return Escape(t.Text);
                    case MarkdownValue md: return md.Markdown;
                    case OmitValue: return TemplateSections.OmitMarker;
                    case InsertValue ins:
                        if (line.Trim() != m.Value)
                            throw new RulePackException($"{file}:{i + 1}:{m.Index + 1}: 占位符“{{{{{key}}}}}”须单独成行");
                        var marker = "INSERT" + inserts.Count.ToString("000") + "MARKER";
                        inserts[marker] = ins;
                        return marker;
                    default: return "";
                }
            });
            sb.Append(replaced).Append('\n');
        }
        var text = sb.ToString();
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (text.StartsWith("---\n", StringComparison.Ordinal))
        {
            int end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
            if (end < 0) throw new RulePackException($"{file}:1:1: 模板开头的“---”没有对应的结束行“---”");
            foreach (var l in text[4..end].Split('\n'))
            {
                int colon = l.IndexOf(':');
                if (colon > 0) fields[l[..colon].Trim()] = Unescape(l[(colon + 1)..].Trim());
            }
            text = text[(end + 5)..];
        }
        text = TemplateSections.Apply(text);
        return new RenderedTemplate(fields, Markdown.Parse(text, Pipeline), inserts);
    }

    /// <summary>Writes the body of a prepared template into <paramref name="doc"/>.</summary>
    public static void Write(WordDocument doc, RenderedTemplate t, TemplateStyles styles)
    {
        foreach (var block in t.Body) WriteBlock(doc, block, t, styles, listPrefix: null);
    }

    private static void WriteBlock(WordDocument doc, Block block, RenderedTemplate t, TemplateStyles styles, string? listPrefix)
    {
        switch (block)
        {
            case HeadingBlock h:
                doc.Paragraph(h.Level switch { 1 => styles.H1, 2 => styles.H2, _ => styles.H3 }, Runs(h.Inline));
                break;
            case ParagraphBlock p:
                var runs = Runs(p.Inline);
                var plain = string.Concat(runs.Select(r => r.Text)).Trim();
                if (t.Inserts.TryGetValue(plain, out var ins)) { ins.Write(doc); break; }
                if (listPrefix is not null) runs.Insert(0, new RunSpec(listPrefix));
                doc.Paragraph(styles.Body, runs);
                break;
            case ListBlock list:
                int n = int.TryParse(list.OrderedStart, out var s) ? s : 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    string? prefix = list.IsOrdered ? $"{n++}．" : null;
                    foreach (var child in item) { WriteBlock(doc, child, t, styles, prefix); prefix = null; }
                }
                break;
            case QuoteBlock q:
                foreach (var child in q) WriteBlock(doc, child, t, styles, null);
                break;
            case ThematicBreakBlock or HtmlBlock:
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                doc.Paragraph(styles.Body, leaf.Lines.ToString());
                break;
        }
    }

    private static List<RunSpec> Runs(ContainerInline? inline)
    {
        var runs = new List<RunSpec>();
        if (inline is not null) Collect(inline, bold: false, runs);
        // Markdig splits text at every escape: join neighbours with the same formatting into one run.
        var merged = new List<RunSpec>(runs.Count);
        foreach (var r in runs)
        {
            if (merged.Count > 0 && merged[^1].Bold == r.Bold && merged[^1].Text != "\n" && r.Text != "\n")
                merged[^1] = merged[^1] with { Text = merged[^1].Text + r.Text };
            else merged.Add(r);
        }
        return merged;
    }

    private static void Collect(ContainerInline container, bool bold, List<RunSpec> runs)
    {
        foreach (var inl in container)
        {
            switch (inl)
            {
                case LiteralInline lit: runs.Add(new RunSpec(lit.Content.ToString()) { Bold = bold }); break;
                case EmphasisInline em: Collect(em, bold || em.DelimiterCount >= 2, runs); break;
                case CodeInline code: runs.Add(new RunSpec(code.Content) { Bold = bold }); break;
                // A soft break inside Chinese text joins the lines without a space; a hard break keeps the break.
                case LineBreakInline br: if (br.IsHard) runs.Add(new RunSpec("\n")); break;
                case HtmlEntityInline ent: runs.Add(new RunSpec(ent.Transcoded.ToString()) { Bold = bold }); break;
                case ContainerInline c: Collect(c, bold, runs); break;
                default: runs.Add(new RunSpec(inl.ToString() ?? "") { Bold = bold }); break;
            }
        }
    }

    /// <summary>Escapes Markdown syntax in a value so that a unit name like “*_#1” stays literal text.</summary>
    public static string Escape(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        var sb = new StringBuilder(s.Length + 8);
        foreach (var c in s.Replace("\r", " ").Replace("\n", " "))
        {
            if (c < 128 && char.IsAsciiLetterOrDigit(c) == false && c != ' ' && char.IsPunctuation(c) || c is '`' or '^' or '|' or '<' or '>' or '~' or '+' or '=' or '$')
                sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Unescape(string s) => EscapedChar().Replace(s, "$1");

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)] private static partial Regex Comment();
    [GeneratedRegex(@"\{\{([^{}]+)\}\}")] private static partial Regex Placeholder();
    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")] private static partial Regex EscapedChar();
}
