namespace IpcBench.Bench.Reporting;

/// <summary>The report page's stylesheet, laid out for a 1280-pixel-wide browser window.</summary>
public static class HtmlStyle
{
    public const string Css = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 1240px; margin: 0 auto; padding: 16px; color: #222; }
        h1 { margin-bottom: 4px; } h2 { border-bottom: 2px solid #ddd; padding-bottom: 4px; margin-top: 32px; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 8px 0; }
        th, td { border: 1px solid #ddd; padding: 4px 6px; text-align: left; vertical-align: top; }
        th { background: #f3f3f3; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .holds { color: #176117; font-weight: bold; } .fails { color: #a31515; font-weight: bold; } .none { color: #777; font-style: italic; }
        .summary { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
        .card { border: 1px solid #ddd; border-radius: 6px; padding: 8px 12px; background: #fafafa; }
        .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin-right: 6px; }
        img { max-width: 100%; border: 1px solid #eee; margin: 8px 0; }
        .note { color: #555; font-size: 13px; }
        """;
}
