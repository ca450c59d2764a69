/// A multi-class averaged perceptron being trained (Collins 2002), with the averaging trick of Daumé (2006):
/// besides the weights `w` it keeps `u`, the sum of `c · Δw`, so that the average is `w − u / c`.
public struct PerceptronTrainer {
  /// The number of classes.
  public let classCount: Int
  var rows: [UInt64: Int32] = [:]
  var w: [Float] = []
  var u: [Double] = []
  var c: Double = 1

  /// A trainer for `classCount` classes.
  public init(classCount: Int) { self.classCount = classCount }

  /// The current (not averaged) scores of `features`.
  public func scores(_ features: [UInt64], into s: inout [Float]) {
    for k in 0..<classCount { s[k] = 0 }
    w.withUnsafeBufferPointer { wp in
      for f in features {
        guard let r = rows[f] else { continue }
        let base = Int(r) * classCount
        for k in 0..<classCount { s[k] += wp[base + k] }
      }
    }
  }

  /// Moves weight from `guess` to `truth` for every feature (no-op when they agree).
  public mutating func update(_ features: [UInt64], truth: Int, guess: Int) {
    guard truth != guess else { return }
    for f in features {
      let base = row(f) * classCount
      w[base + truth] += 1
      u[base + truth] += c
      w[base + guess] -= 1
      u[base + guess] -= c
    }
  }

  /// Counts one training instance (call after every prediction, right or wrong).
  public mutating func tick() { c += 1 }

  mutating func row(_ f: UInt64) -> Int {
    if let r = rows[f] { return Int(r) }
    let r = rows.count
    rows[f] = Int32(r)
    w.append(contentsOf: repeatElement(0, count: classCount))
    u.append(contentsOf: repeatElement(0, count: classCount))
    return r
  }

  /// The averaged weights, quantised to 16 bits, dropping entries whose averaged magnitude is below `threshold`.
  public func averaged(threshold: Float = 0) -> WeightTable {
    var merged: [UInt32: [Float]] = [:]
    merged.reserveCapacity(rows.count)
    var maxAbs: Float = 0
    for (f, r) in rows {
      let base = Int(r) * classCount
      var v = [Float](repeating: 0, count: classCount)
      for k in 0..<classCount { v[k] = average(base + k) }
      let key = FeatureHash.stored(f)
      if let old = merged[key] { for k in 0..<classCount { v[k] += old[k] } }
      merged[key] = v
    }
    for v in merged.values { for x in v { maxAbs = max(maxAbs, abs(x)) } }
    return Self.quantise(merged, classCount: classCount, maxAbs: maxAbs, threshold: threshold)
  }

  @inline(__always) func average(_ i: Int) -> Float { Float(Double(w[i]) - u[i] / c) }

  /// The bytes the averaged table takes in a model file when entries below `threshold` are dropped.
  public func storedBytes(threshold: Float) -> Int {
    var total = 0
    for r in 0..<(w.count / max(1, classCount)) {
      var kept = 0
      for k in 0..<classCount where abs(average(r * classCount + k)) >= max(threshold, 1e-6) { kept += 1 }
      if kept > 0 { total += 5 + 3 * kept }
    }
    return total
  }

  static func quantise(_ merged: [UInt32: [Float]], classCount: Int, maxAbs: Float, threshold: Float) -> WeightTable {
    let scale = maxAbs > 0 ? maxAbs / 32767 : 1
    var keys: [UInt32] = []
    var starts: [UInt32] = [0]
    var cls: [UInt8] = []
    var wts: [Int16] = []
    for key in merged.keys.sorted() {
      let v = merged[key]!
      let before = cls.count
      for k in 0..<classCount where abs(v[k]) >= threshold {
        let q = (v[k] / scale).rounded()
        if q != 0 {
          cls.append(UInt8(k))
          wts.append(Int16(max(-32767, min(32767, q))))
        }
      }
      if cls.count > before {
        keys.append(key)
        starts.append(UInt32(cls.count))
      }
    }
    return WeightTable(
      classCount: classCount, scale: scale, keys: keys, entryStart: starts, entryClass: cls, entryWeight: wts)
  }
}
