import ContestedKit
import ContestedStore
import Foundation

/// `contested ingest FILE… | FOLDER`: stores articles by content hash and proposes the claims found in them.
struct IngestCommand: Command {
  static let name = "ingest"
  static let abstract = "Store articles and propose the control claims found in them, for review."
  static let usage =
    "contested ingest FILE... --outlet NAME --published YYYY-MM-DD [--url URL] | contested ingest FOLDER"
  static let options: [OptionSpec] = [
    .value("--outlet", valueName: "NAME", help: "The outlet that published the files."),
    .value("--published", valueName: "DATE", help: "Publication date, YYYY-MM-DD (relative dates resolve against it)."),
    .value("--url", valueName: "URL", help: "Where the article was found."),
    .value("--manifest", valueName: "TSV", help: "A manifest: file, outlet, published[, url] per tab-separated line."),
    .flag("--dry-run", help: "Print the proposed claims; store nothing."),
  ]
  static let discussion = """
    A FOLDER is read through its manifest (manifest.tsv, SEEDS.tsv or its only .tsv), a TSV with the columns
    file, outlet, published and optionally url, as docs/cli.md shows. Articles are stored under
    articles/<sha256>.txt; ingesting the same text twice adds nothing. Claims are proposed (status proposed,
    origin extracted) with the verbatim sentence as evidence; review them with 'contested claims'.
    Empty and binary files are skipped with a message; invalid UTF-8 is replaced and reported.
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    let sources = try sourcesFrom(args, context)
    let dryRun = args.flag("--dry-run")
    var seen = Set<ArticleID>()
    var entries: [LedgerEntry] = []
    var texts: [(String, ArticleID)] = []
    var problems = 0
    var proposed = 0
    var loaded: (workspace: Workspace, state: WorkspaceState)? = nil
    if !dryRun { loaded = try context.loadWorkspace() }
    var gazetteer = Gazetteer.bundled
    var registry = FactionRegistry.default
    if let ws = loaded?.workspace {
      // The workspace's own places.tsv and actors.tsv extend the bundled ones.
      let store = GazetteerStore(workspace: ws)
      do { gazetteer = try store.loadGazetteer() } catch {
        context.warn("places: \(error); using the bundled gazetteer")
      }
      do { registry = try store.loadFactions() } catch { context.warn("actors: \(error); using the built-in actors") }
    }
    let extractor = ClaimExtractor(places: gazetteer, factions: RegistryFactionLexicon(registry: registry))
    let at = context.timestamp
    var proposedLines: [String] = []
    for src in sources {
      let display = src.file
      let (text, problem) = try ArticleInput.readText(context.resolvePath(src.file), display: display)
      if let problem { context.warn(problem) }
      guard let text else {
        problems += 1
        continue
      }
      let id = Article.contentID(of: text)
      if seen.contains(id) || loaded?.state.articles[id] != nil {
        context.show("\(display): already ingested as \(id.rawValue.prefix(12)); nothing added.\n")
        continue
      }
      seen.insert(id)
      let article = Article(id: id, text: text, outlet: src.outlet, published: src.published, url: src.url)
      var result = extractor.extract(from: article)
      result.claims = ArticleRegionContext.attach(result.claims, text: text, gazetteer: gazetteer)
      for n in result.notes { context.warn("\(display): \(n.message)") }
      if dryRun {
        context.show("\(display): \(Plural.count(result.claims.count, "claim"))\n")
        for c in result.claims { context.show("  " + describe(c) + "\n") }
        continue
      }
      let title = text.split(separator: "\n", maxSplits: 1).first.map { String($0.prefix(200)) }
      let record = ArticleRecord(
        id: id, outlet: src.outlet, published: src.published, url: src.url, title: title,
        byteCount: text.utf8.count, claimCount: result.claims.count)
      entries.append(LedgerEntry(at: at, type: LedgerEventType.articleStored, body: record.jsonBody))
      for c in result.claims where loaded?.state.claim(c.id) == nil {
        entries.append(LedgerEntry(at: at, type: LedgerEventType.claimAdded, body: ClaimFlags.body(c)))
      }
      texts.append((text, id))
      proposed += result.claims.count
      // Said once the write succeeded: a failed write (a full disk) proposed nothing.
      proposedLines.append(
        "\(display): \(Plural.count(result.claims.count, "claim")) proposed (article \(id.rawValue.prefix(12)))\n")
    }
    if let ws = loaded?.workspace, !entries.isEmpty {
      let store = ArticleStore(workspace: ws)
      for (t, _) in texts { try store.store(t) }
      try context.append(entries, to: ws)
    }
    for line in proposedLines { context.show(line) }
    if problems > 0 && problems == sources.count {
      throw CLIError.dataError("no readable article among \(Plural.count(sources.count, "file")).")
    }
    if !dryRun && !texts.isEmpty {
      context.show("\(Plural.count(texts.count, "article")) stored, \(Plural.count(proposed, "claim")) proposed.\n")
    }
    return .ok
  }

  static func describe(_ c: Claim) -> String {
    var s = "\(c.claimant.name) | \(c.place.text) | \(c.controller.side.rawValue) \(c.stance.rawValue) "
    s += "\(c.event.rawValue) | \(c.when?.description ?? "-")"
    return s
  }

  static func sourcesFrom(_ args: ParsedArguments, _ context: CommandContext) throws -> [ArticleSource] {
    if let m = args.value("--manifest") {
      let path = context.resolvePath(m)
      let (text, problem) = try ArticleInput.readText(path, display: m)
      guard let text else { throw CLIError.dataError(problem ?? "\(m): unreadable manifest") }
      return try ArticleInput.manifest(text, folder: (m as NSString).deletingLastPathComponent, name: m)
    }
    let files = args.positionals
    guard !files.isEmpty else { throw CLIError.usage("expected FILE... or a FOLDER with a manifest.") }
    if files.count == 1, FileIO.isDirectory(context.resolvePath(files[0])) {
      let folder = files[0]
      guard let mp = ArticleInput.manifestPath(in: context.resolvePath(folder)) else {
        throw CLIError.noInput("\(folder): no manifest.tsv (file, outlet, published, url) in the folder.")
      }
      let (text, problem) = try ArticleInput.readText(mp, display: mp)
      guard let text else { throw CLIError.dataError(problem ?? "\(mp): unreadable manifest") }
      return try ArticleInput.manifest(text, folder: folder, name: (mp as NSString).lastPathComponent)
    }
    guard let outlet = args.value("--outlet") else { throw CLIError.usage("missing --outlet NAME.") }
    guard let day = try args.day("--published") else { throw CLIError.usage("missing --published YYYY-MM-DD.") }
    return files.map { ArticleSource(file: $0, outlet: outlet, published: day, url: args.value("--url")) }
  }
}
