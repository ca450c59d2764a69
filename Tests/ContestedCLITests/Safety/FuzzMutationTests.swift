import ContestedFuzz
import ContestedKit
import Foundation
import Testing

/// The fuzzing entry points on seeded mutations of their seeds, so every CI run exercises the paths the
/// libFuzzer harness explores (docs/architecture.md, "Fuzzing"). A trap or failed invariant fails the run.
@Suite struct FuzzMutationTests {
  /// Cases per entry point; the extractor is the slowest, so it gets fewer.
  static let budget = ["claim-json": 3000, "csv": 3000, "ledger-line": 3000, "check": 3000, "extract": 800]

  @Test(arguments: FuzzTargets.all.map(\.name))
  func mutatedSeedsNeverTrap(_ name: String) throws {
    let target = try #require(FuzzTargets.named(name))
    let seeds = FuzzSeeds.seeds(for: name)
    #expect(!seeds.isEmpty)
    // The seeds themselves must be accepted by the parser they seed (else the mutations test only errors).
    for seed in seeds { target.run(seed) }
    var mutator = FuzzMutator(seed: 0x5EED_0000 &+ UInt64(name.utf8.count))
    var corpus = seeds
    for k in 0..<(Self.budget[name] ?? 1000) {
      let input = mutator.mutate(corpus[k % corpus.count], others: seeds)
      target.run(input)
      if corpus.count < 64 { corpus.append(input) } else { corpus[Int(mutator.next() % 64)] = input }
    }
  }

  /// Inputs the libFuzzer runs found, kept so they stay fixed.
  @Test(arguments: ["and captured Kansaba.", "But seized Saraqib", ", and took Idlib"])
  func foundByTheFuzzer(_ text: String) throws {
    try #require(FuzzTargets.named("extract")).run(Array(text.utf8))
  }

  @Test func theSeedsParse() throws {
    #expect(try ClaimImport.parseJSONLines(FuzzSeeds.seeds(for: "claim-json")[1], fileName: "s").count == 2)
    #expect(try ClaimImport.parseCSV(FuzzSeeds.seeds(for: "csv")[0], fileName: "s").count == 1)
    #expect(try PairCheck.run(FuzzSeeds.seeds(for: "check")[0], threads: 1).summary.claims == 3)
  }
}
