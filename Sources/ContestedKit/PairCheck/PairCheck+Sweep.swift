import Dispatch

// PairCheck, steps 3-4: claims ordered by (place, from) and each place swept with an active list, asking the
// one window-overlap rule (TimeSpan.overlaps) and the one holder-and-stance rule (Stance.contradict, which is SPEC.md's
// incompatibility) on interned controllers.

extension PairCheck {
  // MARK: - Sweep

  /// One claim as the sweep sees it (16 bytes plus the rank).
  struct Item {
    var from: Int32
    var to: Int32
    var claimant: Int32
    /// controller << 1 | denies.
    var controllerStance: Int32
    var rank: Int32
  }

  static func sweep(_ t: Table, rankOf: [Int32], threads: Int) -> [[UInt64]] {
    let n = t.count
    if n == 0 { return [] }
    // Counting sort by from, then a stable counting sort by place: claims grouped by place, ordered by from.
    var minFrom = Int32.max
    var maxFrom = Int32.min
    for d in t.from {
      minFrom = min(minFrom, d)
      maxFrom = max(maxFrom, d)
    }
    let span = Int(maxFrom - minFrom) + 1
    var byFrom = [Int32](repeating: 0, count: n)
    do {
      var counts = [Int](repeating: 0, count: span + 1)
      for d in t.from { counts[Int(d - minFrom) + 1] += 1 }
      for k in 1...span { counts[k] += counts[k - 1] }
      for i in 0..<n {
        let k = Int(t.from[i] - minFrom)
        byFrom[counts[k]] = Int32(i)
        counts[k] += 1
      }
    }
    let placeCount = t.placeCount
    var groupStart = [Int](repeating: 0, count: placeCount + 1)
    for p in t.place { groupStart[Int(p) + 1] += 1 }
    for k in 0..<placeCount { groupStart[k + 1] += groupStart[k] }
    var items = [Item](repeating: Item(from: 0, to: 0, claimant: 0, controllerStance: 0, rank: 0), count: n)
    do {
      var next = groupStart
      for c in byFrom {
        let i = Int(c)
        let p = Int(t.place[i])
        items[next[p]] = Item(
          from: t.from[i], to: t.to[i], claimant: t.claimant[i],
          controllerStance: t.controller[i] << 1 | Int32(t.denies[i]), rank: rankOf[i])
        next[p] += 1
      }
    }
    byFrom = []
    // Split the places into jobs of roughly equal claim counts; workers take jobs dynamically.
    let jobCount = threads == 1 ? 1 : min(placeCount, threads * 16)
    var jobBounds = [0]
    let target = max(1, n / max(1, jobCount))
    var acc = 0
    for p in 0..<placeCount {
      acc += groupStart[p + 1] - groupStart[p]
      if acc >= target && p + 1 < placeCount {
        jobBounds.append(p + 1)
        acc = 0
      }
    }
    jobBounds.append(placeCount)
    let jobs = jobBounds.count - 1
    let outputs = UnsafeMutablePointer<[UInt64]>.allocate(capacity: jobs)
    outputs.initialize(repeating: [], count: jobs)
    defer {
      outputs.deinitialize(count: jobs)
      outputs.deallocate()
    }
    items.withUnsafeBufferPointer { itemBuf in
      let itemPtr = itemBuf.baseAddress!
      let run = { (job: Int) in
        var pairs: [UInt64] = []
        var active: [Item] = []
        active.reserveCapacity(64)
        for p in jobBounds[job]..<jobBounds[job + 1] {
          let lo = groupStart[p]
          let hi = groupStart[p + 1]
          if hi - lo < 2 { continue }
          active.removeAll(keepingCapacity: true)
          for i in lo..<hi {
            let c = itemPtr[i]
            var kept = 0
            let count = active.count
            active.withUnsafeMutableBufferPointer { act in
              for j in 0..<count {
                let a = act[j]
                // Earlier-starting claims that no longer overlap leave the active list for good.
                if !TimeSpan.overlaps(a.from, a.to, c.from, c.to) { continue }
                act[kept] = a
                kept += 1
                if a.claimant == c.claimant { continue }
                // The one rule of holders and stances (Stance.contradict), over the interned controller and
                // the stance bit.
                let contradicts = Stance.contradict(
                  firstDenies: a.controllerStance & 1 != 0, secondDenies: c.controllerStance & 1 != 0,
                  sameHolder: a.controllerStance >> 1 == c.controllerStance >> 1)
                if contradicts {
                  let (r1, r2) = a.rank < c.rank ? (a.rank, c.rank) : (c.rank, a.rank)
                  pairs.append(UInt64(UInt32(r1)) << 32 | UInt64(UInt32(r2)))
                }
              }
            }
            active.removeLast(count - kept)
            active.append(c)
          }
        }
        outputs[job] = pairs
      }
      if jobs == 1 {
        run(0)
      } else {
        let sendable = UnsafeSendable(value: run)
        DispatchQueue.concurrentPerform(iterations: jobs) { job in sendable.value(job) }
      }
    }
    return Array(UnsafeBufferPointer(start: outputs, count: jobs))
  }
}
