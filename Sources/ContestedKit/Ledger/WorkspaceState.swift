/// The claims and articles of a workspace, rebuilt by replaying its ledger (pure: no I/O).
///
/// Event types this state does not know (e.g. `review.*`) are kept in ``otherEntries`` in order, for the
/// modules that do.
public struct WorkspaceState: Sendable {
  /// Every claim, in the order it entered the ledger.
  public private(set) var claims: [Claim] = []
  private var index: [ClaimID: Int] = [:]
  /// Stored articles by id.
  public private(set) var articles: [ArticleID: ArticleRecord] = [:]
  /// Events of other modules (review actions, …), in ledger order.
  public private(set) var otherEntries: [LedgerEntry] = []
  /// Claims of import batches that have no `batch.commit` (yet): an interrupted import.
  public var pendingBatches: [String: [Claim]] {
    var all = interrupted
    if let open { all[open.txn, default: []].append(contentsOf: open.claims) }
    return all
  }
  /// Batches left without a commit by an event of another kind.
  private var interrupted: [String: [Claim]] = [:]
  /// The batch being replayed: an import writes its claims in a row and then its commit, so they are collected
  /// here and move into ``claims`` in one step.
  private var open: (txn: String, claims: [Claim])?
  /// At most how many claims the rest of the ledger can hold (e.g. its size over the shortest claim line), so a big
  /// batch is stored once instead of being copied as it grows. Unused capacity costs address space, not memory.
  public var batchCapacityHint = 0
  /// Sequence number of the last event applied.
  public private(set) var lastSeq = 0

  /// An empty state.
  public init() {}

  /// The claim with this id.
  public func claim(_ id: ClaimID) -> Claim? { index[id].map { claims[$0] } }

  /// Whether a claim with this id exists.
  public func contains(_ id: ClaimID) -> Bool { index[id] != nil }

  /// The accepted claims, in ledger order. When every claim is accepted (a desk that imports accepted claims) this
  /// is ``claims`` itself, shared, not a copy; otherwise one pass into an array of the exact size.
  public var acceptedClaims: [Claim] {
    var count = 0
    for c in claims where c.status == .accepted { count += 1 }
    if count == claims.count { return claims }
    var out: [Claim] = []
    out.reserveCapacity(count)
    for c in claims where c.status == .accepted { out.append(c) }
    return out
  }

  /// Claims whose id starts with `prefix` (for short ids typed by users).
  public func claims(withIDPrefix prefix: String) -> [Claim] {
    if let exact = claim(ClaimID(rawValue: prefix)) { return [exact] }
    return claims.filter { $0.id.rawValue.hasPrefix(prefix) }
  }

  /// An event's body, decoded. Decoding is pure and independent per event, so it can run in parallel;
  /// applying is sequential.
  public enum Decoded: Sendable {
    case claimAdded(Claim)
    case claimStatus(ClaimID, ClaimStatus, note: String?)
    case claimEdited(Claim)
    case batchCommit(String)
    case article(ArticleRecord)
    case created
    case other
  }

  /// Decodes an event's body. Malformed bodies are reported with the field at fault.
  public static func decode(_ entry: LedgerEntry) throws(FieldError) -> Decoded {
    switch entry.type {
    case LedgerEventType.claimAdded:
      return .claimAdded(try decodeClaimBody(entry.body, key: "claim"))
    case LedgerEventType.batchCommit:
      return .batchCommit(try stringField(entry.body, "batch"))
    case LedgerEventType.claimStatus:
      let id = ClaimID(rawValue: try stringField(entry.body, "id"))
      let raw = try stringField(entry.body, "status")
      guard let status = ClaimStatus(rawValue: raw) else {
        throw FieldError(field: "body.status", "expected proposed, accepted or rejected, found \"\(raw)\"")
      }
      return .claimStatus(id, status, note: try? stringField(entry.body, "note"))
    case LedgerEventType.claimEdited:
      return .claimEdited(try decodeClaimBody(entry.body, key: "claim"))
    case LedgerEventType.articleStored:
      return .article(try ArticleRecord.decode(entry.body))
    case LedgerEventType.created:
      return .created
    default:
      return .other
    }
  }

