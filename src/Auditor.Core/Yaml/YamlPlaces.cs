using YamlDotNet.RepresentationModel;

namespace Auditor.Core.Yaml;

/// <summary>
/// Where each value of a section was written, by its path ("scoring.sanctions.criticism.triggers[0].quote"): a check
/// made after reading (a problem of the whole scheme, a quote not found in its source) is reported at the file:line:column
/// of the value it is about, in whichever file of an `extends` chain wrote it.
/// </summary>
public sealed class YamlPlaces
{
    private readonly Dictionary<string, (string File, YamlNode Node)> _places = new(StringComparer.Ordinal);

    public void Add(string path, string file, YamlNode node) => _places[path] = (file, node);

    /// <summary>The place of the path, or of its nearest written ancestor (a default value is reported where its section is); null when none.</summary>
    public (string File, int Line, int Column)? Find(string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
            if (_places.TryGetValue(p, out var at)) return (at.File, YamlReader.Line(at.Node), YamlReader.Column(at.Node));
        return null;
    }

    public bool Contains(string path) => _places.ContainsKey(path);

    private static string Parent(string path)
    {
        int cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut < 0 ? "" : path[..cut];
    }
}
