import ContestedKit
import Foundation
import Testing

/// Deterministic pseudo-random bytes (xorshift64), so failures reproduce.
private struct TestRandom: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }
  mutating func next() -> UInt64 {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return state
  }
  mutating func bytes(_ count: Int) -> [UInt8] { (0..<count).map { _ in UInt8(truncatingIfNeeded: next() >> 32) } }
}

/// Runs `/usr/bin/sha256sum` on each input (written to a temporary file) and returns the hex digests.
private func referenceDigests(_ inputs: [[UInt8]]) throws -> [String] {
  let dir = FileManager.default.temporaryDirectory
    .appendingPathComponent("sha256-tests-\(UUID().uuidString)", isDirectory: true)
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: dir) }
  var paths: [String] = []
  for (i, input) in inputs.enumerated() {
    let url = dir.appendingPathComponent("in\(i)")
    try Data(input).write(to: url)
    paths.append(url.path)
  }
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
  process.arguments = paths
  let pipe = Pipe()
  process.standardOutput = pipe
  try process.run()
  let output = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  #expect(process.terminationStatus == 0)
  let lines = String(decoding: output, as: UTF8.self).split(separator: "\n")
  return lines.map { String($0.prefix(64)) }
}

private let hasSHA256Sum = FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum")

/// The NIST FIPS 180-4 example messages and their digests.
private let nistExamples: [(message: [UInt8], digest: String)] = [
  ([], "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
  (Array("abc".utf8), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
  (
    Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
  ),
  (
    Array(
      ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
        + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu").utf8),
    "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
  ),
  (
    [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000),
    "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
  ),
]

/// Hashes `message` with a streaming hasher on the chosen path, fed in pieces of `step` bytes.
private func digest(_ message: [UInt8], portable: Bool, step: Int = .max) -> String {
  var hasher = SHA256(portable: portable)
  var offset = 0
  message.withUnsafeBytes { raw in
    repeat {
      let end = min(message.count, offset + max(step, 1))
      hasher.update(UnsafeRawBufferPointer(rebasing: raw[offset..<end]))
      offset = end
    } while offset < message.count
  }
  return Hex.encode(hasher.finalize())
}

@Suite struct SHA256Tests {
  /// Both compression paths (the SHA extensions where the CPU has them, and the forced Swift fallback) give the
  /// NIST digests, whole and fed in odd-sized pieces.
  @Test(arguments: [false, true]) func nistVectorsOnEachPath(portable: Bool) {
    let hasher = SHA256(portable: portable)
    #expect(hasher.usesHardware == (!portable && SHA256.hardwareAvailable))
    for (message, want) in nistExamples {
      #expect(digest(message, portable: portable) == want, "length \(message.count)")
      #expect(digest(message, portable: portable, step: 37) == want, "length \(message.count), 37-byte pieces")
    }
  }

  /// The hardware path and the Swift fallback agree on random messages of every length up to several blocks
  /// (on a CPU without the extensions both are the fallback, and the NIST test above still pins it down).
  @Test func hardwareAgreesWithThePortableSwiftPath() {
    var random = TestRandom(seed: 2026)
    for length in 0..<600 {
      let message = random.bytes(length)
      #expect(digest(message, portable: false) == digest(message, portable: true), "length \(length)")
    }
    let large = random.bytes(1 << 20)
    #expect(digest(large, portable: false, step: 4099) == digest(large, portable: true))
  }

  @Test func nistVectors() {
    #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(
      SHA256.hex(
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
          + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
        == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
    #expect(SHA256.hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    // The same million 'a's fed one byte at a time.
    var hasher = SHA256()
    for _ in 0..<1_000_000 { hasher.update(CollectionOfOne(UInt8(ascii: "a"))) }
    #expect(Hex.encode(hasher.finalize()) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test func apiFormsAgree() {
    let text = "Kobanî — 350 bytes of ledger, more or less"
    let bytes = Array(text.utf8)
    let digest = SHA256.hash(bytes)
    #expect(digest.count == 32)
    #expect(SHA256.hash(text) == digest)
    #expect(bytes.withUnsafeBytes { SHA256.hash($0) } == digest)
    #expect(SHA256.hex(text) == Hex.encode(digest))
    #expect(SHA256.hex(bytes) == Hex.encode(digest))
    #expect(bytes.withUnsafeBytes { SHA256.hex($0) } == Hex.encode(digest))
    #expect(SHA256.hex(text).count == 64)
    var hasher = SHA256()
    hasher.update(bytes)
    #expect(hasher.finalize() == digest)
    // finalize resets the hasher.
    hasher.update(bytes)
    #expect(hasher.finalize() == digest)
    // A non-contiguous sequence takes the chunked path.
    var lazyHasher = SHA256()
    lazyHasher.update(bytes.lazy.map { $0 })
    #expect(lazyHasher.finalize() == digest)
    // An empty raw buffer (nil base address) is harmless.
    var empty = SHA256()
    empty.update(UnsafeRawBufferPointer(start: nil, count: 0))
    #expect(Hex.encode(empty.finalize()) == SHA256.hex(""))
    #expect(SHA256.hex(UnsafeRawBufferPointer(start: nil, count: 0)) == SHA256.hex(""))
    #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  }

  @Test func hexEncoding() {
    #expect(Hex.encode([UInt8]()) == "")
    #expect(Hex.encode([0x00, 0x0f, 0xa5, 0xff]) == "000fa5ff")
    #expect(Hex.encode((0...255).map { UInt8($0) }.lazy.filter { $0 < 3 }) == "000102")
  }

  @Test(.enabled(if: hasSHA256Sum)) func everyLengthMatchesSha256sum() throws {
    var random = TestRandom(seed: 42)
    var inputs = (0...200).map { random.bytes($0) }
    for length in [511, 512, 1000, 4095, 4096, 4097, 65_536 + 7, 1_000_003] { inputs.append(random.bytes(length)) }
    let expected = try referenceDigests(inputs)
    try #require(expected.count == inputs.count)
    for (input, want) in zip(inputs, expected) {
      #expect(SHA256.hex(input) == want, "length \(input.count)")
    }
  }

  @Test func incrementalEqualsOneShot() {
    var random = TestRandom(seed: 7)
    for trial in 0..<200 {
      let length = trial < 100 ? Int(random.next() % 300) : Int(random.next() % 20_000)
      let data = random.bytes(length)
      let oneShot = SHA256.hash(data)
      var hasher = SHA256()
      var offset = 0
      while offset < data.count {
        let step = min(data.count - offset, Int(random.next() % (trial % 2 == 0 ? 70 : 700)))
        data.withUnsafeBytes { raw in
          hasher.update(UnsafeRawBufferPointer(rebasing: raw[offset..<offset + step]))
        }
        if step == 0 { hasher.update([UInt8]()) }
        offset += step
      }
      #expect(hasher.finalize() == oneShot, "length \(length)")
    }
  }
}
