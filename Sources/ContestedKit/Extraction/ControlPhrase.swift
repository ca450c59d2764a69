/// How a control phrase maps its surroundings onto a claim.
public enum ControlDirection: String, Sendable, CaseIterable {
  /// "X seized Y": the subject is the controller, the object the place.
  case subjectGains
  /// "X still holds Y": the subject holds the object.
  case subjectHolds
  /// "X withdrew from Y": the subject left the place (controller = the side that left).
  case subjectLeaves
  /// "Y fell to X": the subject is the place, the object after "to" the controller.
  case objectFalls
  /// "X repelled an attack on Y": the subject defended the place.
  case subjectRepels
  /// "X entered Y", "fighting inside Y": nobody controls the place.
  case entersContested
}

/// One phrase of the control lexicon: its words, the event it reports and how to read it, with an example.
public struct ControlPhrase: Sendable {
  /// Lower-case words, as tokenized ("take", "control", "of").
  public var words: [String]
  /// The event a match reports.
  public var event: ControlEvent
  /// How subject and object map onto controller and place.
  public var direction: ControlDirection
  /// A weak phrase ("took", "lost", "entered") only counts when a place follows at once.
  public var weak: Bool
  /// An example sentence that the phrase is meant to read.
  public var example: String

  /// Makes a phrase entry.
  public init(
    _ words: [String], _ event: ControlEvent, _ direction: ControlDirection, weak: Bool = false,
    example: String = ""
  ) {
    self.words = words
    self.event = event
    self.direction = direction
    self.weak = weak
    self.example = example
  }
}

/// The control lexicon as data: every inflected form of every verb family, longest phrases first.
public struct ControlLexicon: Sendable {
  /// All phrases.
  public var phrases: [ControlPhrase]

  /// Builds a lexicon from phrases.
  public init(phrases: [ControlPhrase]) { self.phrases = phrases }

  /// One verb family: its forms times its tails.
  static func family(
    _ forms: String, tails: [String], _ event: ControlEvent, _ direction: ControlDirection, weak: Bool = false,
    example: String
  ) -> [ControlPhrase] {
    var out: [ControlPhrase] = []
    for f in forms.split(separator: " ") {
      for t in tails {
        let words = (String(f) + (t.isEmpty ? "" : " " + t)).split(separator: " ").map(String.init)
        out.append(ControlPhrase(words, event, direction, weak: weak && t.isEmpty, example: example))
      }
    }
    return out
  }

