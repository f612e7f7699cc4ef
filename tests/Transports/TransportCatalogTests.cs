using IpcBench.Transports.Catalog;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.SharedMemory;

namespace IpcBench.Tests.Transports;

public class TransportCatalogTests
{
    [Fact]
    public void A_transport_is_named_after_its_class_and_a_glob_on_the_class_name_picks_exactly_it()
    {
        Assert.All(TransportCatalog.All, t => Assert.Equal(t.GetType().Name, t.Name + "Transport"));
        // '*.TcpPingPong*' (namespace dot, name, scenario) selects one class; only DotNetSignal contains another name (Signal),
        // TCP's other paths name themselves after it (TcpVeth, TcpRemote), so that '*Tcp*' takes every TCP case, and
        // the peers in other runtimes over stdio and TCP after Stdio and Tcp ('*PythonStdio*' still picks one).
        string[] allowed = ["Signal DotNetSignal", "Tcp TcpVeth", "Tcp TcpRemote", "Stdio PythonStdio", "Stdio NodeStdio", "Tcp PythonTcp", "Tcp NodeTcp"];
        foreach (Transport a in TransportCatalog.All)
        {
            Assert.DoesNotContain(TransportCatalog.All, b => b != a && b.Name.Contains(a.Name, StringComparison.Ordinal) && !allowed.Contains($"{a.Name} {b.Name}"));
        }
    }

    [Fact]
    public void Variants_list_Shm_once_per_wait_strategy_and_every_other_transport_once()
    {
        Assert.Equal(TransportCatalog.All.Count + Enum.GetValues<WaitStrategy>().Length - 1, TransportCatalog.Variants.Count);
        Assert.Equal(["Shm (Spin)", "Shm (Block)", "Shm (Hybrid)", "Shm (Semaphore)"], TransportCatalog.Variants.Where(t => t.Name == "Shm").Select(t => t.Label));
        Assert.Equal(TransportCatalog.Variants.Count, TransportCatalog.Variants.Select(t => t.Label).Distinct().Count());
    }

    [Fact]
    public void Exactly_one_transport_is_the_reference()
    {
        Assert.Equal("Floor", TransportCatalog.All.Single(t => t.IsReference).Name);
    }

    [Fact]
    public void Finding_by_name_and_variant()
    {
        Assert.Equal("Tcp", TransportCatalog.Find("tcp").Name);
        Assert.Equal(WaitStrategy.Block, ((ShmTransport)TransportCatalog.Find("Shm", "Block")).Wait);
        Assert.Contains("unknown transport variant 'Shm (Sleep)'", Assert.Throws<ArgumentException>(() => TransportCatalog.Find("Shm", "Sleep")).Message);
    }

    [Fact]
    public void Every_family_that_names_objects_says_where_its_leftovers_can_be()
    {
        Assert.Equal(5, TransportCatalog.LeftoverPlaces.Count);
        Assert.All(TransportCatalog.LeftoverPlaces, p => Assert.Contains("ipcbench-", p.Pattern));
    }
}
