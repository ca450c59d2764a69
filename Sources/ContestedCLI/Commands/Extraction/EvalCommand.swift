import ContestedKit
import ContestedStore
import ContestedSyntax
import Foundation

/// Output formats of `contested eval`.
enum EvalFormat: String, CaseIterable {
  case table
  case json
}

/// `contested eval GOLD_DIR`: runs the extractor over gold-annotated articles and prints P/R/F1 per field.
struct EvalCommand: Command {
  static let name = "eval"
  static let abstract = "Score the extractor against gold-annotated articles (precision, recall, F1 per field)."
  static let usage = "contested eval GOLD_DIR [--conflicts] [--format table|json]"
  static let options: [OptionSpec] = [
    .value("--format", valueName: "FORMAT", help: "table (default) or json."),
    .value(
      "--extractor", valueName: "MODE",
      help: "patterns (token patterns), rules (claim rules over the bundled parse) or combined (default: patterns)."),
    .flag("--verbose", help: "Also list gold and extracted claims per article (or, with --conflicts, every pair)."),
    .flag(
      "--conflicts", help: "Score the reconciler instead: gold claims in, conflict pairs compared with the marked ones."
    ),
  ]
  static let discussion = """
    GOLD_DIR holds NAME.txt articles beside NAME.json gold files in the development corpus format
    (docs/cli.md, eval); the gold's published date (or published_estimate.date) anchors relative dates.
    Fields are scored on place plus the field: place (spelling variants folded; the bracketed referent counts),
    side, stance, event, claimant (loose), date (spans overlap and the extracted span is at most 7 days wider),
    triple (place, side, stance) and claim (all of them). Dates are also reported on triple-matched pairs.

    With --conflicts the extractor is not run: every gold claim (id NNN#k) goes to the reconciler, and the
    conflict pairs it finds are compared with the gold files' "conflicts" and GOLD_DIR/CROSS.json.
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 1)
    let dir = try args.positional(0, name: "GOLD_DIR (a folder of NAME.txt and NAME.json)")
    let format = try args.choice("--format", of: EvalFormat.self, default: .table)
    let folder = context.resolvePath(dir)
    guard FileIO.isDirectory(folder) else { throw CLIError.noInput("\(dir): not a folder.") }
    let names = FileIO.names(in: folder, endingWith: ".json")
    if args.flag("--conflicts") {
      return try runConflicts(
        dir: dir, folder: folder, names: names, format: format, verbose: args.flag("--verbose"), in: context)
    }
    var items: [(gold: GoldArticle, extracted: [Claim])] = []
    let mode = try args.choice("--extractor", of: ExtractionMode.self, default: .patterns)
    let syntax: (any SentenceParser)? = mode == .patterns ? nil : try BundledSyntaxModel.shared()
    let extractor = ClaimExtractor(
      places: Gazetteer.bundled, factions: RegistryFactionLexicon(registry: .default), syntax: syntax, mode: mode)
    var verbose = ""
    for n in names {
      let stem = String(n.dropLast(5))
      let txt = (folder as NSString).appendingPathComponent(stem + ".txt")
      guard FileIO.exists(txt) else { continue }
      let goldText = String(decoding: try FileIO.read((folder as NSString).appendingPathComponent(n)), as: UTF8.self)
      let gold: GoldArticle
      do { gold = try GoldArticle.parse(json: goldText) } catch {
        throw CLIError.dataError("\(dir)/\(n): \(error)")
      }
      guard let day = gold.published else {
        throw CLIError.dataError("\(dir)/\(n): published: expected a date or published_estimate.date")
      }
      let text = String(decoding: try FileIO.read(txt), as: UTF8.self)
      let article = Article(
        id: Article.contentID(of: text), text: text, outlet: gold.outlet, published: day,
        url: gold.url)
      let claims = extractor.extract(from: article).claims
      items.append((gold, claims))
      if args.flag("--verbose") {
        verbose += "== \(stem): \(gold.claims.count) gold, \(claims.count) extracted\n"
        for c in gold.claims {
          verbose +=
            "  gold  \(c.claimant) | \(c.place) | \(c.controller) \(c.stance.rawValue) \(c.event) | "
            + "\(c.when?.description ?? "-")\n"
        }
        for c in claims { verbose += "  found " + IngestCommand.describe(c) + "\n" }
      }
    }
    guard !items.isEmpty else { throw CLIError.noInput("\(dir): no NAME.txt + NAME.json pairs.") }
    let r = ClaimScorer.evaluate(items)
    switch format {
    case .table:
      var out = verbose
      out += "\(r.articles) articles, \(r[.place].gold) gold claims, \(r[.place].extracted) extracted\n"
      out += "field      precision  recall     F1  matched\n"
      for f in ScoredField.allCases {
        let s = r[f]
        out += f.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
        out += fmt(s.precision) + "  " + fmt(s.recall) + "  " + fmt(s.f1) + "  \(s.matched)\n"
      }
      out +=
        "dates right on (place, side, stance) matches: \(fmt(r.dateAccuracy).trimmingCharacters(in: .whitespaces))"
        + " (\(r.datesRight)/\(r.tripleMatches))\n"
      context.io.out(out)
    case .json:
      var w = JSONWriter()
      w.beginObject()
      w.key("articles")
      w.int(r.articles)
      w.key("fields")
      w.beginObject()
      for f in ScoredField.allCases {
        let s = r[f]
        w.key(dynamic: f.rawValue)
        w.beginObject()
        w.key("precision")
        w.double(s.precision)
        w.key("recall")
        w.double(s.recall)
        w.key("f1")
        w.double(s.f1)
        w.key("matched")
        w.int(s.matched)
        w.key("extracted")
        w.int(s.extracted)
        w.key("gold")
        w.int(s.gold)
        w.endObject()
      }
      w.endObject()
      w.key("date_accuracy")
      w.double(r.dateAccuracy)
      w.key("date_pairs")
      w.int(r.tripleMatches)
      w.endObject()
      context.io.out(w.string + "\n")
    }
    return .ok
  }

  /// `--conflicts`: the reconciler on gold claims against the marked pairs.
  static func runConflicts(
    dir: String, folder: String, names: [String], format: EvalFormat, verbose: Bool, in context: CommandContext
  ) throws -> ExitCode {
    var articles: [GoldArticle] = []
    var marked = Set<ConflictScorer.Pair>()
    for n in names where n != "CROSS.json" {
      let bytes = try FileIO.read((folder as NSString).appendingPathComponent(n))
      do {
        let gold = try GoldArticle.parse(json: String(decoding: bytes, as: UTF8.self))
        articles.append(gold)
        marked.formUnion(try ConflictScorer.markedPairs(goldJSON: Data(bytes), article: gold))
      } catch {
        throw CLIError.dataError("\(dir)/\(n): \(error)")
      }
    }
    let crossPath = (folder as NSString).appendingPathComponent("CROSS.json")
    if FileIO.exists(crossPath) {
      do { marked.formUnion(try ConflictScorer.crossPairs(json: Data(try FileIO.read(crossPath)))) } catch {
        throw CLIError.dataError("\(dir)/CROSS.json: \(error)")
      }
    }
    guard !articles.isEmpty else { throw CLIError.noInput("\(dir): no gold NAME.json files.") }
    let gazetteer = try context.loadGazetteer()
    let r = ConflictScorer.score(
      articles: articles, marked: marked, places: gazetteer, registry: .default,
      reconciler: Reconciler(hierarchy: gazetteer, registry: .default))
    switch format {
    case .table:
      var out =
        "\(articles.count) articles, \(articles.reduce(0) { $0 + $1.claims.count }) gold claims, "
        + "\(marked.count) marked conflict pairs\n"
      out += "pairs      precision  recall     F1  found  extra  missed\n"
      out +=
        "conflicts " + fmt(r.precision) + "  " + fmt(r.recall) + "  " + fmt(r.f1)
        + "  \(r.found.count)  \(r.extra.count)  \(r.missed.count)\n"
      out += "self-contradictions (one voice, not scored): \(r.selfContradictions.count)\n"
      if verbose {
        let quotes = Dictionary(
          uniqueKeysWithValues: articles.flatMap { a in
            a.claims.enumerated().map { ("\(a.id)#\($0.offset)", $0.element) }
          })
        func show(_ id: String) -> String {
          guard let c = quotes[id] else { return id }
          return
            "\(id) \(c.claimant) | \(c.place) | \(c.controller) \(c.stance.rawValue) \(c.event) | \(c.when?.description ?? "-")"
        }
        for (label, list) in [("extra", r.extra), ("missed", r.missed)] {
          for p in list { out += "\(label): \(show(p.a))\n       \(show(p.b))\n" }
        }
      }
      context.io.out(out)
    case .json:
      var w = JSONWriter()
      w.beginObject()
      w.key("articles")
      w.int(articles.count)
      w.key("marked")
      w.int(marked.count)
      w.key("precision")
      w.double(r.precision)
      w.key("recall")
      w.double(r.recall)
      w.key("f1")
      w.double(r.f1)
      for (key, list) in [
        ("found", r.found), ("extra", r.extra), ("missed", r.missed), ("self_contradictions", r.selfContradictions),
      ] {
        w.key(dynamic: key)
        w.beginArray()
        for p in list {
          w.beginArray()
          w.string(p.a)
          w.string(p.b)
          w.endArray()
        }
        w.endArray()
      }
      w.endObject()
      context.io.out(w.string + "\n")
    }
    return .ok
  }

  static func fmt(_ v: Double) -> String {
    let s = String(format: "%.3f", v)
    return String(repeating: " ", count: max(0, 9 - s.count)) + s
  }
}
