import ContestedKit
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A workspace folder: `ledger.jsonl`, `contested.json`, optional `places.tsv` and `actors.tsv`,
/// `articles/` (stored article texts) and `torn/` (set-aside torn lines). See docs/formats.md.
public struct Workspace: Sendable {
  /// The folder.
  public let root: String
  /// The ledger (its lock wait may be set by the caller).
  public var ledger: Ledger

  /// `root/name`.
  public func path(_ name: String) -> String { (root as NSString).appendingPathComponent(name) }

  /// The settings file.
  public var settingsPath: String { path("contested.json") }
  /// Stored article texts.
  public var articlesFolder: String { path("articles") }
  /// User places added to the bundled gazetteer.
  public var placesPath: String { path("places.tsv") }
  /// User actors added to the bundled registry.
  public var actorsPath: String { path("actors.tsv") }

  private init(root: String) {
    self.root = root
    self.ledger = Ledger(path: (root as NSString).appendingPathComponent("ledger.jsonl"))
  }

  /// Opens an existing workspace.
  public static func open(at root: String) throws -> Workspace {
    let ws = Workspace(root: standardize(root))
    guard FileIO.exists(ws.ledger.path) else { throw LedgerError.missingWorkspace(path: ws.root) }
    return ws
  }

  /// Creates a workspace in `root` (creating the folder if needed). Fails if one exists there. All or nothing:
  /// the settings are written first and the ledger last, complete (``Ledger/create(at:header:)``); on failure
  /// (a full disk, say) what this call created is removed again, so no half workspace is left.
  public static func initialize(at root: String, clock: Date, tool: String, settings: WorkspaceSettings = .init())
    throws -> Workspace
  {
    let ws = Workspace(root: standardize(root))
    if FileIO.exists(ws.ledger.path) { throw LedgerError.alreadyInitialized(path: ws.root) }
    var createdFolder = false
    var createdSettings = false
    do {
      if !FileIO.isDirectory(ws.root) {
        do {
          try FileManager.default.createDirectory(atPath: ws.root, withIntermediateDirectories: true)
          createdFolder = true
        } catch {
          throw LedgerError.io(path: ws.root, operation: "create the folder", reason: error.localizedDescription)
        }
      }
      if !FileIO.exists(ws.settingsPath) {
        try FileIO.writeAtomically(Array(settings.json.utf8), to: ws.settingsPath)
        createdSettings = true
      }
      var body = JSONWriter()
      body.beginObject()
      body.key("schema")
      body.int(Ledger.schemaVersion)
      body.key("tool")
      body.string(tool)
      body.endObject()
      let header = LedgerEntry(at: Timestamp.iso(clock), type: LedgerEventType.created, body: body.bytes)
      _ = try Ledger.create(at: ws.ledger.path, header: header)
    } catch {
      if createdFolder {
        try? FileManager.default.removeItem(atPath: ws.root)
      } else if createdSettings {
        unlink(ws.settingsPath)
      }
      throw error
    }
    return ws
  }

  /// Derived files (safe to delete; rebuilt from the ledger).
  public var cacheFolder: String { path("cache") }

  /// Replays the ledger into a state. Damage stops with the line number; a torn tail is reported in the summary.
  ///
  /// By default lines already verified by an earlier load and unchanged since (checked with a fast hash) are not
  /// re-hashed; `fullVerification` recomputes every SHA-256.
  public func loadState(fullVerification: Bool = false) throws -> (state: WorkspaceState, summary: Ledger.Summary) {
    var state = WorkspaceState()
    // A claim line is at least ~250 bytes (envelope, checksums, a minimal claim).
    state.batchCapacityHint = (FileIO.size(ledger.path) ?? 0) / 250
    let mode: Ledger.Verification =
      fullVerification ? .fullRecording(ledger.verifiedPrefixPath) : .cached(ledger.verifiedPrefixPath)
    let summary = try ledger.read(
      verification: mode,
      decode: { entry in try WorkspaceState.decode(entry) },
      { entry, decoded in state.apply(entry, decoded) })
    return (state, summary)
  }

  /// Replays the ledger with what the review workflow needs besides the state (claim stamps, review events), decoding
  /// on all cores; verification as in ``loadState(fullVerification:)``.
  public func loadReviewLedger(fullVerification: Bool = false) throws -> (ledger: ReviewLedger, summary: Ledger.Summary)
  {
    var replay = ReviewLedger(batchCapacityHint: (FileIO.size(ledger.path) ?? 0) / 250)
    let mode: Ledger.Verification =
      fullVerification ? .fullRecording(ledger.verifiedPrefixPath) : .cached(ledger.verifiedPrefixPath)
    let summary = try ledger.read(
      verification: mode, decode: { entry in try ReviewLedger.decode(entry) },
      { entry, decoded in replay.apply(entry, decoded) })
    return (replay, summary)
  }

  /// Brings `state` (read up to `summary`) up to the ledger's end: reads only the lines written since, or the
  /// whole ledger again when it was replaced. Writers call it under the lock (from a `prepare` closure), so a
  /// duplicate id or an import already done is decided against every line written before theirs.
  public func catchUp(_ state: inout WorkspaceState, _ summary: inout Ledger.Summary) throws {
    if let next = try ledger.readTail(
      since: summary, decode: { try WorkspaceState.decode($0) }, { entry, decoded in state.apply(entry, decoded) })
    {
      summary = next
    } else {
      (state, summary) = try loadState()
    }
  }

  /// Appends events (see ``Ledger/append(_:clock:prepare:)``).
  @discardableResult
  public func append(_ entries: [LedgerEntry], clock: Date, prepare: ((Int) throws -> [LedgerEntry]?)? = nil) throws
    -> Ledger.AppendOutcome
  {
    try ledger.append(entries, clock: clock, prepare: prepare)
  }

  /// The workspace settings (defaults when the file is missing).
  public func settings() throws -> WorkspaceSettings {
    guard FileIO.exists(settingsPath) else { return WorkspaceSettings() }
    do {
      return try WorkspaceSettings.parse(try FileIO.read(settingsPath))
    } catch let e as FieldError {
      throw LedgerError.damaged(path: settingsPath, line: 1, reason: e.description)
    }
  }

  static func standardize(_ path: String) -> String {
    var p = (path as NSString).standardizingPath
    if p.count > 1, p.hasSuffix("/") { p.removeLast() }
    return p
  }
}
