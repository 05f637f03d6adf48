using System.Net;
using Auditor.Core;

namespace Auditor.Web.Server;

/// <summary>The --listen value: an IP address or "localhost", and a port.</summary>
public sealed record ListenAddress(IPAddress Address, int Port, bool IsLocalhostName)
{
    /// <summary>Only this machine can reach it: then the workspace may run without accounts.</summary>
    public bool IsLoopback => IsLocalhostName || IPAddress.IsLoopback(Address);

    public static ListenAddress Parse(string text)
    {
        var t = (text ?? "").Trim();
        int colon = t.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(t[(colon + 1)..], out int port) || port is < 0 or > 65535)
            throw new UsageException($"--listen 的值“{text}”无效：应为 地址:端口，如 127.0.0.1:8080、0.0.0.0:8080 或 [::1]:8080。");
        var host = t[..colon];
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return new ListenAddress(IPAddress.Loopback, port, true);
        if (host.StartsWith('[') && host.EndsWith(']')) host = host[1..^1];
        if (host == "*") return new ListenAddress(IPAddress.IPv6Any, port, false);
        return IPAddress.TryParse(host, out var ip)
            ? new ListenAddress(ip, port, false)
            : throw new UsageException($"--listen 的地址“{host}”不是 IP 地址：应为如 127.0.0.1、0.0.0.0、[::1] 或 localhost。");
    }

    public override string ToString() =>
        IsLocalhostName ? $"localhost:{Port}" : Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{Address}]:{Port}" : $"{Address}:{Port}";
}
