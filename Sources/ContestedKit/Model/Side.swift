/// The side a claimant or a controlling force belongs to. An open set: other wars bring other sides.
///
/// Raw values are the spelling users see and type (`turkish-backed`, `independent-monitor`).
public struct Side: StringIdentifier {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public static let government: Side = "government"
  public static let opposition: Side = "opposition"
  public static let kurdish: Side = "kurdish"
  public static let isis: Side = "isis"
  public static let turkishBacked: Side = "turkish-backed"
  public static let turkishGovernment: Side = "turkish-government"
  public static let russianGovernment: Side = "russian-government"
  public static let ukrainianGovernment: Side = "ukrainian-government"
  /// Libya's Libyan National Army (Haftar's forces); the GNA is `government`.
  public static let lna: Side = "lna"
  /// Sudan's Rapid Support Forces; the army (SAF) is `government`.
  public static let rsf: Side = "rsf"
  /// Non-state armed authorities outside Syria, and unnamed sources.
  public static let other: Side = "other"
  /// An outlet speaking in its own voice (claimants only).
  public static let media: Side = "media"
  /// Monitors such as SOHR or the OSCE SMM (claimants only).
  public static let independentMonitor: Side = "independent-monitor"
  /// "Fighting is going on inside": nobody holds the place (controllers only).
  public static let contested: Side = "contested"
  public static let unknown: Side = "unknown"

  /// The sides every workspace knows without configuration.
  public static let builtIn: [Side] = [
    .government, .opposition, .kurdish, .isis, .turkishBacked, .turkishGovernment,
    .russianGovernment, .ukrainianGovernment, .lna, .rsf, .other, .media, .independentMonitor, .contested, .unknown,
  ]
}
