import ContestedKit
import ContestedStore
import Foundation

/// What `digest` and `export` read: the review session (claims, conflicts with review status, reviews), the
/// workspace gazetteer and settings, turned into the pure renderers' inputs.
struct OutputSession {
  /// The review session (`contested report` / `review` see the same conflicts).
  var session: ReviewSession
  /// The workspace gazetteer (bundled + places.tsv).
  var gazetteer: Gazetteer

  /// Loads the workspace the command points at.
  static func load(_ context: CommandContext) throws -> OutputSession {
    let session = try ReviewSession.load(context)
    let gazetteer = try GazetteerStore(workspace: session.workspace).loadGazetteer()
    return OutputSession(session: session, gazetteer: gazetteer)
  }

  /// Every claim in ledger order.
  var claims: [Claim] { session.ledger.workspace.claims }

  /// The decision on each conflict: verdict in force, or the unresolvable note.
  var decisions: [ConflictID: ConflictDecision] {
    var out: [ConflictID: ConflictDecision] = [:]
    for c in session.conflicts {
      guard let r = session.reviews[c.id] else { continue }
      var d = ConflictDecision(conflict: c.id, status: r.status)
      if r.status == .resolved, let v = r.verdict {
        d.verdict = v
        d.reviewer = r.verdictEvent?.by
        d.at = r.verdictEvent?.at
      } else if r.status == .unresolvable {
        let e = r.events.last { $0.action == .unresolvable }
        d.reviewer = e?.by
        d.at = e?.at
        d.note = r.unresolvableNote
      }
      out[c.id] = d
    }
    return out
  }

  /// Gazetteer names for the conflicts' place keys that the gazetteer knows.
  var placeNames: [PlaceID: String] {
    var out: [PlaceID: String] = [:]
    for c in session.conflicts where out[c.place] == nil {
      if let p = gazetteer.place(id: c.place) { out[c.place] = p.name }
    }
    return out
  }

  /// The track record of every claimant from the final verdicts.
  var trackRecord: [TrackRecord] {
    TrackRecord.compute(claims: claims, rulings: TrackRecord.rulings(from: session.reviews.values))
  }

  /// The digest for a period, listing at most `limit` open conflicts (nil: all): with the stored articles, the
  /// estimator's reading of each conflict (``EstimateSession``) and the gazetteer coordinates of their places.
  func digest(since: Day?, until: Day?, limit: Int? = Digest.defaultLimit, context: CommandContext) -> Digest {
    context.progress("estimating who held each place (\(Plural.count(claims.count, "claim")))…")
    let assessed = EstimateSession.cells(for: session.conflicts, in: EstimateSession.estimate(session))
    context.progressDone()
    return Digest(
      claims: claims, conflicts: session.conflicts, decisions: decisions, trackRecord: trackRecord,
      placeNames: placeNames, articles: session.ledger.workspace.articles, assessed: assessed,
      coordinates: coordinates, limit: limit, since: since, until: until, generatedAt: context.timestamp,
      toolVersion: context.toolVersion)
  }

  /// Gazetteer coordinates of the conflicts' places that have them.
  var coordinates: [PlaceID: Digest.Coordinate] {
    var out: [PlaceID: Digest.Coordinate] = [:]
    for c in session.conflicts where out[c.place] == nil {
      if let p = gazetteer.place(id: c.place), let lat = p.latitude, let lon = p.longitude {
        out[c.place] = Digest.Coordinate(latitude: lat, longitude: lon)
      }
    }
    return out
  }

  /// Writes `text` to `--out FILE` atomically (and says where on stderr), or to stdout. The file may not be one of
  /// a workspace's own files or one of `inputs` (``OutputTarget``); an existing file keeps its permissions.
  static func emit(_ text: String, out: String?, context: CommandContext, what: String, inputs: [String] = [])
    throws
  {
    guard let out else {
      context.io.out(text)
      return
    }
    let path = context.resolvePath(out)
    try OutputTarget.check(path, name: out, inputs: inputs)
    do {
      try FileIO.writeAtomically(Array(text.utf8), to: path)
    } catch {
      throw CLIError.io(
        "\(out): cannot write the \(what): \((error as? any LocalizedError)?.errorDescription ?? "\(error)")"
      )
    }
    context.io.err("Wrote the \(what) to \(path).\n")
  }
}
