/// The rules of conflict ids as data (#16 item 7): each with ledgers (claims in ledger order, `ConflictRule.claim`
/// form) where the ids a prefix showed must carry over, and ledgers where they must not. A claim written `!A|…` is
/// in when the ids are shown and rejected afterwards (a split). One parameterised test (`ConflictRuleTests`) runs
/// them.
public struct ConflictIDRule: Sendable {
  /// What happens to the ids the first `shown` claims produced, once every claim is in.
  public enum Outcome: String, Sendable {
    /// The same conflict, same id.
    case sameID
    /// Merged: the id is a former id of the conflict that absorbed it.
    case formerID
    /// Still its own conflict, and no other conflict claims the id.
    case separate
  }

  public var name: String
  public var rule: String
  /// (claims in ledger order, how many were in when the ids were shown, what must hold).
  public var examples: [(claims: [String], shown: Int, outcome: Outcome)]

  /// The rules.
  public static let all: [ConflictIDRule] = [
    ConflictIDRule(
      name: "a joining claim keeps the id",
      rule: "The founding pair is the first in ledger order; a later claim cannot replace it.",
      examples: [
        (
          [
            "A|government|asserts|holds|Salma|2020-01-05", "B|opposition|asserts|holds|Salma|2020-01-05",
            "C|opposition|asserts|captured|Salma|2020-01-05",
          ], 2, .sameID
        ),
        (
          [
            "A|government|asserts|holds|Salma|2020-01-05", "B|opposition|asserts|holds|Salma|2020-01-05",
            "C|opposition|asserts|holds|Rabia|2020-01-05", "D|government|asserts|holds|Rabia|2020-01-05",
          ], 2, .separate
        ),
      ]),
    ConflictIDRule(
      name: "a merge keeps the older id and absorbs the other",
      rule: "A claim that links two conflicts merges them; the absorbed id resolves to the merged conflict.",
      examples: [
        (
          [
            "A|government|asserts|holds|Salma|2020-01-05", "B|opposition|asserts|holds|Salma|2020-01-05",
            "C|government|asserts|holds|Salma|2020-02-10", "D|isis|asserts|holds|Salma|2020-02-10",
            "E|kurdish|asserts|holds|Salma|2020-01-05/2020-02-10",
          ], 4, .formerID
        ),
        (
          [
            "A|government|asserts|holds|Salma|2020-01-05", "B|opposition|asserts|holds|Salma|2020-01-05",
            "C|government|asserts|holds|Salma|2020-02-10", "D|isis|asserts|holds|Salma|2020-02-10",
            "E|kurdish|asserts|holds|Salma|2020-03-20",
          ], 4, .separate
        ),
      ]),
    ConflictIDRule(
      name: "a split keeps the id on the part holding the founding pair",
      rule:
        "When the claim that linked two parts leaves (rejected), the part with the founding pair keeps the id and the"
        + " other part gets back its own; review history under an id no conflict holds follows the one sharing the"
        + " most claims with it.",
      examples: [
        (
          [
            "A|government|asserts|holds|Salma|2020-01-05", "B|opposition|asserts|holds|Salma|2020-01-05",
            "C|government|asserts|holds|Salma|2020-02-10", "D|isis|asserts|holds|Salma|2020-02-10",
            "!E|kurdish|asserts|holds|Salma|2020-01-05/2020-02-10",
          ], 5, .sameID
        ),
        (
          [
            "A|government|asserts|holds|Salma|2020-01-05", "B|opposition|asserts|holds|Salma|2020-01-05",
            "C|government|asserts|holds|Salma|2020-02-10", "D|isis|asserts|holds|Salma|2020-02-10",
            "!E|kurdish|asserts|holds|Salma|2020-03-20",
          ], 4, .separate
        ),
      ]),
  ]
}
