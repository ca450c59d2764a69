import ContestedKit
import ContestedStore
import Foundation

/// `contested check FILE.jsonl --pairs OUT.tsv`: the stateless conflict-pair join of the benchmark contract.
struct CheckCommand: Command {
  static let name = "check"
  static let abstract = "Find conflicting claim pairs in a claims JSONL file (no workspace needed)."
  static let usage = "contested check FILE.jsonl --pairs OUT.tsv [--threads N]"
  static let options: [OptionSpec] = [
    .value("--pairs", valueName: "OUT.tsv", help: "Write the pairs here (replaced atomically)."),
    .value("--threads", valueName: "N", help: "Worker threads (default: the number of cores, at most 8)."),
  ]
  static let discussion = """
    Each line of FILE is a JSON object with the string fields id, claimant, place, controller, stance
    (asserts|denies), from and to (YYYY-MM-DD, from <= to); other keys are ignored, blank lines skipped.
    Two claims conflict when they name the same place, their windows overlap, their claimants differ, and
    both assert different controllers or one asserts what the other denies. The pairs are written as
    `a<TAB>b` lines with a < b, sorted by (a, b) in UTF-8 byte order, exactly as the check contract in docs/cli.md
    defines; the pair count is printed. A malformed line stops the run with `file:line: field: expected …`
    (exit 65) and leaves OUT untouched.
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 1)
    let input = try args.positional(0, name: "FILE.jsonl")
    guard let pairs = args.value("--pairs") else { throw CLIError.usage("missing --pairs OUT.tsv.") }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let threads = try args.integer("--threads", in: 1...64) ?? max(1, min(cores, 8))
    let inputPath = context.resolvePath(input)
    let outputPath = context.resolvePath(pairs)
    try OutputTarget.check(outputPath, name: pairs, inputs: [inputPath])
    do {
      let summary = try PairCheckFile.run(
        inputPath: inputPath, outputPath: outputPath, threads: threads, inputName: input, outputName: pairs)
      context.io.out("\(summary.pairs)\n")
      return .ok
    } catch let failure as PairCheckFile.Failure {
      switch failure {
      case .noInput(let m): throw CLIError.noInput(m)
      case .data(let m): throw CLIError.dataError(m)
      case .io(let m): throw CLIError.io(m)
      }
    }
  }
}
