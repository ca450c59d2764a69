/// The binary model format, version 1, little-endian:
///
///     "CTSYNTAX"  u32 version  string header
///     u32 n, n × string      UPOS tags          u32 n, n × string      relations
///     u32 n, n × (u64 form hash, u8 tag)        tag dictionary
///     u32 n, n × (u64 lower-case hash, u32 tag bit set)   ambiguity classes
///     3 × weight table (tagger, parser moves, parser labels):
///         u32 classes  u32 scale (Float bits)  u32 features  u32 entries
///         features × u32 key   features × u8 entry count   entries × u8 class   entries × i16 weight
///     u64 checksum of every byte before it (`FeatureHash.checksum`: FNV-1a 64 over 8-byte words)
///
/// A string is a u32 byte count and UTF-8. Reading checks every count against the bytes left, every class
/// against its table and the checksum, so damaged or truncated bytes are an error, never a trap.
public enum ModelCodec {
  /// The format version written and read.
  public static let version: UInt32 = 1
  static let magic = Array("CTSYNTAX".utf8)

  /// The bytes of `model`.
  public static func encode(_ model: SyntaxModel) -> [UInt8] {
    var w = ByteWriter()
    w.bytes.append(contentsOf: magic)
    w.u32(version)
    w.string(model.header)
    for names in [model.tagger.tags, model.parser.labels] {
      w.u32(UInt32(names.count))
      for n in names { w.string(n) }
    }
    let dict = model.tagger.tagDictionary.sorted { $0.key < $1.key }
    w.u32(UInt32(dict.count))
    for (k, v) in dict {
      w.u64(k)
      w.u8(v)
    }
    let amb = model.tagger.ambiguity.sorted { $0.key < $1.key }
    w.u32(UInt32(amb.count))
    for (k, v) in amb {
      w.u64(k)
      w.u32(v)
    }
    for t in [model.tagger.weights, model.parser.moves, model.parser.arcs] { encode(t, into: &w) }
    w.u64(w.bytes.withUnsafeBufferPointer { FeatureHash.checksum($0) })
    return w.bytes
  }

  static func encode(_ t: WeightTable, into w: inout ByteWriter) {
    w.u32(UInt32(t.classCount))
    w.u32(t.scale.bitPattern)
    w.u32(UInt32(t.keys.count))
    w.u32(UInt32(t.entryClass.count))
    for k in t.keys { w.u32(k) }
    for i in 0..<t.keys.count { w.u8(UInt8(t.entryStart[i + 1] - t.entryStart[i])) }
    w.bytes.append(contentsOf: t.entryClass)
    for x in t.entryWeight { w.u16(UInt16(bitPattern: x)) }
  }

  /// The model in `bytes`, or a ``ModelError`` saying what is wrong.
  public static func decode(_ bytes: [UInt8]) throws -> SyntaxModel {
    guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else { throw ModelError.notAModel }
    guard bytes.count >= magic.count + 12 else { throw ModelError.truncated(offset: bytes.count, what: "header") }
    let sum = bytes.withUnsafeBufferPointer {
      FeatureHash.checksum(UnsafeBufferPointer(rebasing: $0[0..<($0.count - 8)]))
    }
    var r = ByteReader(bytes)
    r.offset = magic.count
    let v = try r.u32("version")
    guard v == version else { throw ModelError.unsupportedVersion(v) }
    var tail = ByteReader(bytes)
    tail.offset = bytes.count - 8
    guard try tail.u64("checksum") == sum else { throw ModelError.checksumMismatch }
    let header = try r.string("header")
    let tags = try names(&r, "UPOS tags")
    let labels = try names(&r, "relations")
    guard !tags.isEmpty, tags.count < 255, !labels.isEmpty, labels.count < 255 else {
      throw ModelError.invalid(offset: r.offset, what: "tag or relation count out of range")
    }
    let n = Int(try r.u32("tag dictionary"))
    let entries = try r.array(n, size: 9, "tag dictionary") { ($0.rawU32(), $0.rawU32(), $0.rawU8()) }
    var dict: [UInt64: UInt8] = [:]
    dict.reserveCapacity(n)
    for (lo, hi, t) in entries {
      guard Int(t) < tags.count else { throw ModelError.invalid(offset: r.offset, what: "tag dictionary tag") }
      dict[UInt64(lo) | UInt64(hi) << 32] = t
    }
    let na = Int(try r.u32("ambiguity classes"))
    let classes = try r.array(na, size: 12, "ambiguity classes") { ($0.rawU32(), $0.rawU32(), $0.rawU32()) }
    var ambiguity: [UInt64: UInt32] = [:]
    ambiguity.reserveCapacity(na)
    for (lo, hi, mask) in classes { ambiguity[UInt64(lo) | UInt64(hi) << 32] = mask }
    let tagW = try table(&r, classes: tags.count, "tagger weights")
    let moveW = try table(&r, classes: 3, "move weights")
    let arcW = try table(&r, classes: labels.count, "label weights")
    guard r.offset == bytes.count - 8 else { throw ModelError.invalid(offset: r.offset, what: "bytes after the model") }
    return SyntaxModel(
      header: header, tagger: Tagger(tags: tags, weights: tagW, tagDictionary: dict, ambiguity: ambiguity),
      parser: Parser(labels: labels, moves: moveW, arcs: arcW))
  }

  static func names(_ r: inout ByteReader, _ what: String) throws -> [String] {
    let n = Int(try r.u32(what))
    guard n <= 4096 else { throw ModelError.invalid(offset: r.offset, what: "\(what) count \(n)") }
    return try (0..<n).map { _ in try r.string(what) }
  }

  static func table(_ r: inout ByteReader, classes: Int, _ what: String) throws -> WeightTable {
    let c = Int(try r.u32(what))
    guard c == classes else {
      throw ModelError.invalid(offset: r.offset, what: "\(what): \(c) classes, not \(classes)")
    }
    let scale = Float(bitPattern: try r.u32(what))
    let nf = Int(try r.u32(what))
    let ne = Int(try r.u32(what))
    let keys = try r.u32s(nf, what)
    let counts = try r.u8s(nf, what)
    var starts = [UInt32](repeating: 0, count: nf + 1)
    var total = 0
    for (i, n) in counts.enumerated() {
      total += Int(n)
      starts[i + 1] = UInt32(truncatingIfNeeded: total)
    }
    guard total == ne else { throw ModelError.invalid(offset: r.offset, what: "\(what): entry counts disagree") }
    let cls = try r.u8s(ne, what)
    guard cls.allSatisfy({ Int($0) < classes }) else {
      throw ModelError.invalid(offset: r.offset, what: "\(what) class")
    }
    guard keys.allSatisfy({ $0 != 0 }) else { throw ModelError.invalid(offset: r.offset, what: "\(what): zero key") }
    let wts = try r.i16s(ne, what)
    return WeightTable(
      classCount: c, scale: scale, keys: keys, entryStart: starts, entryClass: cls, entryWeight: wts)
  }
}
