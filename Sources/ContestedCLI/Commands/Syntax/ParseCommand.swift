import ContestedKit
import ContestedStore
import ContestedSyntax

/// `contested parse`: text or CoNLL-U in, CoNLL-U with predicted UPOS, HEAD and DEPREL out.
struct ParseCommand: Command {
  static let name = "parse"
  static let abstract = "Tag and parse text (or CoNLL-U) with the bundled model and print CoNLL-U."
  static let usage = "contested parse [FILE | --conllu FILE [--score]] [--model FILE]"
  static let options: [OptionSpec] = [
    .value(
      "--conllu", valueName: "FILE",
      help: "Read CoNLL-U and use its FORM column as the tokens (gold tokenisation); the other columns are kept."),
    .flag("--score", help: "With --conllu: print UPOS, UAS and LAS against the file's own columns, not CoNLL-U."),
    .value("--model", valueName: "FILE", help: "Use this model file instead of the bundled one (contested-train)."),
  ]
  static let discussion = """
    Without --conllu, FILE (or stdin when FILE is missing or '-') is UTF-8 text: it is split into sentences and
    tokens as the extractor splits them (abbreviations, datelines, quotes, "n't" and "'s" as in the treebank)
    and printed with '# text' and '# sent_id' comments; LEMMA, XPOS and FEATS are '_'. With --conllu the
    output keeps the input's ten columns and replaces UPOS, HEAD and DEPREL. --score compares them with the
    file's gold columns (CoNLL 2018 conventions: punctuation counted, relations without subtypes).
    The model is trained on UD English EWT (CC BY-SA 4.0); see docs/syntax.md to retrain it.
    Examples:
      contested parse article.txt
      echo 'Rebels said they had taken the town.' | contested parse
      contested parse --conllu en_ewt-ud-test.conllu --score
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 1)
    if args.flag("--score") && args.value("--conllu") == nil {
      throw CLIError.usage("--score needs --conllu FILE (a file with gold UPOS, HEAD and DEPREL).")
    }
    if args.value("--conllu") != nil && !args.positionals.isEmpty {
      throw CLIError.usage("give either a text FILE or --conllu FILE, not both.")
    }
    let model = try loadModel(args, context)
    if let conllu = args.value("--conllu") {
      return try parseCoNLLU(conllu, score: args.flag("--score"), model: model, context: context)
    }
    let bytes = try readText(args.positionals.first, context: context)
    var out = ""
    var id = 0
    for pieces in NewsTokenizer.sentences(bytes: bytes) {
      id += 1
      CoNLLUWriter.append(model.annotate(sentence(pieces, id: id, bytes: bytes)), to: &out)
      if out.utf8.count > 1 << 16 {
        context.io.out(out)
        out = ""
      }
    }
    context.io.out(out)
    return .ok
  }

  static func loadModel(_ args: ParsedArguments, _ context: CommandContext) throws -> SyntaxModel {
    do {
      if let path = args.value("--model") { return try BundledSyntaxModel.load(context.resolvePath(path)) }
      return try BundledSyntaxModel.shared()
    } catch let e as SyntaxModelFileError {
      throw CLIError.dataError("\(e)")
    }
  }

  static func readText(_ file: String?, context: CommandContext) throws -> [UInt8] {
    let bytes: [UInt8]
    if let file, file != "-" {
      do { bytes = try FileIO.read(context.resolvePath(file)) } catch let e as FileError {
        if case .missing = e { throw CLIError.noInput("\(file): no such file.") }
        throw e
      }
    } else {
      bytes = context.io.readAll()
    }
    if bytes.prefix(8192).contains(0) {
      throw CLIError.dataError("\(file ?? "stdin"): binary data (NUL bytes); give UTF-8 text.")
    }
    if String(validating: bytes, as: UTF8.self) == nil {
      context.warn("\(file ?? "stdin"): invalid UTF-8 replaced by U+FFFD.")
      return Array(String(decoding: bytes, as: UTF8.self).utf8)
    }
    return bytes
  }

  /// The CoNLL-U sentence of tokenised text: `# sent_id`, `# text`, forms and SpaceAfter=No.
  static func sentence(_ pieces: [NewsTokenizer.Piece], id: Int, bytes: [UInt8]) -> CoNLLUSentence {
    let range = pieces[0].range.lowerBound..<pieces[pieces.count - 1].range.upperBound
    let text = String(decoding: bytes[range], as: UTF8.self).split(whereSeparator: \.isNewline).joined(
      separator: " ")
    var words: [CoNLLUWord] = []
    for (k, p) in pieces.enumerated() {
      var w = CoNLLUWord(id: k + 1, form: p.text)
      if !p.spaceAfter { w.misc = "SpaceAfter=No" }
      words.append(w)
    }
    return CoNLLUSentence(comments: ["# sent_id = \(id)", "# text = \(text)"], words: words)
  }

  static func parseCoNLLU(_ file: String, score: Bool, model: SyntaxModel, context: CommandContext) throws
    -> ExitCode
  {
    let bytes: [UInt8]
    do { bytes = try FileIO.read(context.resolvePath(file)) } catch let e as FileError {
      if case .missing = e { throw CLIError.noInput("\(file): no such file.") }
      throw e
    }
    let gold: [CoNLLUSentence]
    do { gold = try CoNLLUReader.read(bytes, file: file, requireHeads: score) } catch let e as CoNLLUError {
      throw CLIError.dataError(e.description)
    }
    var result = ParseScore()
    var out = ""
    for s in gold {
      let p = model.annotate(s)
      if score {
        try result.add(gold: s, predicted: p)
      } else {
        CoNLLUWriter.append(p, to: &out)
        if out.utf8.count > 1 << 16 {
          context.io.out(out)
          out = ""
        }
      }
    }
    context.io.out(score ? "\(file): \(Plural.count(gold.count, "sentence")), \(result.summary)\n" : out)
    return .ok
  }
}
