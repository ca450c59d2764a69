/// The closed word lists the claim rules share (lower-case forms).
enum RuleWords {
  static let speech: Set<String> = [
    "said", "says", "say", "saying", "told", "tells", "tell", "reported", "reports", "report", "stated", "claimed",
    "claims", "claim", "claiming", "announced", "announces", "announce", "confirmed", "confirms", "added", "insisted",
    "insists", "wrote", "tweeted", "posted", "declared", "declares", "acknowledged", "admitted", "asserted", "noted",
    "explained", "alleged", "boasted", "quoted",
  ]
  static let denial: Set<String> = [
    "denied", "denies", "deny", "denying", "dismissed", "dismisses", "dismiss", "rejected", "rejects", "reject",
    "rejecting", "refuted", "refutes", "refute",
  ]
  static let claimNouns: Set<String> = ["claim", "claims", "report", "reports", "assertion", "allegation", "rumours"]
  static let negation: Set<String> = ["not", "never", "n't", "no"]
  static let modals: Set<String> = [
    "could", "would", "may", "might", "will", "should", "can", "must", "'ll", "wo", "shall", "ca",
  ]
  static let attempts: Set<String> = [
    "try", "tried", "tries", "trying", "attempt", "attempted", "attempts", "attempting", "plan", "planned",
    "plans", "planning", "aim", "aimed", "aims", "aiming", "seek", "sought", "seeks", "seeking", "want", "wanted",
    "wants", "threaten", "threatened", "threatens", "threatening", "hope", "hoped", "hopes", "vow", "vowed", "vows",
    "intend", "intended", "intends", "prepare", "prepared", "prepares", "preparing", "fail", "failed", "fails",
    "push", "pushing", "struggle", "struggled", "bid", "effort", "efforts", "order", "ordered", "urged", "called",
  ]
  static let conditions: Set<String> = ["if", "unless", "whether", "once", "should"]
  static let announce: Set<String> = [
    "announced", "announces", "announce", "declared", "declares", "declare", "proclaimed", "proclaims", "claimed",
    "claims", "confirmed", "confirms", "celebrated", "celebrates", "hailed", "hails", "reported", "reports",
  ]
  static let pronouns: Set<String> = ["it", "they", "we", "its", "their", "our", "he", "she", "i", "us", "them"]
  static let relativePronouns: Set<String> = ["which", "that", "who", "whom", "where"]
  static let falsity: Set<String> = [
    "false", "untrue", "baseless", "lie", "lies", "fabricated", "fabrication", "nonsense", "fake", "groundless",
    "incorrect", "wrong",
  ]
  static let citing: Set<String> = ["citing", "quoting", "cited", "quoted"]
  static let attackNouns: Set<String> = ["attack", "attacks", "assault", "offensive", "advance", "push", "raid"]
}
