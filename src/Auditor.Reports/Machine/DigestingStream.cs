using System.Security.Cryptography;

namespace Auditor.Reports.Machine;

/// <summary>
/// A write-only, forward-only stream that computes the SHA-256 of everything written through it, so manifest.json
/// need not read a gigabyte-sized findings file back. Not seekable: what is hashed is what is written.
/// </summary>
public sealed class DigestingStream(Stream inner) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private string? _digest;

    /// <summary>Lower-case hex SHA-256 of the bytes written (available after <see cref="Stream.Dispose()"/>).</summary>
    public string Digest => _digest ?? throw new InvalidOperationException("the stream is still open");

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.AppendData(buffer);
        inner.Write(buffer);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _digest is null)
        {
            inner.Dispose();
            _digest = Convert.ToHexStringLower(_hash.GetHashAndReset());
            _hash.Dispose();
        }
        base.Dispose(disposing);
    }
}
