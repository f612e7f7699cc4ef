using IpcBench.Bench.Claims;
using IpcBench.Transports.Client;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.JsonRpc;
using IpcBench.Transports.Processes;
using IpcBench.Transports.Protocol;

namespace IpcBench.Bench.UseCases;

/// <summary>
/// The seed's use cases measured side by side: every path of every recommendation, and the
/// JSON-RPC calls with raw echoes of the same bytes, sampled once per round in a fresh random order,
/// so that the machine's moods fall on all alike; ratios are taken within rounds. Connections stay
/// open through the check (their peers sleep between samples), except streams, which get a fresh
/// peer per sample. A path that cannot be opened behind a container boundary is a finding (cannot
/// cross), not an error; any other failure fails the check.
/// </summary>
public static class UseCaseCheck
{
    public sealed record Result(IReadOnlyList<UseCaseRow> UseCases, IReadOnlyList<JsonRpcSplitRow> Split);

    public static Result Run(int rounds, Placement placement, Random random, Action<int> roundDone, Action<string>? log = null)
    {
        CpuPlacement.PinClient(placement);
        using var connections = new Connections(placement);
        var paths = new Dictionary<PathSpec, RoundPath>();
        var failed = new Dictionary<PathSpec, string>();

        RoundPath? Open(PathSpec spec)
        {
            if (paths.TryGetValue(spec, out RoundPath? open))
            {
                return open;
            }

            if (spec.Unavailable is not null || failed.ContainsKey(spec))
            {
                return null;
            }

            try
            {
                open = spec.Open(connections, placement);
            }
            catch (Exception e) when (spec is EchoSpec { BehindBoundary: true } && e is TransportException or IOException or InvalidDataException)
            {
                failed[spec] = e.Message.Split('\n')[0];
                log?.Invoke($"does not cross: {spec}: {failed[spec]}");
                return null;
            }

            paths[spec] = open;
            return open;
        }

        foreach (UseCase useCase in SeedUseCases.All)
        {
            foreach (Candidate candidate in useCase.Candidates)
            {
                Open(candidate.Path);
            }
        }

        var split = new List<(string Peer, Transport Transport, LspBody Body, int WireBytes)>();
        foreach ((string peer, Transport transport) in SeedUseCases.SplitPaths.Where(p => p.Transport.Unavailable is null))
        {
            foreach (LspBody body in Enum.GetValues<LspBody>())
            {
                int wire = new JsonRpcClient(connections.Get(transport, PeerMode.Lsp, null), JsonRpcFraming.Lsp, body).RequestBytes;
                Open(new EchoSpec(transport, wire));
                Open(new JsonRpcSpec(transport, JsonRpcFraming.Lsp, body));
                Open(new JsonRpcSpec(transport, JsonRpcFraming.Ndjson, body));
                split.Add((peer, transport, body, wire));
            }
        }

        // Every path once before anything counts: JIT, interpreters, page faults, and each call path's count.
        foreach (RoundPath path in paths.Values)
        {
            path.WarmUp();
        }

        PathSpec[] specs = [.. paths.Keys];
        var samples = specs.ToDictionary(s => s, _ => new List<double>());
        for (int round = 0; round < rounds; round++)
        {
            foreach (PathSpec spec in specs.OrderBy(_ => random.Next()))
            {
                samples[spec].Add(paths[spec].Sample());
            }

            roundDone(round);
        }

        return new Result(UseCaseRows(samples, failed, rounds), SplitRows(split, samples, rounds));
    }

    private static List<UseCaseRow> UseCaseRows(Dictionary<PathSpec, List<double>> samples, Dictionary<PathSpec, string> failed, int rounds)
    {
        var rows = new List<UseCaseRow>();
        foreach (UseCase useCase in SeedUseCases.All)
        {
            Candidate[] measured = [.. useCase.Candidates.Where(c => samples.ContainsKey(c.Path))];
            Candidate? best = measured.MinBy(c => RatioInterval.MedianOf(samples[c.Path]));
            foreach (Candidate c in useCase.Candidates)
            {
                if (!samples.TryGetValue(c.Path, out List<double>? figures) || best is null)
                {
                    bool crossed = !failed.TryGetValue(c.Path, out string? reason);
                    rows.Add(new UseCaseRow(useCase.Title, useCase.Recommendation, useCase.Workload, c.Label, c.Recommended, useCase.Unit, null, null, null, null, 0,
                        crossed ? UseCaseJudge.NotMeasured : UseCaseJudge.CannotCross, reason ?? c.Path.Unavailable ?? "too few mechanisms measured"));
                    continue;
                }

                RatioInterval ratio = RatioInterval.Of(figures.Zip(samples[best.Path], (x, b) => x / b))!;
                double median = RatioInterval.MedianOf(figures);
                rows.Add(new UseCaseRow(useCase.Title, useCase.Recommendation, useCase.Workload, c.Label, c.Recommended, useCase.Unit,
                    useCase.Unit == UseCase.MiBPerSecond ? 1e9 / median : median, ratio.Median, ratio.Low, ratio.High, rounds,
                    UseCaseJudge.Standing(ratio, c == best), null));
            }
        }

        return rows;
    }

    private static List<JsonRpcSplitRow> SplitRows(List<(string Peer, Transport Transport, LspBody Body, int WireBytes)> split, Dictionary<PathSpec, List<double>> samples, int rounds)
    {
        var rows = new List<JsonRpcSplitRow>();
        foreach ((string peer, Transport transport, LspBody body, int wire) in split)
        {
            List<double> raw = samples[new EchoSpec(transport, wire)];
            foreach (JsonRpcFraming framing in Enum.GetValues<JsonRpcFraming>())
            {
                List<double> calls = samples[new JsonRpcSpec(transport, framing, body)];
                RatioInterval ratio = RatioInterval.Of(calls.Zip(raw, (c, r) => c / r))!;
                rows.Add(new JsonRpcSplitRow(peer, transport.Name, framing.Display(), body.ToString(), wire, RatioInterval.MedianOf(raw), RatioInterval.MedianOf(calls),
                    RatioInterval.MedianOf([.. calls.Zip(raw, (c, r) => c - r)]), ratio.Median, ratio.Low, ratio.High, rounds));
            }
        }

        return rows;
    }
}
