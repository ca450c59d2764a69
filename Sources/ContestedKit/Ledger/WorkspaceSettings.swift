/// Per-workspace settings, kept in `contested.json` (docs/formats.md).
public struct WorkspaceSettings: Sendable, Equatable {
  /// The desk's name, used as the author of exported ClaimReviews.
  public var organizationName: String
  /// The desk's address.
  public var organizationURL: String?
  /// Whether a verdict needs a second reviewer's approval before it is final.
  public var requireApproval: Bool

  /// Defaults for a new workspace.
  public init(
    organizationName: String = "Verification desk", organizationURL: String? = nil, requireApproval: Bool = false
  ) {
    self.organizationName = organizationName
    self.organizationURL = organizationURL
    self.requireApproval = requireApproval
  }

  /// The settings file's JSON (pretty enough to edit by hand).
  public var json: String {
    var text = "{\n  \"schema\": 1,\n"
    var w = JSONWriter()
    w.string(organizationName)
    text += "  \"organization\": \(w.string),\n"
    if let u = organizationURL {
      var w2 = JSONWriter()
      w2.string(u)
      text += "  \"organization_url\": \(w2.string),\n"
    }
    text += "  \"require_approval\": \(requireApproval)\n}\n"
    return text
  }

  /// Reads the settings file; unknown keys are ignored, missing ones keep their defaults.
  public static func parse(_ bytes: [UInt8]) throws(FieldError) -> WorkspaceSettings {
    var s = WorkspaceSettings()
    var failure: FieldError?
    bytes.withUnsafeBytes { buf in
      var c = JSONCursor(buf)
      do throws(JSONError) {
        try c.readObject { (c: inout JSONCursor, k: JSONKey) throws(JSONError) in
          if c.key(k, is: "organization") {
            if (try? c.peekKind()) == .string {
              s.organizationName = try c.readString()
            } else {
              failure = FieldError(field: "organization", "expected a string")
              try c.skipValue()
            }
          } else if c.key(k, is: "organization_url") {
            if (try? c.peekKind()) == .string { s.organizationURL = try c.readString() } else { try c.skipValue() }
          } else if c.key(k, is: "require_approval") {
            if (try? c.peekKind()) == .bool {
              s.requireApproval = try c.readBool()
            } else {
              failure = FieldError(field: "require_approval", "expected true or false")
              try c.skipValue()
            }
          } else {
            try c.skipValue()
          }
        }
        try c.expectEnd()
      } catch {
        failure = FieldError(field: "(file)", "invalid JSON: \(error)")
      }
    }
    if let failure { throw failure }
    return s
  }
}
