import Dispatch

/// The stateless conflict-pair join of the check contract (docs/cli.md), over claims JSONL held in memory.
///
/// Two claims a, b (a.id < b.id in UTF-8 byte order) form a pair when they name the same place, their
/// inclusive windows overlap, their claimants differ, and they are incompatible (both assert different
/// controllers, or one asserts X and the other denies X). Pairs are written as `a\tb\n`, sorted by
/// (a.id, b.id) bytes.
///
/// The pipeline avoids `String` and `Dictionary` in the hot loops:
/// 1. parse the buffer in parallel chunks split at line breaks (a small validating JSON reader that
///    accepts any key order, whitespace, escapes and extra keys), interning place, claimant and controller
///    byte strings to integers with an open-addressing table, and copying decoded ids into an arena;
/// 2. rank ids in byte order (a sort on an 8-byte big-endian prefix, full compare on ties);
/// 3. order claims by (place, from) with two counting sorts;
/// 4. sweep each place with an active list (only same-place claims whose windows overlap are compared),
///    in parallel over place groups;
/// 5. bucket pairs by the first rank (counting sort), sort each small bucket, and emit the bytes in chunks.
public enum PairCheck {
  /// A malformed line: the 1-based line number, the field at fault and what was expected there.
  public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based line number in the input.
    public var line: Int
    /// The field at fault (`id`, `from`, …), or `json` for a syntax error outside any known field.
    public var field: String
    /// What was expected, and what was found.
    public var expected: String

    /// Creates a failure.
    public init(line: Int, field: String, expected: String) {
      self.line = line
      self.field = field
      self.expected = expected
    }

    /// `line: field: expected …` (the CLI prefixes the file name).
    public var description: String { "\(line): \(field): \(expected)" }
  }

  /// How many claims and pairs a run saw.
  public struct Summary: Equatable, Sendable {
    /// Claims read (blank lines are not claims).
    public var claims: Int
    /// Conflict pairs written.
    public var pairs: Int

    /// Creates a summary.
    public init(claims: Int, pairs: Int) {
      self.claims = claims
      self.pairs = pairs
    }
  }

  /// Runs the join over `input` and hands the TSV output to `emit` in chunks, in order.
  ///
  /// - Parameters:
  ///   - input: the whole claims file, UTF-8.
  ///   - threads: how many workers to use for parsing and sweeping (1 runs everything on the caller).
  ///   - emit: receives consecutive slices of the output; throwing stops the run.
  /// - Throws: `Failure` for the first malformed line (the lowest line number), or what `emit` throws.
  public static func run(
    _ input: UnsafeRawBufferPointer, threads: Int = 2, emit: (UnsafeRawBufferPointer) throws -> Void
  ) throws -> Summary {
    let table = try parse(input, threads: max(1, threads))
    let ranked = try rank(table)
    let pairs = sweep(table, rankOf: ranked.rankOf, threads: max(1, threads))
    let count = try write(
      pairs: pairs, table: table, claimOfRank: ranked.claimOfRank, threads: max(1, threads), emit: emit)
    return Summary(claims: table.count, pairs: count)
  }

  /// Convenience for tests and small inputs: the whole TSV output as bytes.
  public static func run(_ input: [UInt8], threads: Int = 2) throws -> (summary: Summary, output: [UInt8]) {
    var out: [UInt8] = []
    let summary = try input.withUnsafeBytes { buf in
      try run(buf, threads: threads) { chunk in out.append(contentsOf: chunk) }
    }
    return (summary, out)
  }

  // MARK: - Parsed table

  /// The claims of the input as parallel arrays (structure of arrays), in input order.
  struct Table {
    var count = 0
    var idStart: [Int] = []
    var idLen: [Int32] = []
    var idArena: [UInt8] = []
    var line: [Int32] = []
    var place: [Int32] = []
    var claimant: [Int32] = []
    var controller: [Int32] = []
    var denies: [UInt8] = []
    var from: [Int32] = []
    var to: [Int32] = []
    var placeCount = 0

    /// Reserves room for `rows` claims in every column (and `arenaBytes` of id bytes).
    mutating func reserve(_ rows: Int, arenaBytes: Int = 0) {
      idStart.reserveCapacity(rows)
      idLen.reserveCapacity(rows)
      line.reserveCapacity(rows)
      place.reserveCapacity(rows)
      claimant.reserveCapacity(rows)
      controller.reserveCapacity(rows)
      denies.reserveCapacity(rows)
      from.reserveCapacity(rows)
      to.reserveCapacity(rows)
      if arenaBytes > 0 { idArena.reserveCapacity(arenaBytes) }
    }
  }
}
