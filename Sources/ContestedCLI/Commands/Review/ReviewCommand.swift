import ContestedKit
import ContestedStore
import Foundation

/// `contested review`: the fact-checker workflow on conflicts (docs/review.md).
struct ReviewCommand: Command {
  static let name = "review"
  static let abstract = "Review conflicts: the queue, assignment, verdicts, approval and the audit log."
  static let usage = "contested review <subcommand> [options]   (without a subcommand: the queue, as 'review list')"
  static let options: [OptionSpec] = ReviewListCommand.options
  static var subcommands: [any Command.Type] {
    [
      ReviewListCommand.self, ReviewShowCommand.self, ReviewAssignCommand.self, ReviewResolveCommand.self,
      ReviewUnresolvableCommand.self, ReviewReopenCommand.self, ReviewCommentCommand.self, ReviewApproveCommand.self,
      ReviewLogCommand.self,
    ]
  }
  static let discussion = """
    Conflicts go open → in review (assigned) → resolved or unresolvable; a new claim joining a decided conflict
    reopens it automatically. Every action records who (--reviewer or CONTESTED_REVIEWER) and when, and is based
    on the conflict version you read: if someone changed the conflict meanwhile, the action is refused and you
    are told what changed.
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try ReviewListCommand.run(args, in: context)
  }
}

/// Output formats of `review list` and `review log`.
enum ReviewListFormat: String, CaseIterable {
  case table, json
}

/// `contested review show ID`: both sides' claims and the history.
struct ReviewShowCommand: Command {
  static let name = "show"
  static let abstract = "One conflict: both sides' claims with quotes, sources and dates, the verdict and the history."
  static let usage = "contested review show ID [--format text|json]"
  static let options: [OptionSpec] = [.value("--format", valueName: "FORMAT", help: "text (default) or json.")]

  enum Format: String, CaseIterable { case text, json }

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    let typed = try args.positional(0, name: "conflict ID (see 'contested review list')")
    try args.expectPositionals(atMost: 1)
    let format = try args.choice("--format", of: Format.self, default: .text)
    let session = try ReviewSession.load(context)
    let c = try session.conflict(typed)
    let r = session.review(of: c)
    if format == .json {
      var w = JSONWriter()
      ReviewJSON.writeDetail(c, r, claims: session.claims, to: &w)
      context.io.out(w.string + "\n")
      return .ok
    }
    var out = "\(c.id)  \(c.kind.rawValue) at \(c.placeName), \(c.window.from.iso) – \(c.window.to.iso)\n"
    out += "priority \(c.priority.score) (\(c.priority.level)): \(c.priority.reasons.joined(separator: "; "))\n"
    var status = "status: \(r.phase.rawValue)"
    if let a = r.assignee { status += ", assigned to \(a)" }
    out += status + "; version \(r.version) (act with --expect-version \(r.version))\n"
    if !r.formerIDs.isEmpty { out += "formerly: \(r.formerIDs.map(\.rawValue).joined(separator: ", "))\n" }
    if let why = r.reopenReason, r.phase == .open { out += "\(why)\n" }
    for side in c.sides {
      out += "\n\(side.label):\n"
      for id in side.claims {
        guard let claim = session.claims[id] else { continue }
        out += "  " + ReviewText.claimLine(claim, ruling: r.verdict?.rulings[id]) + "\n"
        if let q = claim.evidence?.quote, !q.isEmpty { out += "      \u{201C}\(ReviewText.oneLine(q))\u{201D}\n" }
        let source = ReviewText.source(claim)
        if !source.isEmpty { out += "      \(source)\n" }
      }
    }
    out += EstimateSession.showText(for: c, in: session)
    if let v = r.verdict, let e = r.verdictEvent {
      out += "\nverdict (\(r.phase == .awaitingApproval ? "awaiting approval" : "final")) by \(e.by) at \(e.at):\n"
      out += "  held by \(v.heldBy), confidence \(v.confidence.rawValue)\n"
      out += "  rationale: \(ReviewText.oneLine(v.rationale))\n"
      for link in v.evidence { out += "  evidence: \(link)\n" }
      for a in r.approvals { out += "  approved by \(a.by) at \(a.at)\n" }
    } else if r.phase == .unresolvable, let n = r.unresolvableNote {
      out += "\nunresolvable: \(ReviewText.oneLine(n))\n"
    }
    out += "\nhistory:\n"
    if r.history.isEmpty { out += "  (no review actions yet)\n" }
    for h in r.history { out += "  \(h.at)  #\(h.seq)  \(ReviewText.oneLine(h.summary))\n" }
    context.show(out)
    return .ok
  }
}

/// `contested review log [ID]`: the audit trail.
struct ReviewLogCommand: Command {
  static let name = "log"
  static let abstract = "The audit trail: every review action (and automatic reopening) with who and when."
  static let usage = "contested review log [ID] [--format table|json]"
  static let options: [OptionSpec] = [.value("--format", valueName: "FORMAT", help: "table (default) or json.")]

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 1)
    let format = try args.choice("--format", of: ReviewListFormat.self, default: .table)
    let session = try ReviewSession.load(context)
    var items: [(ConflictID, ReviewHistoryItem)] = []
    if let typed = args.positionals.first {
      let norm = typed.uppercased().hasPrefix("C-") ? "C-" + typed.dropFirst(2).lowercased() : typed
      let orphan = session.ledger.book.events.filter { $0.conflict.rawValue == norm }
      if let c = try? session.conflict(typed) {
        items = session.review(of: c).history.map { (c.id, $0) }
      } else if !orphan.isEmpty {
        let gone = ConflictID(rawValue: norm)
        let r = ReviewBook.review(
          of: gone, claims: [], events: orphan, stamps: [:], requireApproval: session.settings.requireApproval)
        items = r.history.map { (gone, $0) }
      } else {
        _ = try session.conflict(typed)
      }
    } else {
      // Every review event, plus the automatic reopenings of current conflicts, in ledger order.
      for e in session.ledger.book.events {
        items.append((e.conflict, ReviewHistoryItem(e)))
      }
      for c in session.conflicts {
        for h in session.review(of: c).history where h.kind == .reopenedAutomatically { items.append((c.id, h)) }
      }
      items.sort { $0.1.seq < $1.1.seq }
    }
    switch format {
    case .table:
      if items.isEmpty {
        context.show("No review actions yet.\n")
        return .ok
      }
      var out = ""
      for (id, h) in items {
        out +=
          "\(h.at)  #\(h.seq)  \(id)  \(h.by ?? "-")  \(h.action?.rawValue ?? h.kind.rawValue)  \(ReviewText.oneLine(h.summary))\n"
      }
      context.show(out)
    case .json:
      var w = JSONWriter()
      w.beginArray()
      for (id, h) in items {
        w.beginObject()
        w.key("seq")
        w.int(h.seq)
        w.key("at")
        w.string(h.at)
        if let by = h.by {
          w.key("by")
          w.string(by)
        }
        w.key("conflict")
        w.string(id.rawValue)
        w.key("kind")
        w.string(h.kind.rawValue)
        if let a = h.action {
          w.key("action")
          w.string(a.rawValue)
        }
        if let c = h.claim {
          w.key("claim")
          w.string(c.rawValue)
        }
        w.key("summary")
        w.string(h.summary)
        w.endObject()
      }
      w.endArray()
      context.io.out(w.string + "\n")
    }
    return .ok
  }
}

/// Text helpers for review output.
enum ReviewText {
  /// One value on one line, safe for a terminal (``TerminalText/oneLine(_:)``).
  static func oneLine(_ s: String) -> String { TerminalText.oneLine(s) }

  /// "c-… Russian media [russian-media]: government captured Jabal al-Turkman, 2016-06-16 (8, all villages)".
  static func claimLine(_ c: Claim, ruling: ClaimRuling?) -> String {
    var s = "\(c.id)  \(oneLine(c.claimant.name))"
    if let g = c.claimant.group { s += " [\(g)]" }
    s += ": \(c.stance == .denies ? "denies " : "")\(c.controller.side) \(c.event.rawValue) \(oneLine(c.place.text))"
    if let w = c.when { s += ", \(w.description)" }
    if let q = c.quantity {
      var parts: [String] = []
      if let n = q.count { parts.append("\(n)") }
      if q.isAll { parts.append("all") }
      if let u = q.unit { parts.append(u) }
      if !parts.isEmpty { s += " (\(parts.joined(separator: " ")))" }
    }
    if let ruling { s += "  → \(ruling.rawValue.uppercased())" }
    return s
  }

  /// "reported by Daily Sabah, published 2016-06-18, https://…, via Anadolu".
  static func source(_ c: Claim) -> String {
    var parts: [String] = []
    if let o = c.reportedBy.outlet { parts.append("reported by \(oneLine(o))") }
    if let p = c.reportedBy.published { parts.append("published \(p.iso)") }
    if let u = c.reportedBy.url { parts.append(u) }
    if !c.reportedBy.chain.isEmpty { parts.append("via \(c.reportedBy.chain.joined(separator: " ← "))") }
    return parts.joined(separator: ", ")
  }

  /// A one-line summary of an event (as in a conflict's history).
  static func eventSummary(_ e: ReviewEvent) -> String { ConflictReview.summary(of: e) }
}

/// JSON forms of reviews.
enum ReviewJSON {
  /// One conflict of `review list --format json`; `extra` writes further keys after `priority`.
  static func writeSummary(
    _ c: Conflict, _ r: ConflictReview, to w: inout JSONWriter, extra: (inout JSONWriter) -> Void = { _ in }
  ) {
    w.beginObject()
    w.key("id")
    w.string(c.id.rawValue)
    w.key("status")
    w.string(r.phase.rawValue)
    w.key("version")
    w.int(r.version)
    w.key("priority")
    w.int(c.priority.score)
    extra(&w)
    w.key("kind")
    w.string(c.kind.rawValue)
    w.key("place")
    w.string(c.placeName)
    if let a = r.assignee {
      w.key("assignee")
      w.string(a)
    } else {
      w.key("assignee")
      w.null()
    }
    w.key("claims")
    w.beginArray()
    for id in c.claims { w.string(id.rawValue) }
    w.endArray()
    w.endObject()
  }

  /// `review show --format json`.
  static func writeDetail(_ c: Conflict, _ r: ConflictReview, claims: [ClaimID: Claim], to w: inout JSONWriter) {
    w.beginObject()
    w.key("id")
    w.string(c.id.rawValue)
    w.key("status")
    w.string(r.phase.rawValue)
    w.key("version")
    w.int(r.version)
    if let a = r.assignee {
      w.key("assignee")
      w.string(a)
    }
    if let why = r.reopenReason {
      w.key("reopen_reason")
      w.string(why)
    }
    w.key("claims")
    w.beginArray()
    for id in c.claims {
      if let claim = claims[id] { claim.writeJSON(to: &w) }
    }
    w.endArray()
    if let v = r.verdict, let e = r.verdictEvent {
      w.key("verdict")
      v.write(to: &w)
      w.key("verdict_by")
      w.string(e.by)
      w.key("verdict_at")
      w.string(e.at)
      w.key("approved_by")
      w.beginArray()
      for a in r.approvals { w.string(a.by) }
      w.endArray()
    }
    w.key("history")
    w.beginArray()
    for h in r.history {
      w.beginObject()
      w.key("seq")
      w.int(h.seq)
      w.key("at")
      w.string(h.at)
      if let by = h.by {
        w.key("by")
        w.string(by)
      }
      w.key("kind")
      w.string(h.kind.rawValue)
      if let a = h.action {
        w.key("action")
        w.string(a.rawValue)
      }
      w.key("summary")
      w.string(h.summary)
      w.endObject()
    }
    w.endArray()
    w.endObject()
  }
}
