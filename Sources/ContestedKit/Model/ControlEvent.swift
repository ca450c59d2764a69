/// What a claim says happened to control of a place. An open set in the style of `Errno`.
public struct ControlEvent: StringIdentifier {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public static let captured: ControlEvent = "captured"
  public static let recaptured: ControlEvent = "recaptured"
  public static let holds: ControlEvent = "holds"
  public static let lost: ControlEvent = "lost"
  public static let withdrew: ControlEvent = "withdrew"
  public static let repelledAttack: ControlEvent = "repelled-attack"
  public static let contested: ControlEvent = "contested"
  /// The controller's forces are inside the place (entered, stormed, broke into it) without claiming control.
  public static let entered: ControlEvent = "entered"
  /// The controller's forces breached the place's defences (a presence, like `entered`).
  public static let breached: ControlEvent = "breached"

  public static let allKnown: [ControlEvent] = [
    .captured, .recaptured, .holds, .lost, .withdrew, .repelledAttack, .contested, .entered, .breached,
  ]

  /// Presence without control: entered, breached.
  public var isPresence: Bool { self == .entered || self == .breached }

  /// A change of hands towards the controller (captured or recaptured).
  public var isCapture: Bool { self == .captured || self == .recaptured }
  /// The controller gave the place up (lost or withdrew).
  public var isLoss: Bool { self == .lost || self == .withdrew }
}
