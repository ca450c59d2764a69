// PairCheck, step 2: claim ids ranked in UTF-8 byte order.

extension PairCheck {
  // MARK: - Ranking ids

  struct Ranked {
    /// rankOf[claim] = position of the claim's id in byte order.
    var rankOf: [Int32]
    /// claimOfRank[rank] = the claim.
    var claimOfRank: [Int32]
  }

  static func rank(_ t: Table) throws -> Ranked {
    let n = t.count
    var claimOfRank = [Int32](repeating: 0, count: n)
    var rankOf = [Int32](repeating: 0, count: n)
    try t.idArena.withUnsafeBufferPointer { arenaBuf in
      let arena = arenaBuf.baseAddress ?? UnsafePointer(bitPattern: 1)!
      @inline(__always) func compare(_ a: Int, _ b: Int) -> Int {
        compareBytes(arena + t.idStart[a], Int(t.idLen[a]), arena + t.idStart[b], Int(t.idLen[b]))
      }
      // Common case: ids already in byte order in the file (check in one pass).
      var sorted = true
      var i = 1
      while i < n {
        if compare(i - 1, i) >= 0 {
          sorted = false
          break
        }
        i += 1
      }
      if sorted {
        for k in 0..<n {
          claimOfRank[k] = Int32(k)
          rankOf[k] = Int32(k)
        }
        return
      }
      struct Key {
        var prefix: UInt64
        var index: Int32
      }
      var keys = [Key]()
      keys.reserveCapacity(n)
      for k in 0..<n {
        keys.append(Key(prefix: bigEndianPrefix(arena + t.idStart[k], Int(t.idLen[k])), index: Int32(k)))
      }
      keys.sort { x, y in
        if x.prefix != y.prefix { return x.prefix < y.prefix }
        return compare(Int(x.index), Int(y.index)) < 0
      }
      for r in 0..<n {
        let c = Int(keys[r].index)
        claimOfRank[r] = Int32(c)
        rankOf[c] = Int32(r)
        if r > 0 && keys[r - 1].prefix == keys[r].prefix && compare(Int(keys[r - 1].index), c) == 0 {
          let other = Int(keys[r - 1].index)
          let (first, second) = t.line[other] < t.line[c] ? (other, c) : (c, other)
          let id = String(
            decoding: UnsafeBufferPointer(start: arena + t.idStart[c], count: Int(t.idLen[c])), as: UTF8.self)
          throw Failure(
            line: Int(t.line[second]), field: "id",
            expected: "expected a unique claim id, found \"\(id)\" again (first on line \(t.line[first]))")
        }
      }
    }
    return Ranked(rankOf: rankOf, claimOfRank: claimOfRank)
  }
}
