/// One rule that reads an extent from a place's text: word patterns before or after the head place, with examples
/// that must (and must not) trigger it. `ExtentRule.all` is the table `PlaceReading` applies, in order; one
/// parameterised test runs every rule's examples.
public struct ExtentRule: Sendable {
  /// Where the pattern sits relative to the head place.
  public enum Position: Sendable {
    /// Before the head: "part of X", "the outskirts of X". A pattern may also stand alone ("pockets").
    case leading
    /// After the head: "X outskirts", "X's city centre".
    case trailing
  }

  /// A short name for reports and tests.
  public var name: String
  public var position: Position
  /// Word sequences, lower-case; `#` is a number ("90", "90%"), `*` a direction ("northern", "east").
  public var patterns: [[String]]
  public var kind: Extent.Kind
  /// A majority without a number ("most of").
  public var most: Bool
  /// A share the words themselves state ("half of" → 50).
  public var share: Int?
  /// Texts this rule must read, with the head place and extent expected ("head|kind[|share]").
  public var triggers: [String: String]
  /// Texts this rule must not read (another rule, or none, applies).
  public var nonTriggers: [String]

  init(
    _ name: String, _ position: Position, _ patterns: [[String]], _ kind: Extent.Kind, most: Bool = false,
    share: Int? = nil, triggers: [String: String], nonTriggers: [String]
  ) {
    self.name = name
    self.position = position
    self.patterns = patterns
    self.kind = kind
    self.most = most
    self.share = share
    self.triggers = triggers
    self.nonTriggers = nonTriggers
  }

  /// Words that may precede a stated share ("nearly 90% of").
  static let shareModifiers: Set<String> = [
    "nearly", "almost", "about", "around", "roughly", "some", "over", "approximately", "at", "least", "more",
    "than", "up", "to", "just", "under",
  ]
  /// Quantifiers skipped before a pattern ("several areas near X").
  static let quantifiers: Set<String> = ["several", "some", "many", "few", "various", "vast", "certain"]
  /// Directions for "the northern districts of X", "X's eastern part".
  static let directions: Set<String> = [
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeastern",
    "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
    "south-western", "central",
  ]

