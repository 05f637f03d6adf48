using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Auditor.Web.Tests.Browser;

/// <summary>
/// Debian's chromium and chromium-driver (installed by scripts/test-setup.sh), driven by Selenium offline: no browser or
/// driver download, no background network traffic from the browser. Tests skip (reported as skipped) where they are absent.
/// </summary>
public sealed class Chromium : IDisposable
{
    public const string Binary = "/usr/bin/chromium", Driver = "/usr/bin/chromedriver";

    public static bool Installed => File.Exists(Binary) && File.Exists(Driver);

    public const string Missing = "chromium / chromium-driver not installed (scripts/test-setup.sh installs the Debian packages)";

    private readonly string _profile;
    public ChromeDriver Web { get; }
    public string Downloads { get; }

    public Chromium()
    {
        Environment.SetEnvironmentVariable("SE_OFFLINE", "true"); // Selenium Manager never goes to the network
        _profile = TestRepo.TempDir("chromium-profile");
        Downloads = TestRepo.TempDir("chromium-downloads");
        var options = new ChromeOptions { BinaryLocation = Binary };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            "--window-size=1280,900", "--lang=zh-CN", $"--user-data-dir={_profile}");
        options.AddUserProfilePreference("download.default_directory", Downloads);
        options.AddUserProfilePreference("download.prompt_for_download", false);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        Web = new ChromeDriver(service, options, TimeSpan.FromMinutes(2));
        Web.Manage().Timeouts().PageLoad = TimeSpan.FromMinutes(2);
    }

    /// <summary>Saves a screenshot of the whole page (the window grows to the page's height) for a person to review.</summary>
    public void Screenshot(string folder, string name)
    {
        var height = Convert.ToInt32(Web.ExecuteScript("return Math.min(4000, document.documentElement.scrollHeight)"));
        Web.Manage().Window.Size = new System.Drawing.Size(1280, Math.Max(900, height));
        ((ITakesScreenshot)Web).GetScreenshot().SaveAsFile(Path.Combine(folder, name + ".png"));
        Web.Manage().Window.Size = new System.Drawing.Size(1280, 900);
    }

    /// <summary>Waits until <paramref name="ready"/> holds (pages that refresh themselves while a run goes on).</summary>
    public void WaitUntil(Func<bool> ready, string what, TimeSpan? limit = null)
    {
        var until = DateTime.UtcNow + (limit ?? TimeSpan.FromMinutes(3));
        while (true)
        {
            try { if (ready()) return; }
            catch (WebDriverException) { } // the page was replaced while it was read
            if (DateTime.UtcNow > until) throw new TimeoutException($"waited for {what}; page: {Web.Url}\n{Web.FindElement(By.TagName("body")).Text}");
            Thread.Sleep(250);
        }
    }

    public IWebElement Find(string css) => Web.FindElement(By.CssSelector(css));
    public IReadOnlyCollection<IWebElement> FindAll(string css) => Web.FindElements(By.CssSelector(css));
    public string Text => Web.FindElement(By.TagName("body")).Text;

    public void Dispose()
    {
        Web.Quit();
        Web.Dispose();
        foreach (var d in new[] { _profile, Downloads })
            try { Directory.Delete(d, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
