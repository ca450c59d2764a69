/// The reconciler's rules as data: each names what is (in)compatible, with claim pairs that must conflict and pairs
/// that must not. One parameterised test (`ConflictRuleTests`) runs every example through `Reconciler`.
///
/// An example claim is `claimant | side | asserts/denies | event | place | when | published`, with `published`
/// (the report's day, which also names the report: claims with one day are one report) optional; `claimant` may
/// name its side (`A:opposition`); a place `=ID` is given by id, `Name@REGION` names its region. A third claim in
/// an example is context: the first two are the pair.
public struct ConflictRule: Sendable {
  /// A short name.
  public var name: String
  /// What the rule says.
  public var rule: String
  /// Claim pairs that conflict.
  public var triggers: [[String]]
  /// Claim pairs that do not.
  public var nonTriggers: [[String]]

  init(_ name: String, _ rule: String, triggers: [[String]], nonTriggers: [[String]]) {
    self.name = name
    self.rule = rule
    self.triggers = triggers
    self.nonTriggers = nonTriggers
  }

  /// The claim an example describes (`id` given), or nil when the example is malformed.
  public static func claim(_ spec: String, id: String) -> Claim? {
    let f = spec.split(separator: "|").map { String($0).trimmed }
    guard f.count >= 6, let stance = Stance(rawValue: f[2]) else { return nil }
    let days = f[5].split(separator: "/").compactMap { Day(iso: $0) }
    guard let first = days.first else { return nil }
    let when = TimeSpan(from: first, to: days.last!, precision: days.count > 1 ? .range : .day)
    let published = f.count > 6 ? Day(iso: f[6]) : nil
    let who = f[0].split(separator: ":").map(String.init)
    // "=id" names a place by id; "text@region" gives the region the claim names.
    let at = f[4].split(separator: "@").map(String.init)
    let place =
      at[0].hasPrefix("=")
      ? PlaceRef(id: PlaceID(rawValue: String(at[0].dropFirst())), text: String(at[0].dropFirst()))
      : PlaceRef(text: at[0], region: at.count > 1 ? PlaceID(rawValue: at[1]) : nil)
    return Claim(
      id: ClaimID(rawValue: id), claimant: Claimant(name: who[0], side: who.count > 1 ? Side(rawValue: who[1]) : nil),
      reportedBy: Report(outlet: published.map { _ in "Outlet" }, published: published), place: place,
      controller: ControllerRef(side: Side(rawValue: f[1])), stance: stance, event: ControlEvent(rawValue: f[3]),
      when: when, status: .accepted)
  }

