import ContestedKit
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The desk service: a workspace opened to its resolved state. It loads the gazetteer, actor registry, coalitions
/// and settings once, and derives the conflicts through the snapshot in `cache/` (``Snapshot``): read it and replay
/// only the ledger's tail, or, when it is missing, stale or damaged, replay the whole ledger, reconcile, and write
/// it again. It is the snapshot's only reader and writer.
public struct Desk: Sendable {
  /// The workspace.
  public let workspace: Workspace
  /// The bundled gazetteer with the workspace's places.
  public let gazetteer: Gazetteer
  /// The default registry with the workspace's actors.
  public let registry: FactionRegistry
  /// The built-in coalitions with the workspace's theatres.
  public let coalitions: Coalitions
  /// `contested.json`.
  public let settings: WorkspaceSettings
  /// The tool's version (a snapshot written by another version is rebuilt).
  public let toolVersion: String

  /// Where the snapshot lives.
  public var snapshotPath: String {
    (workspace.cacheFolder as NSString).appendingPathComponent("derived.snapshot")
  }

  /// Opens `workspace`, loading its places, actors, theatres and settings.
  public init(_ workspace: Workspace, toolVersion: String) throws {
    self.workspace = workspace
    let store = GazetteerStore(workspace: workspace)
    gazetteer = try store.loadGazetteer()
    registry = try store.loadFactions()
    coalitions = try store.loadCoalitions()
    settings = try workspace.settings()
    self.toolVersion = toolVersion
  }

  /// The reconciler of the desk's default view (`report`'s and `review`'s): the gazetteer's regions, the default
  /// horizon and tolerance, recency against `today`.
  public func reconciler(today: Day) -> Reconciler {
    var options = Reconciler.Options(asOf: today)
    options.coalitions = coalitions
    return Reconciler(hierarchy: gazetteer, options: options, registry: registry)
  }

  /// The derived state and what the read found.
  public struct Derived: Sendable {
    /// Conflicts, their claims and the review events.
    public var state: DerivedState
    /// How far the ledger was read, with a torn last line if any.
    public var summary: Ledger.Summary
    /// Import batches without a commit (only after a full replay; a snapshot is never written beside one).
    public var pendingBatches: [String: [Claim]]
    /// Set when the snapshot could not be used and the state was derived from the whole ledger: why.
    public var rebuilt: String?
  }

  /// The desk's default view of the conflicts (``reconciler(today:)``), through the snapshot. A caller that has
  /// replayed the whole ledger anyway (it needs every claim) passes that replay: it is used instead of a second one
  /// when the snapshot is unusable, and the snapshot's view is used only if it ends where the replay ended.
  /// `progress` hears of the slow steps of a rebuild.
  public func derived(
    today: Day, replayed: (ledger: ReviewLedger, summary: Ledger.Summary)? = nil, progress: (String) -> Void = { _ in }
  ) throws -> Derived {
    let inputs = inputsKey(today: today)
    let why: Snapshot.Unusable
    do {
      let derived = try fromSnapshot(inputs: inputs)
      guard let replayed, LedgerPosition(replayed.summary) != LedgerPosition(derived.summary) else { return derived }
      why = .ledgerChanged
    } catch let unusable as Snapshot.Unusable {
      why = unusable
    }
    if replayed == nil { progress("replaying the ledger (\(why.reason))…") }
    let (ledger, summary) = try replayed ?? workspace.loadReviewLedger()
    progress("reconciling \(ledger.workspace.claims.count) claims…")
    let state = DerivedState(ledger, reconciler: reconciler(today: today))
    let pending = ledger.workspace.pendingBatches
    if pending.isEmpty {
      let snapshot = Snapshot(position: LedgerPosition(summary), inputs: inputs, state: state)
      try? FileIO.createDirectory(workspace.cacheFolder)
      // A cache: failing to write it (a read-only workspace) costs only the next command's time.
      try? FileIO.writeAtomically(snapshot.encoded(), to: snapshotPath)
    }
    return Derived(state: state, summary: summary, pendingBatches: pending, rebuilt: why.reason)
  }

  /// The state from the snapshot and the ledger's tail; throws ``Snapshot/Unusable`` when that cannot be.
  func fromSnapshot(inputs: String) throws -> Derived {
    guard FileIO.exists(snapshotPath) else { throw Snapshot.Unusable.missing }
    let bytes: [UInt8]
    do { bytes = try FileIO.read(snapshotPath) } catch { throw Snapshot.Unusable.damaged("unreadable") }
    var snapshot = try Snapshot.decode(bytes)
    guard snapshot.inputs == inputs else { throw Snapshot.Unusable.otherInputs }
    let path = workspace.ledger.path
    guard Snapshot.ledger(at: path, stillHas: snapshot.position), let identity = Self.identity(of: path) else {
      throw Snapshot.Unusable.ledgerChanged
    }
    var since = Ledger.Summary()
    since.lineCount = snapshot.position.lineCount
    since.byteCount = snapshot.position.byteCount
    since.headSum = snapshot.position.headSum
    since.fileID = identity
    struct ClaimsChanged: Error {}
    let read: Ledger.Summary?
    do {
      read = try workspace.ledger.readTail(
        since: since, decode: { try ReviewLedger.decode($0) },
        { entry, decoded in if !snapshot.state.applyTail(entry, decoded) { throw ClaimsChanged() } })
    } catch is ClaimsChanged {
      throw Snapshot.Unusable.claimsChanged
    }
    guard var summary = read else { throw Snapshot.Unusable.ledgerChanged }
    let size = FileIO.size(path) ?? summary.byteCount
    if size > summary.byteCount {
      summary.tornTail = Ledger.TornTail(line: summary.lineCount + 1, byteCount: size - summary.byteCount)
    }
    return Derived(state: snapshot.state, summary: summary, pendingBatches: [:], rebuilt: nil)
  }

  /// Everything the derived state depends on besides the ledger.
  func inputsKey(today: Day) -> String {
    let options = reconciler(today: today).options
    var key =
      "contested \(toolVersion); as of \(today.iso); horizon \(options.horizonDays); tolerance \(options.toleranceDays); "
      + "history \(options.historyDays)"
    let store = GazetteerStore(workspace: workspace)
    for path in [store.geonamesPath, store.placesPath, store.actorsPath, store.theatresPath] {
      let name = (path as NSString).lastPathComponent
      guard let bytes = try? FileIO.read(path) else {
        key += "; \(name) none"
        continue
      }
      var hasher = FastHash64()
      bytes.withUnsafeBytes { hasher.update($0) }
      key += "; \(name) \(bytes.count) \(String(hasher.value(), radix: 16))"
    }
    return key
  }

  static func identity(of path: String) -> [UInt64]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    return Ledger.identity(fd)
  }
}
