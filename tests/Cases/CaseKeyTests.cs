using IpcBench.Bench.Cases;
using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Catalog;
using IpcBench.Transports.Contracts;

namespace IpcBench.Tests.Cases;

public class CaseKeyTests
{
    [Fact]
    public void A_benchmark_class_and_its_parameters_give_the_case()
    {
        CaseKey key = CaseKey.FromBenchmark("ShmPingPong", new Dictionary<string, string> { ["Placement"] = "Split", ["Size"] = "64", ["Wait"] = "Spin" })!;
        Assert.Equal(new CaseKey("Shm", "Spin", Scenario.PingPong, 64, "Split"), key);
        Assert.Equal("Shm (Spin)", key.Label);
        Assert.Equal("ShmPingPong", key.BenchmarkType);
        Assert.Equal("ShmPingPong(Wait=Spin, Size=64, Placement=Split)", key.ToString());
        Assert.Equal("Shm (Spin)", key.Resolve().Label);
    }

    [Fact]
    public void A_throughput_case_is_keyed_by_its_chunk()
    {
        CaseKey key = CaseKey.FromBenchmark("TcpThroughput", new Dictionary<string, string> { ["Placement"] = "Split", ["Chunk"] = "65536" })!;
        Assert.Equal(Scenario.Throughput, key.Scenario);
        Assert.Equal(65536, key.Bytes);
        Assert.Equal("TcpThroughput(Chunk=65536, Placement=Split)", key.ToString());
    }

    [Theory]
    [InlineData("PingPong")]
    [InlineData("CarrierPigeonPingPong")]
    [InlineData("TcpLatency")]
    public void Anything_but_a_known_transport_and_scenario_is_no_case(string type) =>
        Assert.Null(CaseKey.FromBenchmark(type, new Dictionary<string, string>()));

    [Fact]
    public void Every_transport_variant_round_trips_through_its_key()
    {
        foreach (Transport t in TransportCatalog.Variants)
        {
            var parameters = new Dictionary<string, string> { ["Placement"] = "Split", ["Size"] = "0" };
            if (t.Variant is not null)
            {
                parameters["Wait"] = t.Variant;
            }

            Assert.Same(t.GetType(), CaseKey.FromBenchmark(t.Name + Scenario.PingPong, parameters)!.Resolve().GetType());
            Assert.Equal(t.Label, CaseKey.FromBenchmark(t.Name + Scenario.PingPong, parameters)!.Label);
        }
    }
}
