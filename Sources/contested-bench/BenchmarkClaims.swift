import ContestedKit
import Foundation

extension Bench {
  /// Writes `n` benchmark-form claims (the shape of the bench peers' generator: 300 claimants, one place per 20
  /// claims, five sides, 85 % asserts, 2015–2020, windows of up to four days) to `path`, deterministically.
  /// Returns the size in MiB.
  @discardableResult
  static func writeBenchmarkClaims(_ n: Int, to path: String) -> Double {
    var rng: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
      rng ^= rng << 13
      rng ^= rng >> 7
      rng ^= rng << 17
      return rng
    }
    let sides = ["government", "opposition", "kurdish", "isis", "turkish-backed"]
    var text = [UInt8]()
    text.reserveCapacity(n * 130)
    let places = max(10, n / 20)
    let first = Day(iso: "2015-01-01")!
    for i in 0..<n {
      let from = first.adding(days: Int(next() % 2190))
      let to = from.adding(days: Int(next() % 4))
      let claimant = String(format: "%04d", Int(next() % 300))
      let place = String(format: "%06d", Int(next() % UInt64(places)))
      let side = sides[Int(next() % 5)]
      let stance = next() % 100 < 85 ? "asserts" : "denies"
      let line =
        #"{"id":"c\#(String(format: "%07d", i + 1))","claimant":"s\#(claimant)","place":"p\#(place)","controller":"\#(side)","stance":"\#(stance)","from":"\#(from.iso)","to":"\#(to.iso)"}"#
      text.append(contentsOf: line.utf8)
      text.append(0x0A)
    }
    _ = FileManager.default.createFile(atPath: path, contents: Data(text))
    return Double(text.count) / 1_048_576
  }
}
