using JourneyStudio.Web.Hosting;

namespace JourneyStudio.Web.Tests.Hosting;

public class SpreadsheetCsvTests
{
    [Fact]
    public void Typed_text_that_would_run_as_a_formula_is_kept_as_text_and_numbers_stay_numbers()
    {
        var csv = SpreadsheetCsv.Write(["touchpoint", "mean score"],
        [
            [SpreadsheetCsv.Text("=HYPERLINK(\"http://evil.example\",\"click\")"), "-0.25"],
            [SpreadsheetCsv.Text("@SUM(A1:A9)"), "0.50"],
            [SpreadsheetCsv.Text("Checkout, then \"thanks\"\nsecond line"), ""],
            [SpreadsheetCsv.Text(null), "1"],
        ]);

        var lines = csv.Split("\r\n");
        Assert.Equal("touchpoint,mean score", lines[0]);
        Assert.Equal("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",-0.25", lines[1]);
        Assert.Equal("'@SUM(A1:A9),0.50", lines[2]);
        Assert.Equal("\"Checkout, then \"\"thanks\"\"\nsecond line\",", lines[3]);
        Assert.Equal(",1", lines[4]);
    }
}
