using IpcBench.Transports.Catalog;
using IpcBench.Transports.Contracts;
using ScottPlot;

namespace IpcBench.Bench.Reporting;

/// <summary>
/// One fixed colour per transport variant, the same in every chart and table of every report:
/// a colour belongs to the variant, never to its rank. Families share a hue so they read at a
/// glance — blues for spinning shared memory, warm colours for mechanisms that sleep in the
/// kernel, greens for sockets, near-black for the Floor (drawn as a reference).
/// </summary>
public static class TransportPalette
{
    private static readonly Dictionary<TransportFamily, string[]> FamilyColours = new()
    {
        [TransportFamily.SpinningSharedMemory] = ["#08519C", "#4292C6", "#9ECAE1"],
        [TransportFamily.SleepingKernel] = ["#E6550D", "#FD8D3C", "#A63603", "#E7298A", "#980043", "#756BB1", "#CB181D", "#FB6A4A", "#67000D", "#8C6D31", "#BF812D", "#DD3497", "#D94801", "#F16913"],
        [TransportFamily.Socket] = ["#006D2C", "#31A354", "#74C476", "#00897B", "#004D40", "#A1D99B", "#2E7D32", "#41AB5D", "#238B45", "#00695C", "#1B5E20", "#66BB6A", "#26A69A"],
        [TransportFamily.Reference] = ["#252525"],
    };

    /// <summary>Anything the catalog does not know (results of an older build) is grey.</summary>
    public const string Unknown = "#9E9E9E";

    private static readonly Dictionary<string, string> ByLabel = Assign();

    /// <summary>The colour of a variant label such as <c>Shm (Spin)</c>, as #RRGGBB.</summary>
    public static string HexOf(string label) => ByLabel.GetValueOrDefault(label, Unknown);

    public static Color ColorOf(string label) => Color.FromHex(HexOf(label));

    public static string FamilyTitle(TransportFamily family) => family switch
    {
        TransportFamily.SpinningSharedMemory => "spinning shared memory",
        TransportFamily.SleepingKernel => "mechanisms that sleep in the kernel",
        TransportFamily.Socket => "sockets",
        _ => "the Floor (reference)",
    };

    /// <summary>Colours in catalog order within each family, so adding a transport never recolours another family.</summary>
    private static Dictionary<string, string> Assign()
    {
        var colours = new Dictionary<string, string>();
        foreach (IGrouping<TransportFamily, Transport> family in TransportCatalog.Variants.GroupBy(t => t.Family))
        {
            string[] palette = FamilyColours[family.Key];
            int index = 0;
            foreach (Transport t in family)
            {
                colours[t.Label] = palette[index++ % palette.Length];
            }
        }

        return colours;
    }
}
