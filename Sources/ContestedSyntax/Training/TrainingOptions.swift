/// How `contested-train` trains a model.
public struct TrainingOptions: Sendable {
  /// Seed for shuffling and exploration: the same seed and data give the same model.
  public var seed: UInt64 = 1
  /// Passes over the training data for each tagger.
  public var taggerIterations = 8
  /// Passes over the training data for the parser.
  public var parserIterations = 10
  /// Folds for jack-knifing the training data's tags (the parser trains on tags as the tagger predicts them).
  public var folds = 5
  /// The largest model file wanted, in bytes: small weights are pruned until the model fits.
  public var maxBytes = 12 << 20

  /// The defaults.
  public init() {}
}
