// contested-bench: speed and memory measurements, run in release mode:
//
//     swift run -c release contested-bench <suite> [options]
//
// Each suite lives in its own file and registers itself in `suites` below.
import Foundation

let suites: [(name: String, summary: String, run: ([String]) throws -> Int32)] = [
  ("sha256", "SHA-256 throughput", runSHA256Bench),
  ("ledger", "import 1M claims and reload the ledger (--claims N)", runLedgerBench),
  ("decode", "per-line costs of ledger parsing, decoding and encoding", runDecodeBench),
  ("gazetteer", "Gazetteer load time, resolutions/s, longest match, actor lookups", runGazetteerBench),
  ("check", "contested check vs the DuckDB/SQLite/sweep peers (10k/100k/1M)", runCheckBench),
  ("contested", "run the contested CLI from this binary (used by check)", runContestedPassthrough),
  ("extract", "claim extraction throughput (MB/s of article text)", ExtractBench.run),
  ("syntax", "syntax model load time and tag + parse tokens/s (--model, --conllu)", runSyntaxBench),
  ("workspace", "every desk command on one workspace of N claims (--claims 100000,1000000)", runWorkspaceBench),
  ("truth", "contested estimate vs the seven truth-discovery peers; estimator time at 1M", TruthBench.run),
  ("one-place", "many claims about one place: report and review list as the claims grow", runOnePlaceBench),
]

let args = Array(CommandLine.arguments.dropFirst())
guard let name = args.first, let suite = suites.first(where: { $0.name == name }) else {
  var text = "usage: swift run -c release contested-bench <suite> [options]\n\nsuites:\n"
  for s in suites { text += "  \(s.name.padding(toLength: 12, withPad: " ", startingAt: 0)) \(s.summary)\n" }
  FileHandle.standardError.write(text.data(using: .utf8)!)
  exit(args.isEmpty || args.first == "--help" ? 0 : 64)
}
do {
  exit(try suite.run(Array(args.dropFirst())))
} catch {
  FileHandle.standardError.write("contested-bench: \(error)\n".data(using: .utf8)!)
  exit(70)
}