  /// Applies one event (decoding it first).
  public mutating func apply(_ entry: LedgerEntry) throws(FieldError) {
    apply(entry, try Self.decode(entry))
  }

  /// Applies one event already decoded by ``decode(_:)``.
  public mutating func apply(_ entry: LedgerEntry, _ decoded: Decoded) {
    lastSeq = entry.seq
    if let txn = open?.txn {
      switch decoded {
      case .claimAdded where entry.txn == txn, .batchCommit(txn): break
      default: interruptOpenBatch()
      }
    }
    switch decoded {
    case .claimAdded(let claim):
      if let txn = entry.txn {
        if open == nil {
          if interrupted[txn] != nil {
            interrupted[txn]!.append(claim)
            return
          }
          var claims: [Claim] = []
          claims.reserveCapacity(max(16, batchCapacityHint))
          open = (txn, claims)
        }
        open!.claims.append(claim)
      } else {
        insert(claim)
      }
    case .batchCommit(let batch):
      if let o = open, o.txn == batch {
        open = nil
        batchCapacityHint = max(0, batchCapacityHint - o.claims.count)
        commit(o.claims)
      } else {
        commit(interrupted.removeValue(forKey: batch) ?? [])
      }
    case .claimStatus(let id, let status, let note):
      if let i = index[id] {
        claims[i].status = status
        if let note { claims[i].note = note }
      }
    case .claimEdited(let claim):
      if let i = index[claim.id] { claims[i] = claim }
    case .article(let record):
      articles[record.id] = record
    case .created:
      break
    case .other:
      otherEntries.append(entry)
    }
  }

  private mutating func interruptOpenBatch() {
    guard let o = open else { return }
    open = nil
    interrupted[o.txn, default: []].append(contentsOf: o.claims)
  }

  /// Adds a committed batch, keeping the first claim of each id.
  private mutating func commit(_ batch: [Claim]) {
    index.reserveCapacity(index.count + batch.count)
    var firstNew = claims.count
    var duplicate = false
    for claim in batch {
      if index[claim.id] != nil {
        duplicate = true
        break
      }
      index[claim.id] = firstNew
      firstNew += 1
    }
    if !duplicate {
      if claims.isEmpty { claims = batch } else { claims.append(contentsOf: batch) }
      return
    }
    // Rare: an id already seen (two imports racing). Undo and insert one by one.
    for claim in batch where index[claim.id].map({ $0 >= claims.count }) == true { index[claim.id] = nil }
    for claim in batch { insert(claim) }
  }

  private mutating func insert(_ claim: Claim) {
    guard index[claim.id] == nil else { return }
    index[claim.id] = claims.count
    claims.append(claim)
  }

  /// Decodes `{"<key>": {claim}}`.
  static func decodeClaimBody(_ body: [UInt8], key: StaticString) throws(FieldError) -> Claim {
    // Fast path: `{"claim":{…}}` exactly as contested writes it.
    let fast: Claim? = body.withUnsafeBytes { buf in
      let n = buf.count
      var s = CompactJSONScanner(buf)
      guard s.consume("{\""), s.consume(key), s.consume("\":"), n > 0, buf[n - 1] == 0x7D else { return nil }
      s = CompactJSONScanner(buf, from: s.position, to: n - 1)
      guard let claim = CompactClaim.read(&s, defaults: ClaimDefaults(origin: .manual, status: .proposed)),
        s.position == n - 1
      else { return nil }
      return claim
    }
    if let fast { return fast }
    var result: Result<Claim, FieldError>?
    body.withUnsafeBytes { buf in
      var c = JSONCursor(buf)
      do throws(JSONError) {
        try c.readObject { (c: inout JSONCursor, k: JSONKey) throws(JSONError) in
          guard c.key(k, is: key) else { return try c.skipValue() }
          do throws(FieldError) {
            result = .success(try Claim.readJSON(&c, defaults: ClaimDefaults(origin: .manual, status: .proposed)))
          } catch {
            result = .failure(error)
            try c.skipValue()
          }
        }
      } catch {
        result = .failure(FieldError(field: "body", "invalid JSON: \(error.message)"))
      }
    }
    switch result {
    case .success(let c): return c
    case .failure(let e): throw FieldError(field: "body.\(key).\(e.field)", e.message)
    case nil: throw FieldError(field: "body.\(key)", "missing")
    }
  }

