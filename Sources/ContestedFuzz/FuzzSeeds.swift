import ContestedKit

/// Small valid inputs per entry point: the fuzzer's starting corpus and the seeded mutation test's seeds.
public enum FuzzSeeds {
  /// The seeds of the entry point called `name`.
  public static func seeds(for name: String) -> [[UInt8]] {
    switch name {
    case "claim-json": return claimJSON.map { Array($0.utf8) }
    case "csv": return csv.map { Array($0.utf8) }
    case "ledger-line": return ledgerLines
    case "check": return check.map { Array($0.utf8) }
    case "extract": return extract.map { Array($0.utf8) }
    case "conllu": return conllu.map { Array($0.utf8) }
    case "news-tokens":
      return extract.map { Array($0.utf8) } + [Array("Gen. Smith's men didn't go to the U.S. -- ok...".utf8)]
    default: return []
    }
  }

  static let conllu = [
    "# text = Rebels took it.\n1-2\tRebels'd\t_\t_\t_\t_\t_\t_\t_\t_\n1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
      + "2\ttook\ttake\tVERB\tVBD\t_\t0\troot\t_\t_\n2.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n3\tit\tit\tPRON\tPRP\t_\t2\tobj\t_\tSpaceAfter=No\n\n"
  ]

  static let claimJSON = [
    #"{"id":"c1","claimant":{"name":"SOHR","side":"monitor"},"place":{"id":"gn:167863","text":"Kansaba"},"controller":{"side":"opposition"},"stance":"asserts","event":"captured","when":{"from":"2016-07-01","to":"2016-07-02"},"evidence":{"quote":"fighters took \"Kansaba\"","range":[3,9]},"origin":"imported","status":"accepted"}"#
      + "\n",
    #"{"id":"c1","claimant":"s1","place":"p1","controller":"government","stance":"asserts","from":"2016-01-21","to":"2016-01-23"}"#
      + "\n"
      + #"{"id":"c2","claimant":"s2","place":"p1","controller":"isis","stance":"denies","from":"2016-01-22","to":"2016-01-22"}"#
      + "\n",
    #"{"id":"c\u00e9","claimant":"=cmd|' /C calc'!A0","place":"\u202eKansaba","controller":"sdf","quantity":{"count":3,"unit":"villages"}}"#
      + "\n",
  ]

  static let csv = [
    "id,claimant,place,controller,from,to,quote\nc1,SOHR,Kansaba,opposition,2016-07-01,2016-07-02,\"took \"\"it\"\", then\nleft\"\n",
    "claimant,place,controller,stance\r\n=SUM(A1),+Saraqib,-government,denies\r\n@x,\"a,b\",isis,asserts\r\n",
    "\u{FEFF}claimant,place,controller,note\nSANA,Idlib,government,'=kept\n",
  ]

  static let check = [
    #"{"id":"a","claimant":"x","place":"p","controller":"government","stance":"asserts","from":"2016-01-01","to":"2016-01-05"}"#
      + "\n"
      + #"{"id":"b","claimant":"y","place":"p","controller":"isis","stance":"asserts","from":"2016-01-03","to":"2016-01-09"}"#
      + "\n\n"
      + #"{"to":"2016-01-04","from":"2016-01-04","stance":"denies","controller":"government","place":"p","claimant":"z","id":"c\u0041"}"#
      + "\n"
  ]

  static let extract = [
    "Rebels seize Kansaba\nSyrian opposition fighters captured the village of Kansaba in Latakia on Friday, the Syrian Observatory for Human Rights said.",
    "Government forces regained control of Saraqib on 8 February 2016, state news agency SANA reported. The opposition denied losing the town.",
  ]

  static var ledgerLines: [[UInt8]] {
    var claim = Claim(
      id: "c1", claimant: Claimant(name: "SOHR"), place: PlaceRef(text: "Kansaba"),
      controller: ControllerRef(side: .opposition), origin: .manual, status: .accepted)
    claim.stance = .asserts
    var w = JSONWriter()
    w.beginObject()
    w.key("claim")
    claim.writeJSON(to: &w)
    w.endObject()
    let added = LedgerEntry(seq: 2, at: "2026-11-22T10:00:00Z", by: "amal", type: "claim.added", body: w.bytes)
    let created = LedgerEntry(
      seq: 1, at: "2026-11-22T10:00:00Z", type: "ledger.created", body: Array(#"{"schema":1,"tool":"contested"}"#.utf8))
    let (first, sum) = LedgerLine.encode(created, prev: LedgerLine.genesis)
    let (second, _) = LedgerLine.encode(added, prev: sum)
    var commit = LedgerEntry(
      seq: 3, at: "2026-11-22T10:00:00Z", type: "batch.commit", body: Array(#"{"batch":"b-1","count":1}"#.utf8))
    commit.txn = nil
    return [first, second, LedgerLine.encode(commit, prev: sum).line]
  }
}
