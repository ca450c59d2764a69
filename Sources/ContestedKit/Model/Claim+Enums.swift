/// Where a claim came from.
public enum ClaimOrigin: String, Codable, CaseIterable, Sendable {
  case extracted
  case manual
  case imported
}

/// The review status of a claim. Only accepted claims take part in reconciliation by default.
public enum ClaimStatus: String, Codable, CaseIterable, Sendable {
  case proposed
  case accepted
  case rejected
}
