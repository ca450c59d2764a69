import Dispatch

// PairCheck, step 5: pairs bucketed by first rank, sorted and written as `a\tb\n` bytes.

extension PairCheck {
  // MARK: - Writing

  static func write(
    pairs: [[UInt64]], table t: Table, claimOfRank: [Int32], threads: Int, emit: (UnsafeRawBufferPointer) throws -> Void
  ) throws -> Int {
    let n = t.count
    var total = 0
    for p in pairs { total += p.count }
    if total == 0 { return 0 }
    // Counting sort by the first rank; each bucket holds the second ranks.
    var start = [Int32](repeating: 0, count: n + 1)
    for list in pairs { for v in list { start[Int(v >> 32) + 1] += 1 } }
    for k in 0..<n { start[k + 1] += start[k] }
    var seconds = [Int32](repeating: 0, count: total)
    do {
      var next = start
      for list in pairs {
        for v in list {
          let a = Int(v >> 32)
          seconds[Int(next[a])] = Int32(truncatingIfNeeded: v)
          next[a] += 1
        }
      }
    }
    // Id bytes in rank order, padded so that short ids can be copied a word at a time.
    var offsets = [Int](repeating: 0, count: n + 1)
    var ordered = [UInt8]()
    ordered.reserveCapacity(t.idArena.count + 16)
    t.idArena.withUnsafeBufferPointer { arena in
      for r in 0..<n {
        let c = Int(claimOfRank[r])
        offsets[r] = ordered.count
        let bytes = UnsafeBufferPointer(start: arena.baseAddress! + t.idStart[c], count: Int(t.idLen[c]))
        ordered.append(contentsOf: bytes)
      }
    }
    offsets[n] = ordered.count
    var equalLengths = n > 0 ? offsets[1] - offsets[0] : 0
    for r in 0..<n where offsets[r + 1] - offsets[r] != equalLengths {
      equalLengths = 0
      break
    }
    let fixedLength = equalLengths
    ordered.append(contentsOf: repeatElement(0, count: 16))
    // Render rank ranges of about `partPairs` pairs each; `threads` parts at a time render in parallel into
    // reused buffers, which are then emitted in order (bounded memory, no fresh pages per part).
    let partPairs = 1 << 17
    var cuts = [0]
    var nextGoal = partPairs
    for a in 0..<n where Int(start[a + 1]) >= nextGoal {
      cuts.append(a + 1)
      nextGoal = Int(start[a + 1]) + partPairs
    }
    if cuts.last! != n { cuts.append(n) }
    let parts = cuts.count - 1
    let width = max(1, threads)
    // One reusable raw buffer per slot: pointer, capacity and filled length.
    let slots = UnsafeMutablePointer<(buffer: UnsafeMutableRawPointer?, capacity: Int, used: Int)>.allocate(
      capacity: width)
    slots.initialize(repeating: (nil, 0, 0), count: width)
    defer {
      for k in 0..<width { slots[k].buffer?.deallocate() }
      slots.deinitialize(count: width)
      slots.deallocate()
    }
    try ordered.withUnsafeBufferPointer { orderedBuf in
      let ids = UnsafeRawPointer(orderedBuf.baseAddress!)
      try seconds.withUnsafeMutableBufferPointer { secBuf in
        let sec = secBuf.baseAddress!
        let render = { (slot: Int, part: Int) in
          let first = cuts[part]
          let last = cuts[part + 1]
          var o = slots[slot].buffer
          var capacity = slots[slot].capacity
          var used = 0
          for a in first..<last {
            let lo = Int(start[a])
            let hi = Int(start[a + 1])
            if lo == hi { continue }
            if hi - lo > 1 { sortSmall(sec + lo, hi - lo) }
            let aOff = offsets[a]
            let aLen = offsets[a + 1] - aOff
            for k in lo..<hi {
              let b = Int(sec[k])
              // Equal-length ids (the common case) need no offset lookup: one cache miss fewer per pair.
              let bOff = fixedLength > 0 ? b &* fixedLength : offsets[b]
              let bLen = fixedLength > 0 ? fixedLength : offsets[b + 1] - bOff
              let need = aLen + bLen + 2 + 16
              if used + need > capacity {
                // Grow (rarely: the buffer is reused across parts).
                let grown = max(capacity * 2, used + need, 4 << 20)
                let fresh = UnsafeMutableRawPointer.allocate(byteCount: grown, alignment: 16)
                if let old = o {
                  fresh.copyMemory(from: old, byteCount: used)
                  old.deallocate()
                }
                o = fresh
                capacity = grown
                slots[slot].buffer = fresh
                slots[slot].capacity = grown
              }
              let out = o.unsafelyUnwrapped + used
              copyWords(out, ids + aOff, aLen)
              out.storeBytes(of: 9, toByteOffset: aLen, as: UInt8.self)
              copyWords(out + aLen + 1, ids + bOff, bLen)
              out.storeBytes(of: 10, toByteOffset: aLen + bLen + 1, as: UInt8.self)
              used += aLen + bLen + 2
            }
          }
          slots[slot].used = used
        }
        var part = 0
        while part < parts {
          let batch = min(width, parts - part)
          if batch == 1 {
            render(0, part)
          } else {
            let sendable = UnsafeSendable(value: render)
            let base = part
            DispatchQueue.concurrentPerform(iterations: batch) { k in sendable.value(k, base + k) }
          }
          for k in 0..<batch { try emit(UnsafeRawBufferPointer(start: slots[k].buffer, count: slots[k].used)) }
          part += batch
        }
      }
    }
    return total
  }

  /// Copies `len` bytes a word at a time; may write up to 7 bytes past `dst + len` and read past `src + len`
  /// (callers leave 16 bytes of slack on both sides).
  @inline(__always) static func copyWords(_ dst: UnsafeMutableRawPointer, _ src: UnsafeRawPointer, _ len: Int) {
    var i = 0
    while i < len {
      dst.storeBytes(of: src.loadUnaligned(fromByteOffset: i, as: UInt64.self), toByteOffset: i, as: UInt64.self)
      i += 8
    }
  }

  /// Sorts a bucket of second ranks (usually a handful) in place.
  static func sortSmall(_ p: UnsafeMutablePointer<Int32>, _ n: Int) {
    if n <= 24 {
      for i in 1..<n {
        let v = p[i]
        var j = i - 1
        while j >= 0 && p[j] > v {
          p[j + 1] = p[j]
          j -= 1
        }
        p[j + 1] = v
      }
    } else {
      var buffer = UnsafeMutableBufferPointer(start: p, count: n)
      buffer.sort()
    }
  }
}
