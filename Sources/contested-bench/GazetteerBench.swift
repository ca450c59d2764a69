// Gazetteer speed: bundle load time, exact and normal-form resolutions per second, longest-match scanning,
// and actor lookups. Thread CPU time, best of several runs (the machine is shared).
import ContestedKit
import Foundation

/// Runs the `gazetteer` suite; options: `--n N` (resolutions per run, default 2000000).
func runGazetteerBench(_ args: [String]) throws -> Int32 {
  var n = 2_000_000
  var i = 0
  while i < args.count {
    switch args[i] {
    case "--n" where i + 1 < args.count:
      n = Int(args[i + 1]) ?? n
      i += 1
    default:
      FileHandle.standardError.write("gazetteer: unknown option \(args[i])\n".data(using: .utf8)!)
      return 64
    }
    i += 1
  }
  func cpu() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }
  func best(_ runs: Int, _ body: () -> Void) -> Double {
    var b = Double.infinity
    for _ in 0..<runs {
      let s = cpu()
      body()
      b = min(b, cpu() - s)
    }
    return b
  }
  var sink = 0

  // 1. Load: first use of the bundle (parse + index), then rebuilding from the literals.
  let cold = best(1) { sink &+= Gazetteer.bundled.count }
  let rebuild = best(10) { sink &+= Gazetteer(places: BundledGazetteer.places()).count }
  let g = Gazetteer.bundled

  // 2. Names: every stored name verbatim (fast path), and news spellings that need the normal form.
  let stored = g.places.flatMap { $0.allNames }.filter { g.resolve($0).place != nil }
  let news = [
    "Maarat al Numan", "Maarat al-Nouman", "Jisr al-Shughour", "Jisr al-Shughur", "Kafr Nabel", "Khan Sheikhun",
    "Tell Abyad", "Ain Issa", "Ayn Issa", "Ain al-Bayda", "Rabi'a", "Lattakia", "Latakiya", "Saraqeb town",
    "Jabal al-Turkmen", "al-Turkmen Mountain", "Mount Turkmen", "Turkmen Mountains", "Jebel Akrad", "Kobane",
    "Deir ez-Zour", "Deir Ezzor", "al-Raqqa", "Al Raqqah", "Idleb", "Menbij", "Efrin", "Aazaz", "Jarabulus",
    "Tadmor", "Kafar Aweed", "Ein Eisa", "Rashwan Hill", "Tal Rashwan", "al-Fiel Hill", "Ghumam", "Kabaneh",
    "Burj al-Qasab", "Mount Ziwik", "Ruwysat al-Mallouha", "Ain Samoukh", "Homs", "Hamah", "Daraa", "Sweida",
  ]
  // Normal-form queries: news spellings plus upper- and lower-cased stored names (never stored verbatim), kept
  // when they resolve exactly by normal form (score 1).
  let storedSet = Set(stored)
  let candidates =
    news
    + stored.filter { $0.unicodeScalars.allSatisfy { $0.value < 0x250 } }.flatMap {
      [$0.uppercased(), $0.lowercased().replacingOccurrences(of: "-", with: " ")]
    }
  let normalForm = candidates.filter {
    !storedSet.contains($0) && g.resolve($0).candidates.first?.score == 1 && g.resolve($0).place != nil
  }
  let newsNormal = news.filter { !storedSet.contains($0) && g.resolve($0).place != nil }
  let mixed = (0..<64).map { $0 % 2 == 0 ? stored[$0 * 7 % stored.count] : newsNormal[$0 % newsNormal.count] }

  func resolutions(_ names: [String]) -> Double {
    let t = best(3) {
      var k = 0
      for j in 0..<n {
        if case .resolved(let m) = g.resolve(names[j % names.count]) { k &+= m.place.name.utf8.count }
      }
      sink &+= k
    }
    return Double(n) / t
  }
  let exactRate = resolutions(stored)
  let normalRate = resolutions(normalForm)
  let mixedRate = resolutions(mixed)
  let normalizeRate =
    Double(n)
    / best(3) {
      var k = 0
      for j in 0..<n { k &+= NameNormalizer.key(normalForm[j % normalForm.count]).utf8.count }
      sink &+= k
    }

  // 3. Longest match over running text (synthetic sentences, every token tried as a start).
  let text = """
    Regime forces and Shiite militias seized Ein Eisa, Burj al-Hayat and al-Shahroora in the Turkmen Mountain \
    area near Kansaba, while rebels of the 1st Coastal Division said they still held Rabia and Jabal al-Akrad. \
    Fighting continued around Maarat al-Numan, Saraqeb and Jisr al-Shughur in Idlib province on Tuesday.
    """
  let words = text.split(separator: " ")
  let scanRuns = max(1, n / 200)
  let scan = best(3) {
    var k = 0
    for _ in 0..<scanRuns {
      var w = words[...]
      while !w.isEmpty {
        if let m = g.match(prefixOf: w) {
          k &+= m.wordCount
          w = w.dropFirst(m.wordCount)
        } else {
          w = w.dropFirst()
        }
      }
    }
    sink &+= k
  }
  let wordsPerSecond = Double(scanRuns * words.count) / scan

  // 4. Actor lookups.
  let registry = FactionRegistry.default
  let actorNames = [
    "regime forces", "the Syrian army", "Jaysh al-Fatah", "SDF", "Russian media", "RT", "rebels",
    "Russia-backed regime forces", "Turkish-backed rebels", "SOHR",
  ]
  let actorRate =
    Double(n)
    / best(3) {
      var k = 0
      for j in 0..<n { k &+= registry.side(of: actorNames[j % actorNames.count])?.rawValue.utf8.count ?? 0 }
      sink &+= k
    }

  func f(_ x: Double) -> String { String(format: "%.0f", x) }
  func ms(_ x: Double) -> String { String(format: "%.2f ms", x * 1000) }
  print(
    "gazetteer: \(g.count) places, \(stored.count) stored names, \(normalForm.count) normal-form variants "
      + "(\(newsNormal.count) news spellings), n = \(n)")
  print("  bundle first use (parse + index)   \(ms(cold))   [target < 50 ms]")
  print("  bundle rebuild, best of 10          \(ms(rebuild))")
  print("  resolve, stored spelling (exact)    \(f(exactRate))/s   [target >= 1,000,000/s]")
  print("  resolve, news spelling (normal form) \(f(normalRate))/s   [target >= 1,000,000/s]")
  print("  resolve, mixed (stored + news, all tiers) \(f(mixedRate))/s")
  print("  NameNormalizer.key                  \(f(normalizeRate))/s")
  print("  longest match over text             \(f(wordsPerSecond)) words/s")
  print("  actor side lookups                  \(f(actorRate))/s")
  print("  (checksum \(sink & 0xFFFF))")
  let ok = cold < 0.05 && exactRate >= 1_000_000 && normalRate >= 1_000_000
  return ok ? 0 : 1
}