  /// The rules, in the order they are tried.
  public static let all: [ExtentRule] = [
    ExtentRule(
      "stated share", .leading,
      [["#", "of"], ["#", "percent", "of"], ["#", "per", "cent", "of"], ["#", "%", "of"]],
      .part,
      triggers: [
        "nearly 90% of Kupiansk": "Kupiansk|part|90", "80 percent of Debaltseve": "Debaltseve|part|80",
        "at least 70 per cent of Daraa": "Daraa|part|70",
      ], nonTriggers: ["90 villages", "Kupiansk"]),
    ExtentRule(
      "half", .leading, [["half", "of"]], .part, share: 50, triggers: ["half of Aleppo": "Aleppo|part|50"],
      nonTriggers: ["Aleppo"]),
    ExtentRule(
      "majority", .leading,
      [
        ["most", "of"], ["much", "of"], ["bulk", "of"], ["majority", "of"], ["almost", "all", "of"],
        ["nearly", "all", "of"], ["large", "parts", "of"], ["large", "sections", "of"], ["most"],
      ], .part, most: true,
      triggers: ["most of the district": "district|part", "much of Raqqa": "Raqqa|part"],
      nonTriggers: ["Mostar", "all of Raqqa"]),
    ExtentRule(
      "part", .leading,
      [
        ["part", "of"], ["parts", "of"], ["large", "section", "of"], ["large", "part", "of"], ["portion", "of"],
        ["portions", "of"], ["some", "parts", "of"],
        ["areas", "of"], ["some", "areas", "of"], ["sections", "of"], ["section", "of"], ["pockets", "of"],
        ["pockets", "in"], ["pockets"], ["parts"], ["neighbourhoods", "of"], ["neighborhoods", "of"],
        ["districts", "of"], ["*", "part", "of"], ["*", "parts", "of"], ["*", "side", "of"], ["*", "districts", "of"],
        ["*", "neighbourhoods", "of"], ["*", "neighborhoods", "of"], ["*", "sections", "of"], ["*", "quarters", "of"],
      ], .part,
      triggers: [
        "portions of the town": "town|part", "the northern districts of Homs": "Homs|part",
        "part of Gharyan": "Gharyan|part", "pockets": "|part",
      ], nonTriggers: ["Partala", "the eastern city of Deir ez-Zour"]),
    ExtentRule(
      "part (after)", .trailing, [["*", "districts"], ["*", "part"], ["*", "parts"], ["*", "neighbourhoods"]], .part,
      triggers: ["the town's northern districts": "town|part", "Homs' eastern part": "Homs|part"],
      nonTriggers: ["Homs districts"]),
    ExtentRule(
      "whole", .leading,
      [["all", "of"], ["whole", "of"], ["whole"], ["entire"], ["entirety", "of"], ["territory", "of"]],
      .whole,
      triggers: ["all of Raqqa": "Raqqa|whole", "the entire city": "city|whole"],
      nonTriggers: ["all Turkmen villages", "Raqqa"]),
    ExtentRule(
      "centre", .leading,
      [
        ["centre", "of"], ["center", "of"], ["city", "centre", "of"], ["heart", "of"], ["downtown"],
        ["centre"], ["center"], ["city", "centre"], ["city", "center"],
      ], .centre,
      triggers: ["the centre of Kobani": "Kobani|centre", "downtown Homs": "Homs|centre"],
      nonTriggers: ["Centreville"]),
    ExtentRule(
      "centre (after)", .trailing, [["city", "centre"], ["city", "center"], ["centre"], ["center"], ["downtown"]],
      .centre,
      triggers: ["Deir ez-Zour's city center": "Deir ez-Zour|centre", "Kobani centre": "Kobani|centre"],
      nonTriggers: ["Kobani"]),
    ExtentRule(
      "outskirts", .leading,
      [
        ["outskirts", "of"], ["edges", "of"], ["edge", "of"], ["fringes", "of"], ["periphery", "of"], ["outskirts"],
        ["*", "outskirts", "of"],
      ], .outskirts,
      triggers: ["the outskirts of Lashio": "Lashio|outskirts", "the eastern outskirts of Kobani": "Kobani|outskirts"],
      nonTriggers: ["Lashio"]),
    ExtentRule(
      "outskirts (after)", .trailing, [["outskirts"], ["edges"], ["*", "outskirts"]], .outskirts,
      triggers: ["Kobani outskirts": "Kobani|outskirts", "the city's outskirts": "city|outskirts"],
      nonTriggers: ["Kobani"]),
    ExtentRule(
      "surroundings", .leading,
      [
        ["surroundings", "of"], ["vicinity", "of"], ["countryside", "of"], ["environs", "of"], ["areas", "around"],
        ["areas", "near"], ["area", "around"], ["around"], ["near"], ["outside"],
      ], .surroundings,
      triggers: ["the countryside of Hama": "Hama|surroundings", "areas near Kafr Nabl": "Kafr Nabl|surroundings"],
      nonTriggers: ["Hama"]),
    ExtentRule(
      "surroundings (after)", .trailing, [["countryside"], ["surroundings"], ["environs"]], .surroundings,
      triggers: ["Hama countryside": "Hama|surroundings"], nonTriggers: ["Hama city"]),
    ExtentRule(
      "site (PlaceReading.siteNouns)", .leading, [], .site,
      triggers: [
        "the army headquarters in the city of Idlib": "Idlib|site", "Hodeida's airport": "Hodeida|site",
        "Hodeida International Airport": "Hodeida|site", "rebel positions in Masaken Hanano": "Masaken Hanano|site",
        "the headquarters of the Northeast Military command in Lashio": "Lashio|site",
        "the Hanano district of Aleppo": "Aleppo|site",
        "a building on the eastern outskirts of the Syrian border town of Kobane": "Kobane|site",
      ],
      nonTriggers: ["Nasib crossing", "Rashwan Hill", "the eastern district in Syria's largest city", "Saraqeb"]),
  ]
}
