using System.Security.Cryptography;
using Auditor.Reports.Machine;

namespace Auditor.Reports.Tests.Machine;

public class DigestingStreamTests
{
    [Fact]
    public void The_digest_is_the_sha256_of_the_bytes_written_in_any_pieces()
    {
        var path = Path.Combine(TestFiles.TempDir("digest"), "x.bin");
        var data = Enumerable.Range(0, 200_000).Select(i => (byte)(i * 31 % 251)).ToArray();
        var s = new DigestingStream(File.Create(path));
        s.Write(data, 0, 10);
        s.WriteByte(data[10]);
        s.Write(data.AsSpan(11, 70_000));
        s.Write(data, 70_011, data.Length - 70_011);
        Assert.Throws<InvalidOperationException>(() => s.Digest);
        s.Dispose();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), s.Digest);
        Assert.Equal(data, File.ReadAllBytes(path));
        Assert.False(s.CanSeek);
    }
}