  /// Every rule (items 1, 2 and 5 of the claim-model issue and the rules before them).
  public static let all: [ConflictRule] = [
    ConflictRule(
      "whole against whole", "Two sides each said to hold the place as named (or all of it) conflict.",
      triggers: [
        ["A|government|asserts|holds|Idlib|2020-01-05", "B|opposition|asserts|holds|all of Idlib|2020-01-05"]
      ],
      nonTriggers: [["A|government|asserts|holds|Idlib|2020-01-05", "B|government|asserts|holds|Idlib|2020-01-05"]]),
    ConflictRule(
      "part and fighting",
      "A part held by one side is compatible with fighting in the place; fighting in a part is not "
        + "compatible with another side holding all of it.",
      triggers: [
        ["A|contested|asserts|contested|part of Gharyan|2020-01-05", "B|government|asserts|holds|Gharyan|2020-01-05"]
      ],
      nonTriggers: [
        ["A|contested|asserts|contested|Gharyan|2020-01-05", "B|government|asserts|holds|most of Gharyan|2020-01-05"]
      ]),
    ConflictRule(
      "parts of two sides", "Each side holding a part is compatible, unless the shares add up to more than all of it.",
      triggers: [
        ["A|other|asserts|holds|80 percent of Raqqa|2020-01-05", "B|isis|asserts|holds|30% of Raqqa|2020-01-05"]
      ],
      nonTriggers: [
        ["A|other|asserts|holds|80 percent of Raqqa|2020-01-05", "B|isis|asserts|holds|5% of Raqqa|2020-01-05"],
        [
          "A|other|asserts|holds|the northern districts of Homs|2020-01-05",
          "B|isis|asserts|holds|part of Homs|2020-01-05",
        ],
      ]),
    ConflictRule(
      "all against a part",
      "All of X (or its capture) against a part of X held by another side conflicts; the place "
        + "merely said to be held does not exclude a minor part or site held by another side.",
      triggers: [
        ["A|government|asserts|captured|Tikrit|2020-01-05", "B|isis|asserts|holds|pockets [Tikrit]|2020-01-05"],
        [
          "A|government|asserts|holds|all of Aleppo|2020-01-05",
          "B|opposition|asserts|holds|parts of Aleppo|2020-01-05",
        ],
      ],
      nonTriggers: [
        [
          "A|kurdish|asserts|repelled-attack|Kobani|2020-01-05",
          "B|isis|asserts|captured|one building in Kobani|2020-01-05",
        ]
      ]),
    ConflictRule(
      "site inside its place",
      "A site is a part of its place: its capture does not contradict a denial that the place "
        + "fell; the same site held by two sides conflicts.",
      triggers: [
        [
          "A|other|asserts|captured|the headquarters of the Northeast command in Lashio|2020-01-05",
          "B|government|asserts|holds|Northeast command [Northeast command, Lashio]|2020-01-05",
        ]
      ],
      nonTriggers: [
        [
          "A|other|asserts|captured|the army headquarters in the city of El Fasher|2020-01-05",
          "B|other|denies|captured|El Fasher|2020-01-05",
        ]
      ]),
    ConflictRule(
      "outskirts are outside", "The outskirts and surroundings are next to the place, not in it.",
      triggers: [
        [
          "A|isis|asserts|holds|the outskirts of Deir ez-Zor|2020-01-05",
          "B|government|asserts|holds|Deir ez-Zor outskirts|2020-01-05",
        ]
      ],
      nonTriggers: [
        [
          "A|isis|asserts|holds|the outskirts of Deir ez-Zor|2020-01-05",
          "B|government|asserts|captured|Deir ez-Zor|2020-01-05",
        ]
      ]),
    ConflictRule(
      "presence and denial of entry",
      "Entering, storming or breaching a place conflicts with a denial of entry and "
        + "with another side's control of all of it; not with fighting or with a denial of capture.",
      triggers: [
        ["A|opposition|asserts|entered|Hama|2020-01-05", "B|opposition|denies|entered|Hama|2020-01-05"],
        ["A|opposition|asserts|breached|Hama|2020-01-05", "B|government|asserts|holds|Hama|2020-01-05"],
      ],
      nonTriggers: [
        ["A|opposition|asserts|entered|Hama|2020-01-05", "B|opposition|denies|captured|Hama|2020-01-05"],
        ["A|opposition|asserts|entered|Hama|2020-01-05", "B|contested|asserts|contested|Hama|2020-01-05"],
      ]),
    ConflictRule(
      "not lost is presence",
      "\"It has not been lost\" says the side is still there: compatible with fighting and with "
        + "another side holding a part, not with another side's capture.",
      triggers: [
        ["A|ukrainian-government|denies|lost|Debaltseve|2020-01-05", "B|other|asserts|captured|Debaltseve|2020-01-05"]
      ],
      nonTriggers: [
        [
          "A|ukrainian-government|denies|lost|Debaltseve|2020-01-05",
          "B|other|asserts|holds|80 percent of Debaltseve|2020-01-05",
        ],
        [
          "A|ukrainian-government|denies|lost|Debaltseve|2020-01-05",
          "B|contested|asserts|contested|Debaltseve|2020-01-05",
        ],
      ]),
    ConflictRule(
      "history holds at its own time",
      "A change of hands dated more than a week before its report holds at its own time, "
        + "not from then on; a recent one lasts until the next change.",
      triggers: [
        ["A|government|asserts|captured|Rabia|2020-01-05|2020-01-07", "B|opposition|asserts|holds|Rabia|2020-01-20"]
      ],
      nonTriggers: [
        ["A|government|asserts|captured|Rabia|2020-01-05|2020-03-01", "B|opposition|asserts|holds|Rabia|2020-01-20"]
      ]),
    ConflictRule(
      "region-wide claims end at each place's next change",
      "A claim about a whole region holds, for each place inside, until that place's next reported change of hands: "
        + "a later recapture of one village, and what follows there, is a sequence.",
      triggers: [
        ["A|government|asserts|captured|=region:r|2016-06-16", "B|opposition|asserts|holds|Ayn@region:r|2016-07-10"]
      ],
      nonTriggers: [
        [
          "A|government|asserts|captured|=region:r|2016-06-16", "B|opposition|asserts|holds|Ayn@region:r|2016-07-10",
          "C|opposition|asserts|recaptured|Ayn@region:r|2016-07-01",
        ],
        [
          "A|government|asserts|captured|=region:r|2016-06-16",
          "C|opposition|asserts|recaptured|Ayn@region:r|2016-07-01",
        ],
      ]),
    ConflictRule(
      "one report's days are exact",
      "Two claims of one report on days that do not overlap are a sequence; the tolerance "
        + "widens only a single day between reports, and never a range.",
      triggers: [
        [
          "A|government|asserts|holds|Salma|2020-01-05|2020-01-06",
          "B|opposition|asserts|holds|Salma|2020-01-06|2020-01-07",
        ]
      ],
      nonTriggers: [
        [
          "A|government|asserts|holds|Salma|2020-01-05|2020-01-06",
          "B|opposition|asserts|holds|Salma|2020-01-06|2020-01-06",
        ],
        ["A|opposition|asserts|holds|Salma|2012-01-01/2020-01-04", "B|government|asserts|captured|Salma|2020-01-05"],
      ]),
    ConflictRule(
      "fighting before a conceded capture",
      "Fighting the losing side reports on the day it concedes a withdrawal is the "
        + "battle the capture ended.",
      triggers: [
        [
          "A:opposition|contested|asserts|contested|Hanano|2020-01-05",
          "B|government|asserts|captured|Hanano|2020-01-05",
        ]
      ],
      nonTriggers: [
        [
          "A:opposition|contested|asserts|contested|Hanano|2020-01-05",
          "B|government|asserts|captured|Hanano|2020-01-05",
          "A2:opposition|opposition|asserts|withdrew|Hanano|2020-01-05",
        ]
      ]),
    ConflictRule(
      "allies without a place id",
      "A claim about a place with no id is in the one theatre whose coalitions group its controller side: "
        + "allies there never conflict; enemies (or sides no theatre groups) do.",
      triggers: [
        [
          "A:lna|lna|asserts|holds|Qasr Bin Ghashir|2020-01-05",
          "B|government|asserts|holds|Qasr Bin Ghashir|2020-01-05",
        ]
      ],
      nonTriggers: [
        [
          "A|government|asserts|holds|Tall Ahmar Saghir|2020-01-05",
          "B|russian-government|asserts|holds|Tall Ahmar Saghir|2020-01-05",
        ]
      ]),
  ]
}
