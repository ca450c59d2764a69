import ContestedKit
import ContestedStore
import ContestedSyntax
import Foundation

/// `contested-bench extract [--mb N] [--dir DIR]`: extraction throughput over a corpus made by repeating and
/// varying the fixture articles; `--dump FILE --published YYYY-MM-DD [--outlet NAME]` prints one article's claims;
/// `--dump-all DIR [--registry]` prints every field of every claim of each gold-annotated article in DIR.
enum ExtractBench {
  static func run(_ args: [String]) throws -> Int32 {
    func value(_ name: String) -> String? {
      guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
      return args[i + 1]
    }
    if let file = value("--dump") {
      let data = try Data(contentsOf: URL(fileURLWithPath: file))
      let text = String(decoding: data, as: UTF8.self)
      let day = Day(iso: value("--published") ?? "2016-06-18") ?? Day(ordinal: 0)
      let article = Article(
        id: Article.contentID(of: text), text: text, outlet: value("--outlet") ?? "Outlet",
        published: day)
      let r = ClaimExtractor().extract(from: article)
      for c in r.claims {
        print(
          "\(c.claimant.name) [\(c.claimant.side?.rawValue ?? "?")] | \(c.place.text) | "
            + "\(c.controller.side.rawValue) \(c.stance.rawValue) \(c.event.rawValue) | \(c.when?.description ?? "-")"
            + (c.quantity.map { " q=\($0.count.map(String.init) ?? (($0.isAll) ? "all" : "?"))" } ?? ""))
        print("    « \(c.evidence?.quote.prefix(150) ?? "") »")
      }
      for n in r.notes { print("note: \(n.message)") }
      return 0
    }
    if let dir = value("--dump-all") {
      // Every field of every claim of every gold-annotated article in DIR, for before/after comparisons.
      let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".json") }.sorted()
      let extractor =
        args.contains("--registry")
        ? ClaimExtractor(places: Gazetteer.bundled, factions: RegistryFactionLexicon(registry: .default))
        : ClaimExtractor()
      for n in names {
        let stem = String(n.dropLast(5))
        guard let t = FileManager.default.contents(atPath: dir + "/" + stem + ".txt"),
          let g = FileManager.default.contents(atPath: dir + "/" + n),
          let gold = try? GoldArticle.parse(json: String(decoding: g, as: UTF8.self)), let day = gold.published
        else { continue }
        let text = String(decoding: t, as: UTF8.self)
        let a = Article(id: Article.contentID(of: text), text: text, outlet: gold.outlet, published: day, url: gold.url)
        let r = extractor.extract(from: a)
        print("== \(stem)")
        for c in r.claims { print(String(describing: c)) }
        for note in r.notes { print("note: \(note.message)") }
      }
      return 0
    }
    if let dir = value("--eval") {
      let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".json") }.sorted()
      var items: [(gold: GoldArticle, extracted: [Claim])] = []
      let verbose = args.contains("--verbose")
      let extractor =
        args.contains("--registry")
        ? ClaimExtractor(
          places: args.contains("--gazetteer") ? Gazetteer.bundled : EmptyPlaceLexicon(),
          factions: RegistryFactionLexicon(registry: .default))
        : ClaimExtractor(places: args.contains("--gazetteer") ? Gazetteer.bundled : EmptyPlaceLexicon())
      for n in names {
        let stem = String(n.dropLast(5))
        let txtPath = dir + "/" + stem + ".txt"
        guard let t = FileManager.default.contents(atPath: txtPath),
          let g = FileManager.default.contents(atPath: dir + "/" + n),
          let gold = try? GoldArticle.parse(json: String(decoding: g, as: UTF8.self)), let day = gold.published
        else { continue }
        let text = String(decoding: t, as: UTF8.self)
        let a = Article(id: Article.contentID(of: text), text: text, outlet: gold.outlet, published: day, url: gold.url)
        let claims = extractor.extract(from: a).claims
        items.append((gold, claims))
        if verbose {
          var one = EvaluationReport()
          ClaimScorer.score(gold: gold.claims, extracted: claims, into: &one)
          print(
            "== \(stem): gold \(gold.claims.count) extracted \(claims.count) triple matched \(one[.triple].matched)")
          for c in gold.claims {
            print(
              "  G \(c.claimant) | \(c.place) | \(c.controller) \(c.stance.rawValue) \(c.event) | \(c.when?.description ?? "-")"
            )
          }
          for c in claims {
            print(
              "  X \(c.claimant.name) | \(c.place.text) | \(c.controller.side) \(c.stance.rawValue) \(c.event) | \(c.when?.description ?? "-")"
            )
          }
        }
      }
      let r = ClaimScorer.evaluate(items)
      for f in ScoredField.allCases {
        let s = r[f]
        print(
          String(
            format: "%-9@ P %.3f R %.3f F1 %.3f (%d/%d/%d)", f.rawValue, s.precision, s.recall, s.f1,
            s.matched, s.extracted, s.gold))
      }
      print(
        String(format: "dates right on triple matches: %.3f (%d/%d)", r.dateAccuracy, r.datesRight, r.tripleMatches))
      return 0
    }
    let targetMB = Double(value("--mb") ?? "24") ?? 24
    let root = URL(fileURLWithPath: value("--dir") ?? "Fixtures/articles")
    var texts: [String] = []
    for sub in ["seeds", "synthetic"] {
      let dir = root.appendingPathComponent(sub)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
      for n in names.sorted() where n.hasSuffix(".txt") {
        if let d = FileManager.default.contents(atPath: dir.appendingPathComponent(n).path) {
          texts.append(String(decoding: d, as: UTF8.self))
        }
      }
    }
    guard !texts.isEmpty else {
      FileHandle.standardError.write("extract: no fixture articles under \(root.path)\n".data(using: .utf8)!)
      return 66
    }
    // Variation: swap weekday names, numbers and paragraph order so that no two copies are identical.
    let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    var articles: [Article] = []
    var total = 0
    var v = 0
    let base = Day(iso: "2016-06-18")!
    while Double(total) < targetMB * 1_000_000 {
      for t in texts {
        var paras = t.components(separatedBy: "\n\n")
        if paras.count > 2 && v % 2 == 1 { paras.swapAt(1, paras.count - 1) }
        var text = paras.joined(separator: "\n\n")
        let from = weekdays[v % 7]
        let to = weekdays[(v + 3) % 7]
        text = text.replacingOccurrences(of: from, with: to)
        text = text.replacingOccurrences(of: "eight", with: ["seven", "nine", "eight"][v % 3])
        let art = Article(
          id: ArticleID(rawValue: "bench\(v)"), text: text, outlet: "Bench",
          published: base.adding(days: v % 400))
        total += text.utf8.count
        articles.append(art)
        v += 1
      }
    }
    // The configuration `contested ingest` uses: the bundled gazetteer and the built-in actor registry; with
    // --extractor rules|combined also the bundled syntax model (claim rules over the parse).
    let mode = value("--extractor").flatMap(ExtractionMode.init(rawValue:)) ?? .patterns
    let syntax: (any SentenceParser)? = mode == .patterns ? nil : try BundledSyntaxModel.shared()
    let extractor = ClaimExtractor(
      places: Gazetteer.bundled, factions: RegistryFactionLexicon(registry: .default), syntax: syntax, mode: mode)
    print("extractor: \(mode.rawValue)")
    // Warm up.
    for a in articles.prefix(50) { _ = extractor.extract(from: a) }
    var best = Double.infinity
    var bestCPU = Double.infinity
    var claims = 0
    for _ in 0..<3 {
      let t0 = DispatchTime.now().uptimeNanoseconds
      let c0 = threadCPUSeconds()
      var c = 0
      for a in articles { c += extractor.extract(from: a).claims.count }
      let dt = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
      best = min(best, dt)
      bestCPU = min(bestCPU, threadCPUSeconds() - c0)
      claims = c
    }
    let mb = Double(total) / 1_000_000
    print(String(format: "extract: %.1f MB in %d articles, %d claims (one thread)", mb, articles.count, claims))
    print(String(format: "  wall, best of 3: %.3f s = %.1f MB/s", best, mb / best))
    print(String(format: "  thread CPU time, best of 3: %.3f s = %.1f MB/s of one core", bestCPU, mb / bestCPU))
    return 0
  }
}

/// CPU time of the calling thread, immune to other processes sharing the machine.
func threadCPUSeconds() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
