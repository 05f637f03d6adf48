using Auditor.Web.Storage;
using Auditor.Web.Workspace;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Auditor.Web.Pages.Audits;

public sealed class NewAuditModel(OfficeAudits audits, WorkspaceContext ctx) : WorkspacePage
{
    public IReadOnlyList<(string Id, string Title)> Packs { get; private set; } = [];
    public string? Pack { get; private set; }
    public string? Period { get; private set; }
    public string? AsOf { get; private set; }

    public IActionResult OnGet()
    {
        if (!Viewer.IsOffice) return Redirect("/unit");
        Packs = ctx.Packs();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? pack, string? period, string? as_of)
    {
        Packs = ctx.Packs();
        (Pack, Period, AsOf) = (pack, period, as_of);
        IFormCollection form;
        try { form = await Api.ApiEndpoints.ReadForm(HttpContext); }
        catch (WorkspaceException ex) { return Try(() => throw ex); }
        return Try(() =>
        {
            var id = audits.Start(Viewer, new AuditStart(pack, period, as_of, Chosen(form, "logs").ToList(), Chosen(form, "units").FirstOrDefault()));
            return Redirect($"/audits/{id}");
        });
    }

    /// <summary>The files chosen in a file input (a browser sends an empty part for an input left empty).</summary>
    internal static IEnumerable<Upload> Chosen(IFormCollection form, string name) =>
        form.Files.GetFiles(name).Where(f => f.FileName.Length > 0).Select(Upload.From);
}