  /// The built-in English lexicon.
  public static let standard: ControlLexicon = {
    var p: [ControlPhrase] = []
    let control = [
      "control of", "full control of", "complete control of", "total control of", "control over",
      "full control over",
    ]
    // Captures.
    p += family(
      "seize seized seizes seizing", tails: [""] + control, .captured, .subjectGains,
      example: "Rebels seized the village of Kafr Hamra on Friday.")
    p += family(
      "capture captured captures capturing", tails: [""] + control, .captured, .subjectGains,
      example: "Government forces captured the town of Tal Hamra.")
    p += family(
      "take took taken takes taking", tails: control + ["over"], .captured, .subjectGains,
      example: "The army took control of Al-Qaryatayn.")
    p += family(
      "take took taken takes taking", tails: [""], .captured, .subjectGains, weak: true,
      example: "Government forces first took Saraqeb earlier this month.")
    p += family(
      "gain gained gains gaining", tails: control, .captured, .subjectGains,
      example: "Opposition fighters gained control of the town of Ein Eisa.")
    p += family(
      "win won wins winning wrest wrested wrests wresting", tails: control, .captured, .subjectGains,
      example: "Militias wrested control of the port.")
    p += family(
      "assume assumed assumes assuming establish established", tails: control, .captured,
      .subjectGains, example: "Troops established full control of the crossing.")
    p += family(
      "liberate liberated liberates liberating", tails: [""], .captured, .subjectGains,
      example: "Rebels liberated al-Sarraf village.")
    p += family(
      "free freed frees freeing secure secured secures securing", tails: [""], .captured,
      .subjectGains, weak: true, example: "The army secured the town of Sukhna.")
    p += family(
      "clear cleared clears clearing", tails: [""], .captured, .subjectGains, weak: true,
      example: "Troops cleared the village of Tal Hamra on Sunday.")
    p += family(
      "occupy occupied occupies occupying", tails: [""], .captured, .subjectGains,
      example: "Militias occupied all Turkmen villages.")
    p += family(
      "overrun overran overruns overrunning", tails: [""], .captured, .subjectGains,
      example: "Insurgents overran the base.")
    p += family(
      "conquer conquered conquers conquering", tails: [""], .captured, .subjectGains,
      example: "The group conquered the town.")
    // Recaptures.
    p += family(
      "regain regained regains regaining", tails: [""] + control, .recaptured, .subjectGains,
      example: "The army regained several villages on Tuesday.")
    p += family(
      "retake retook retaken retakes retaking", tails: [""] + control, .recaptured, .subjectGains,
      example: "Rebels retook Saraqeb on Thursday.")
    p += family(
      "recapture recaptured recaptures recapturing", tails: [""] + control, .recaptured,
      .subjectGains, example: "Troops recaptured Kinsabba last February.")
    p += family(
      "take took taken takes taking win won wins", tails: ["back"], .recaptured, .subjectGains,
      example: "Ukrainian forces took back the village.")
    p += family(
      "reclaim reclaimed reclaims reclaiming retrieve retrieved retrieves retrieving",
      tails: [""] + control, .recaptured, .subjectGains,
      example: "The rebels were able to retrieve it on Friday.")
    p += family(
      "reestablish reestablished restore restored", tails: control, .recaptured, .subjectGains,
      example: "The army restored control over the district.")
    // Withdrawals and losses.
    p += family(
      "withdraw withdrew withdrawn withdraws withdrawing", tails: ["from"], .withdrew, .subjectLeaves,
      example: "Russian troops withdrew from the city.")
    p += family(
      "pull pulled pulls pulling", tails: ["out of", "back from", "out from"], .withdrew,
      .subjectLeaves, example: "Fighters pulled out of the town overnight.")
    p += family(
      "retreat retreated retreats retreating", tails: ["from"], .withdrew, .subjectLeaves,
      example: "Militants retreated from the area.")
    p += family(
      "fall fell fallen falls falling", tails: ["back from"], .withdrew, .subjectLeaves,
      example: "Defenders fell back from the airport.")
    p += family(
      "evacuate evacuated evacuates evacuating abandon abandoned abandons abandoning",
      tails: [""], .withdrew, .subjectLeaves, weak: true, example: "The garrison abandoned the base.")
    p += family(
      "leave left quit", tails: [""], .withdrew, .subjectLeaves, weak: true,
      example: "Government troops left the town of Adra after weeks of fighting.")
    p += family(
      "driven pushed forced expelled ousted kicked chased evicted", tails: ["out of", "from"], .lost,
      .subjectLeaves, example: "IS fighters were driven out of the town.")
    p += family(
      "lose lost loses losing", tails: ["control of", "control over"], .lost, .subjectLeaves,
      example: "The army lost control of the base.")
    p += family(
      "lose lost loses losing", tails: [""], .lost, .subjectLeaves, weak: true,
      example: "Government forces lost Khan Sheikhoun.")
    // The place falls to a side.
    p += family(
      "fall fell fallen falls falling",
      tails: [
        "to", "into the hands of", "under the control of",
        "in the hands of",
      ], .captured, .objectFalls, example: "Saraqeb fell to regime control.")
    p += family(
      "fall fell fallen falls", tails: [""], .captured, .objectFalls, weak: true,
      example: "Rebels denied that the town had fallen.")
    p += family(
      "come came comes coming", tails: ["under the control of", "under the full control of"],
      .captured, .objectFalls, example: "The village came under the control of the army.")
    p += family(
      "hand handed hands handing", tails: ["over to"], .captured, .objectFalls,
      example: "The checkpoint was handed over to the army.")
    // Holding.
    p += family(
      "hold holds holding held control controls controlled controlling", tails: [""], .holds, .subjectHolds,
      weak: true,
      example: "Rebels still hold the hill.")
    p += family(
      "have has", tails: ["still"], .holds, .subjectHolds,
      example: "They have still three villages.")
    p += family(
      "remain remains remained maintain maintains maintained retain retains retained keep keeps kept",
      tails: ["control of", "in control of", "full control of", "control over", "in full control of"],
      .holds, .subjectHolds, example: "Government forces remain in control of the airport.")
    // Repelled attacks.
    p += family(
      "repel repelled repels repelling repulse repulsed repulses repulsing thwart thwarted thwarts "
        + "foil foiled foils", tails: [""], .repelledAttack, .subjectRepels,
      example: "Defenders repelled an attack on the airport.")
    p += family(
      "fend fended fends beat beaten beats", tails: ["off", "back"], .repelledAttack,
      .subjectRepels, example: "Fighters beat back an advance on the hill.")
    // Entry without control.
    p += family(
      "enter entered enters entering", tails: [""], .contested, .entersContested, weak: true,
      example: "IS fighters entered Kobani on Monday.")
    p += family(
      "infiltrate infiltrated infiltrates infiltrating", tails: ["", "into"], .contested,
      .entersContested, example: "Militants infiltrated into Kinsabba.")
    p += family(
      "storm stormed storms storming", tails: [""], .contested, .entersContested,
      example: "Fighters stormed the village of Tal Ahmar.")
    p += family(
      "battle battled battles battling fight fought fights fighting",
      tails: [
        "their way into",
        "their way onto", "their way inside", "its way into", "its way onto", "its way inside",
      ],
      .contested, .entersContested, example: "Government forces battled their way onto the airport grounds.")
    p += family(
      "break broke breaks", tails: ["into"], .contested, .entersContested,
      example: "Troops broke into the town.")
    p += family(
      "fighting clashes battles",
      tails: [
        "inside", "raged in", "rage in", "are ongoing in",
        "is ongoing in", "continue in", "continued in",
      ], .contested, .entersContested,
      example: "Fighting is going on inside Maarat al-Numan.")
    p.sort { $0.words.count > $1.words.count }
    return ControlLexicon(phrases: p)
  }()
}