  /// A top-level string field of a body.
  public static func stringField(_ body: [UInt8], _ name: String) throws(FieldError) -> String {
    var value: String?
    body.withUnsafeBytes { buf in
      var c = JSONCursor(buf)
      try? c.readObject { (c: inout JSONCursor, k: JSONKey) throws(JSONError) in
        if c.name(of: k) == name, (try? c.peekKind()) == .string {
          value = try c.readString()
        } else {
          try c.skipValue()
        }
      }
    }
    guard let value else { throw FieldError(field: "body.\(name)", "missing; expected a string") }
    return value
  }
}

/// An article stored in a workspace (its text lives in `articles/<id>.txt`).
public struct ArticleRecord: Sendable, Hashable {
  /// The content hash (SHA-256 hex of the text).
  public var id: ArticleID
  /// The outlet that published it.
  public var outlet: String?
  /// Its publication date.
  public var published: Day?
  /// Its address.
  public var url: String?
  /// Its title (first line), if known.
  public var title: String?
  /// Size of the text in bytes.
  public var byteCount: Int
  /// How many claims were proposed from it.
  public var claimCount: Int

  /// A record.
  public init(
    id: ArticleID, outlet: String? = nil, published: Day? = nil, url: String? = nil, title: String? = nil,
    byteCount: Int = 0, claimCount: Int = 0
  ) {
    self.id = id
    self.outlet = outlet
    self.published = published
    self.url = url
    self.title = title
    self.byteCount = byteCount
    self.claimCount = claimCount
  }

  /// The body of an `article.stored` event.
  public var jsonBody: [UInt8] {
    var w = JSONWriter()
    w.beginObject()
    w.key("id")
    w.string(id.rawValue)
    if let o = outlet {
      w.key("outlet")
      w.string(o)
    }
    if let p = published {
      w.key("published")
      w.string(p.iso)
    }
    if let u = url {
      w.key("url")
      w.string(u)
    }
    if let t = title {
      w.key("title")
      w.string(t)
    }
    w.key("bytes")
    w.int(byteCount)
    w.key("claims")
    w.int(claimCount)
    w.endObject()
    return w.bytes
  }

  static func decode(_ body: [UInt8]) throws(FieldError) -> ArticleRecord {
    var record = ArticleRecord(id: "")
    var failure: FieldError?
    body.withUnsafeBytes { buf in
      var c = JSONCursor(buf)
      do throws(JSONError) {
        try c.readObject { (c: inout JSONCursor, k: JSONKey) throws(JSONError) in
          if c.key(k, is: "id") {
            record.id = ArticleID(rawValue: try c.readString())
          } else if c.key(k, is: "outlet") {
            record.outlet = try c.readString()
          } else if c.key(k, is: "published") {
            record.published = Day(iso: try c.readString())
          } else if c.key(k, is: "url") {
            record.url = try c.readString()
          } else if c.key(k, is: "title") {
            record.title = try c.readString()
          } else if c.key(k, is: "bytes") {
            record.byteCount = try c.readInt()
          } else if c.key(k, is: "claims") {
            record.claimCount = try c.readInt()
          } else {
            try c.skipValue()
          }
        }
      } catch {
        failure = FieldError(field: "body", "invalid article record: \(error.message)")
      }
    }
    if let failure { throw failure }
    guard !record.id.rawValue.isEmpty else { throw FieldError(field: "body.id", "missing") }
    return record
  }
}
