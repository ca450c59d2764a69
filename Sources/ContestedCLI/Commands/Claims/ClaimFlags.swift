import ContestedKit
import ContestedStore
import Foundation

/// The claim fields as command-line flags, shared by `add` and `claims edit`.
enum ClaimFlags {
  static let options: [OptionSpec] = [
    .value("--claimant", valueName: "NAME", help: "Who makes the claim (a person, office, outlet or monitor)."),
    .value("--claimant-side", valueName: "SIDE", help: "The claimant's side (government, opposition, media, …)."),
    .value("--claimant-group", valueName: "GROUP", help: "Independence group: claimants in one group are one voice."),
    .value("--place", valueName: "NAME", help: "The place as written; resolved through the gazetteer."),
    .value(
      "--place-id", valueName: "ID", help: "The canonical place id, when you know it (see 'contested places search')."),
    .value("--region", valueName: "ID", help: "The region the place lies in."),
    .value(
      "--controller", valueName: "SIDE", help: "The side the claim is about (government, opposition, kurdish, isis, …)."
    ),
    .value("--controller-name", valueName: "NAME", help: "The force as named (\"Shiite militias\")."),
    .value("--stance", valueName: "STANCE", help: "asserts (default) or denies."),
    .value(
      "--event", valueName: "EVENT",
      help: "captured, recaptured, holds (default), lost, withdrew, repelled-attack, contested."),
    .value("--when", valueName: "DATE[/DATE]", help: "The day, or an inclusive range of days, of the event or state."),
    .value("--precision", valueName: "P", help: "part-of-day, day, week, month or range (default: day or range)."),
    .value(
      "--part-of-day", valueName: "PART", help: "For part-of-day precision: morning, afternoon, evening, night, late…"),
    .value("--quantity", valueName: "N", help: "For aggregates: how many places (\"eight villages\")."),
    .flag("--all", help: "For aggregates: all places of the kind (\"all Turkmen villages\")."),
    .value("--unit", valueName: "WHAT", help: "For aggregates: what is counted (villages)."),
    .value("--quote", valueName: "TEXT", help: "The verbatim evidence."),
    .value("--article", valueName: "ID", help: "The stored article the quote comes from."),
    .value("--outlet", valueName: "NAME", help: "The outlet that carried the claim."),
    .value("--url", valueName: "URL", help: "The article's address."),
    .value("--published", valueName: "DATE", help: "The article's publication date."),
    .value(
      "--via", valueName: "NAME", help: "An attribution step (\"Anadolu\" in \"Daily Sabah citing Anadolu\").",
      repeatable: true),
    .value("--note", valueName: "TEXT", help: "A free-text note."),
  ]

  /// Applies the given flags to `claim`, collecting warnings for names kept as given.
  static func apply(
    _ args: ParsedArguments, to claim: inout Claim, warnings: inout [String], gazetteer: Gazetteer?,
    factions: FactionRegistry?
  ) throws {
    let resolver = NameResolver(gazetteer: gazetteer, sides: KnownValue.sides(factions))
    if let v = args.value("--claimant") { claim.claimant.name = try nonEmpty(v, "--claimant") }
    if let v = args.value("--claimant-side") { claim.claimant.side = try resolver.side(v, option: "--claimant-side") }
    if let v = args.value("--claimant-group") { claim.claimant.group = v }
    if args.value("--place") != nil || args.value("--place-id") != nil || args.value("--region") != nil {
      let text = args.value("--place") ?? args.value("--place-id") ?? claim.place.text
      let (place, w) = resolver.place(
        try nonEmpty(text, "--place"), id: args.value("--place-id"),
        region: args.value("--region") ?? claim.place.region?.rawValue)
      claim.place = place
      if let w { warnings.append(w) }
    }
    if let v = args.value("--controller") {
      claim.controller.side = try resolver.side(try nonEmpty(v, "--controller"), option: "--controller")
    }
    if let v = args.value("--controller-name") { claim.controller.name = v }
    claim.stance = try args.choice("--stance", of: Stance.self, default: claim.stance)
    if let e = args.value("--event") {
      let event = ControlEvent(rawValue: e)
      if let problem = KnownValue.problem(e, among: ControlEvent.allKnown.map(\.rawValue), what: "event") {
        throw CLIError.usage("--event: \(problem)")
      }
      claim.event = event
    }
    if let w = args.value("--when") {
      guard var span = TimeSpan(parsing: w) else {
        throw CLIError.usage("--when: '\(w)' is not a date; expected YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD (from <= to).")
      }
      if let p = args.value("--precision") {
        guard let precision = DatePrecision(rawValue: p) else {
          throw CLIError.usage(
            "--precision: "
              + (KnownValue.problem(p, among: DatePrecision.allCases.map(\.rawValue), what: "precision") ?? ""))
        }
        span.precision = precision
      }
      span.partOfDay = args.value("--part-of-day")
      claim.when = span
    } else if args.value("--precision") != nil || args.value("--part-of-day") != nil {
      throw CLIError.usage("--precision and --part-of-day need --when.")
    }
    let count = try args.integer("--quantity", in: 0...1_000_000)
    if count != nil || args.flag("--all") || args.value("--unit") != nil {
      var q = claim.quantity ?? Quantity()
      if let count { q.count = count }
      if args.flag("--all") { q.isAll = true }
      if let u = args.value("--unit") { q.unit = u }
      claim.quantity = q
    }
    if let q = args.value("--quote") {
      claim.evidence = Evidence(quote: q, article: args.value("--article").map(ArticleID.init(rawValue:)), range: nil)
    } else if let a = args.value("--article") {
      claim.evidence = Evidence(
        quote: claim.evidence?.quote ?? "", article: ArticleID(rawValue: a), range: claim.evidence?.range)
    }
    if let o = args.value("--outlet") { claim.reportedBy.outlet = o }
    if let u = args.value("--url") { claim.reportedBy.url = u }
    if let p = try args.day("--published") { claim.reportedBy.published = p }
    if let a = args.value("--article") { claim.reportedBy.article = ArticleID(rawValue: a) }
    if !args.values("--via").isEmpty { claim.reportedBy.chain = args.values("--via") }
    if let n = args.value("--note") { claim.note = n }
  }

  static func nonEmpty(_ v: String, _ name: String) throws -> String {
    guard !v.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      throw CLIError.usage("\(name) must not be empty.")
    }
    return v
  }

  /// The body of a `claim.added` / `claim.edited` event.
  static func body(_ claim: Claim, id: ClaimID? = nil) -> [UInt8] {
    var w = JSONWriter()
    w.beginObject()
    if let id {
      w.key("id")
      w.string(id.rawValue)
    }
    w.key("claim")
    claim.writeJSON(to: &w)
    w.endObject()
    return w.bytes
  }
}
