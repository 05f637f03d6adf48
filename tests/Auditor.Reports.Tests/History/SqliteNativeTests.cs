using Microsoft.Data.Sqlite;

namespace Auditor.Reports.Tests.History;

public class SqliteNativeTests
{
    [Fact]
    public void Native_sqlite_library_loads_and_answers_a_query()
    {
        using var c = new SqliteConnection("Data Source=:memory:");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT sqlite_version()";
        var v = (string)cmd.ExecuteScalar()!;
        Assert.StartsWith("3.", v);
    }
}
