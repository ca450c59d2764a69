import ContestedKit
import ContestedStore
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
  static let usage = "contested eval GOLD_DIR [--format table|json]"
  static let options: [OptionSpec] = [
    .value("--format", valueName: "FORMAT", help: "table (default) or json."),
    .flag("--verbose", help: "Also list gold and extracted claims per article."),
  ]
  static let discussion = """
    GOLD_DIR holds NAME.txt articles beside NAME.json gold files in the development corpus format
    (../shared/corpus/README.md); the gold's published date (or published_estimate.date) anchors relative dates.
    Fields are scored on place plus the field: place (spelling variants folded; the bracketed referent counts),
    side, stance, event, claimant (loose), date (spans overlap and the extracted span is at most 7 days wider),
    triple (place, side, stance) and claim (all of them). Dates are also reported on triple-matched pairs.
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 1)
    let dir = try args.positional(0, name: "GOLD_DIR (a folder of NAME.txt and NAME.json)")
    let format = try args.choice("--format", of: EvalFormat.self, default: .table)
    let folder = context.resolvePath(dir)
    guard FileIO.isDirectory(folder) else { throw CLIError.noInput("\(dir): not a folder.") }
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
      $0.hasSuffix(".json")
    }.sorted()
    var items: [(gold: GoldArticle, extracted: [Claim])] = []
    let extractor = ClaimExtractor(places: Gazetteer.bundled, factions: RegistryFactionLexicon(registry: .default))
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
      let article = Article(id: Article.contentID(of: text), text: text, outlet: gold.outlet, published: day,
                            url: gold.url)
      let claims = extractor.extract(from: article).claims
      items.append((gold, claims))
      if args.flag("--verbose") {
        verbose += "== \(stem): \(gold.claims.count) gold, \(claims.count) extracted\n"
        for c in gold.claims {
          verbose += "  gold  \(c.claimant) | \(c.place) | \(c.controller) \(c.stance.rawValue) \(c.event) | "
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
      out += "dates right on (place, side, stance) matches: \(fmt(r.dateAccuracy).trimmingCharacters(in: .whitespaces))"
        + " (\(r.datesRight)/\(r.tripleMatches))\n"
      context.io.out(out)
    case .json:
      var w = JSONWriter()
      w.beginObject()
      w.key("articles"); w.int(r.articles)
      w.key("fields")
      w.beginObject()
      for f in ScoredField.allCases {
        let s = r[f]
        w.key(dynamic: f.rawValue)
        w.beginObject()
        w.key("precision"); w.double(s.precision)
        w.key("recall"); w.double(s.recall)
        w.key("f1"); w.double(s.f1)
        w.key("matched"); w.int(s.matched)
        w.key("extracted"); w.int(s.extracted)
        w.key("gold"); w.int(s.gold)
        w.endObject()
      }
      w.endObject()
      w.key("date_accuracy"); w.double(r.dateAccuracy)
      w.key("date_pairs"); w.int(r.tripleMatches)
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
