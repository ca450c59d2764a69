import ContestedKit
import Testing

@Suite struct ControlPhraseTests {
  /// (sentence, expected "place|side|stance|event")
  static let cases: [(String, String)] = [
    ("Rebels seized the village of Tal Ahmar on Friday.", "Tal Ahmar|opposition|asserts|captured"),
    ("Government forces captured Khan Sheikhoun.", "Khan Sheikhoun|government|asserts|captured"),
    ("The army took control of the town of Sukhna.", "Sukhna|government|asserts|captured"),
    ("Opposition fighters gained control of the village of Kafr Hamra.", "Kafr Hamra|opposition|asserts|captured"),
    ("The YPG liberated the town of Tal Tamr.", "Tal Tamr|kurdish|asserts|captured"),
    ("Insurgents overran the town of Jisr al-Shughour.", "Jisr al-Shughour|opposition|asserts|captured"),
    ("Houthi fighters took over the port of Mocha.", "Mocha|other|asserts|captured"),
    ("The army regained the town of Palmyra.", "Palmyra|government|asserts|recaptured"),
    ("Rebels retook Saraqeb on Thursday.", "Saraqeb|opposition|asserts|recaptured"),
    (
      "Ukrainian forces recaptured the village of Klishchiivka.", "Klishchiivka|ukrainian-government|asserts|recaptured"
    ),
    ("Russian troops withdrew from the city of Kherson.", "Kherson|russian-government|asserts|withdrew"),
    ("IS fighters pulled out of the town of Manbij.", "Manbij|isis|asserts|withdrew"),
    ("The town of Saraqeb fell to regime forces.", "Saraqeb|government|asserts|captured"),
    ("Kurdish fighters repelled an attack on the village of Tal Tamr.", "Tal Tamr|kurdish|asserts|repelled-attack"),
    ("The rebels still hold the village of Kabani.", "Kabani|opposition|asserts|holds"),
    ("The town of Kansafra was captured by the Syrian army.", "Kansafra|government|asserts|captured"),
    ("Government forces lost control of the town of Morek.", "Morek|government|asserts|lost"),
    ("Kurdish fighters drove Islamic State militants out of the town of Tal Abyad.", "Tal Abyad|isis|asserts|lost"),
    ("IS fighters entered the town of Kobani.", "Kobani|contested|asserts|contested"),
    ("The RSF stormed the city of El Geneina.", "El Geneina|contested|asserts|contested"),
    ("Rebels captured Rashwan Hill.", "Rashwan Hill|opposition|asserts|captured"),
    ("Rebels captured Mount Ziwik.", "Mount Ziwik|opposition|asserts|captured"),
  ]

  @Test(arguments: cases)
  func `each verb family and direction`(_ c: (String, String)) {
    let found = X.claims(c.0).map(X.brief)
    #expect(found.contains(c.1), "\(c.0) → \(found)")
  }

  @Test func `plans, attempts and conditions are not claims`() {
    #expect(X.claims("The army launched an offensive to capture the town of Tal Ahmar.").isEmpty)
    #expect(X.claims("Rebels tried to retake the village of Kabani.").isEmpty)
    #expect(X.claims("If the regime captures the village of Kabani, a massacre will follow.").isEmpty)
    #expect(X.claims("Government forces will seize the town of Tal Ahmar within hours.").isEmpty)
  }

  @Test func `every lexicon entry carries an example`() {
    for p in ControlLexicon.standard.phrases { #expect(!p.example.isEmpty, "\(p.words)") }
  }
}
