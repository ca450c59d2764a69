/// Treebank sentences turned into what the trainers read: word features, tag and label indices, heads.
public struct TrainingData {
  /// The 17 UPOS tags of Universal Dependencies v2.
  public static let upos = [
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ",
    "SYM", "VERB", "X",
  ]

  /// The sentences' word features.
  public var words: [[WordInfo]]
  /// Gold tag indices.
  public var tags: [[UInt8]]
  /// Gold heads, index 0 unused.
  public var heads: [[Int32]]
  /// Gold label indices, index 0 unused.
  public var labels: [[UInt8]]

  /// The relations of `sentences`, sorted (always including `root` and `dep`).
  public static func relations(_ sentences: [CoNLLUSentence]) -> [String] {
    var set: Set<String> = ["root", "dep"]
    for s in sentences { for w in s.words where w.deprel != "_" { set.insert(w.deprel) } }
    return set.sorted()
  }

  /// Converts `sentences`; unknown tags become X and unknown relations `dep`.
  public init(_ sentences: [CoNLLUSentence], relations: [String]) {
    let tagIndex = Dictionary(uniqueKeysWithValues: Self.upos.enumerated().map { ($1, UInt8($0)) })
    let relIndex = Dictionary(uniqueKeysWithValues: relations.enumerated().map { ($1, UInt8($0)) })
    let x = tagIndex["X"]!
    let dep = relIndex["dep"] ?? 0
    words = sentences.map { $0.words.map { WordInfo($0.form) } }
    tags = sentences.map { $0.words.map { tagIndex[$0.upos] ?? x } }
    heads = sentences.map { [0] + $0.words.map { Int32(max(0, $0.head)) } }
    labels = sentences.map { [0] + $0.words.map { relIndex[$0.deprel] ?? dep } }
  }

  /// The tagger's training pairs for the sentences at `indices`.
  func tagged(_ indices: [Int]) -> [(words: [WordInfo], tags: [UInt8])] {
    indices.map { (words[$0], tags[$0]) }
  }
}
