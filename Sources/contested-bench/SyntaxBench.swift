// Syntax speed: model load time, and tag + parse throughput in tokens per second on one core (thread CPU
// time, best of several runs, since the machine is shared), over a CoNLL-U file with gold tokenisation.
import ContestedStore
import ContestedSyntax
import Foundation

/// Runs the `syntax` suite; options: `--model FILE` (default: the bundled model), `--conllu FILE` (default: the
/// treebank's test file in the benchmark data folder; docs/syntax.md says where to get it), `--runs N` (default 3).
func runSyntaxBench(_ args: [String]) throws -> Int32 {
  let modelPath = Bench.option("--model", in: args) ?? BundledSyntaxModel.path ?? "english-ewt.model"
  let conllu = Bench.option("--conllu", in: args) ?? "../shared/ud/en_ewt-ud-test.conllu"
  let runs = Int(Bench.option("--runs", in: args) ?? "") ?? 3
  func cpu() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }
  let wall0 = Date()
  let cpu0 = cpu()
  let model = try BundledSyntaxModel.load(modelPath)
  let loadCPU = cpu() - cpu0
  let loadWall = Date().timeIntervalSince(wall0)
  let size = FileIO.size(modelPath) ?? 0
  print(
    String(
      format: "model load: %.1f ms CPU, %.1f ms wall (%@, %.2f MiB)", loadCPU * 1000, loadWall * 1000, modelPath,
      Double(size) / 1_048_576))
  let sentences = try CoNLLUReader.read(try FileIO.read(conllu), file: conllu)
  let tokens = sentences.reduce(0) { $0 + $1.words.count }
  var best = Double.infinity
  var score = ParseScore()
  for _ in 0..<max(1, runs) {
    var s = ParseScore()
    let t0 = cpu()
    for sentence in sentences { try? s.add(gold: sentence, predicted: model.annotate(sentence)) }
    best = min(best, cpu() - t0)
    score = s
  }
  print(
    String(
      format: "tag + parse: %d sentences, %d tokens, %.3f s CPU (best of %d): %.0f tokens/s on one core",
      sentences.count, tokens, best, runs, Double(tokens) / best))
  print("accuracy: \(score.summary)")
  return 0
}
