import ContestedStore
import ContestedSyntax
import Foundation

// contested-train: trains the tagger and parser from a UD treebank folder (docs/syntax.md, "Retraining").

let usage = """
  usage: contested-train --treebank DIR --out FILE [--seed N] [--iterations N] [--tagger-iterations N] [--max-mib N]

  Trains the part-of-speech tagger and dependency parser from the Universal Dependencies treebank in DIR
  (its *-ud-train.conllu and *-ud-dev.conllu files, e.g. UD_English-EWT from
  https://github.com/UniversalDependencies/UD_English-EWT), prints dev UPOS/UAS/LAS after each iteration and
  writes the model to FILE (atomically). The same seed and data give the same model.

    --seed N               shuffling and exploration seed (default 1)
    --iterations N         parser passes over the training data (default 10)
    --tagger-iterations N  tagger passes (default 8)
    --max-mib N            prune small weights until the model is at most N MiB (default 12)

  """

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("contested-train: \(message)\n".utf8))
  exit(64)
}

var options = TrainingOptions()
var treebank: String?
var out: String?
var args = Array(CommandLine.arguments.dropFirst())
while !args.isEmpty {
  let a = args.removeFirst()
  if a == "--help" || a == "-h" {
    print(usage, terminator: "")
    exit(0)
  }
  guard let v = args.first else { fail("\(a) needs a value\n\(usage)") }
  args.removeFirst()
  func number() -> Int {
    guard let n = Int(v), n >= 0 else { fail("\(a): '\(v)' is not a whole number") }
    return n
  }
  switch a {
  case "--treebank": treebank = v
  case "--out": out = v
  case "--seed": options.seed = UInt64(number())
  case "--iterations": options.parserIterations = max(1, number())
  case "--tagger-iterations": options.taggerIterations = max(1, number())
  case "--max-mib": options.maxBytes = max(1, number()) << 20
  default: fail("unknown option \(a)\n\(usage)")
  }
}
guard let treebank, let out else { fail("--treebank and --out are required\n\(usage)") }

func load(_ suffix: String) -> [CoNLLUSentence] {
  let files = ((try? FileManager.default.contentsOfDirectory(atPath: treebank)) ?? []).filter { $0.hasSuffix(suffix) }
  guard let name = files.sorted().first else { fail("\(treebank): no *\(suffix) file; download the treebank") }
  let path = (treebank as NSString).appendingPathComponent(name)
  do {
    return try CoNLLUReader.read(try FileIO.read(path), file: path, requireHeads: true)
  } catch {
    fail("\(error)")
  }
}

let started = Date()
let train = load("-ud-train.conllu")
let dev = load("-ud-dev.conllu")
print("read \(train.count) training and \(dev.count) development sentences")
let header = """
  contested syntax model: UPOS tagger and arc-hybrid dependency parser (averaged perceptrons).
  \(SyntaxModel.ewtAttribution)
  Trained by contested-train with seed \(options.seed), \(options.taggerIterations) tagger and \
  \(options.parserIterations) parser iterations, \(options.folds)-fold jack-knifed tags.
  """
let training = SyntaxTraining(options: options) { line in
  let stamp = String(format: "[%6.1fs] ", Date().timeIntervalSince(started))
  FileHandle.standardOutput.write(Data((stamp + line + "\n").utf8))
}
let model = training.train(train: train, dev: dev, header: header)
let bytes = ModelCodec.encode(model)
do { try FileIO.writeAtomically(bytes, to: out) } catch { fail("\(out): \(error)") }
print("wrote \(out): \(bytes.count) bytes")
