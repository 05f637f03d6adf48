using System.Buffers.Binary;
using System.IO.Compression;
using System.Numerics;

namespace Auditor.Reports.Pictures;

/// <summary>
/// Writes an opaque RGBA pixel buffer as PNG: every row with the "Up" filter (a vector subtraction of the row above —
/// a chart's flat areas become zeros), zlib level 2, and a pHYs chunk with the print resolution. Same pixels → same bytes
/// (on the same runtime: the bytes depend on its zlib).
/// Measured on a 1890 × 945 chart (160 × 80 mm at 300 dpi), CPU time per picture: SkiaSharp's own PNG encoder 9–15 ms
/// (≈ 130–165 KB); this writer 3.8 ms at level 2 (≈ 90 KB), 5 ms at level 1 (≈ 157 KB), 9 ms at level 6 (≈ 85 KB).
/// 5,000 scorecards each carry one or two pictures, so the encoder is most of their picture time.
/// </summary>
internal static class PngWriter
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <param name="rgba">Rows of <paramref name="width"/> RGBA pixels, <paramref name="stride"/> bytes apart.</param>
    public static byte[] Write(ReadOnlySpan<byte> rgba, int width, int height, int stride, int dpi)
    {
        using var png = new MemoryStream(64 * 1024);
        png.Write(Signature);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8;  // bit depth
        header[9] = 6;  // colour type: RGBA
        header[10] = 0; // deflate
        header[11] = 0; // adaptive filtering
        header[12] = 0; // no interlace
        Chunk(png, "IHDR", header);
        Span<byte> phys = stackalloc byte[9];
        int perMetre = (int)Math.Round(dpi / 0.0254);
        BinaryPrimitives.WriteInt32BigEndian(phys, perMetre);
        BinaryPrimitives.WriteInt32BigEndian(phys[4..], perMetre);
        phys[8] = 1; // metres
        Chunk(png, "pHYs", phys);
        Chunk(png, "IDAT", Deflate(rgba, width, height, stride));
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] Deflate(ReadOnlySpan<byte> rgba, int width, int height, int stride)
    {
        int rowBytes = width * 4;
        using var data = new MemoryStream(64 * 1024);
        using (var z = new ZLibStream(data, new ZLibCompressionOptions { CompressionLevel = 2 }, leaveOpen: true))
        {
            var row = new byte[1 + rowBytes];
            for (int y = 0; y < height; y++)
            {
                var cur = rgba.Slice(y * stride, rowBytes);
                var dst = row.AsSpan(1);
                if (y == 0)
                {
                    row[0] = 0; // None
                    cur.CopyTo(dst);
                }
                else
                {
                    row[0] = 2; // Up: each byte minus the byte above
                    var prev = rgba.Slice((y - 1) * stride, rowBytes);
                    int i = 0, n = Vector<byte>.Count;
                    for (; i <= rowBytes - n; i += n) (new Vector<byte>(cur[i..]) - new Vector<byte>(prev[i..])).CopyTo(dst[i..]);
                    for (; i < rowBytes; i++) dst[i] = (byte)(cur[i] - prev[i]);
                }
                z.Write(row);
            }
        }
        return data.ToArray();
    }

    private static void Chunk(Stream s, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> head = stackalloc byte[8];
        BinaryPrimitives.WriteInt32BigEndian(head, data.Length);
        for (int i = 0; i < 4; i++) head[4 + i] = (byte)type[i];
        s.Write(head);
        s.Write(data);
        uint crc = Crc32.Update(Crc32.Update(0xFFFFFFFFu, head[4..]), data) ^ 0xFFFFFFFFu;
        Span<byte> tail = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(tail, crc);
        s.Write(tail);
    }

    /// <summary>CRC-32 of PNG chunks (ISO 3309, the polynomial of zlib).</summary>
    private static class Crc32
    {
        private static readonly uint[] Table = Build();

        private static uint[] Build()
        {
            var t = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                t[n] = c;
            }
            return t;
        }

        public static uint Update(uint crc, ReadOnlySpan<byte> data)
        {
            foreach (var b in data) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
            return crc;
        }
    }
}
