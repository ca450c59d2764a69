import ContestedCLI
import ContestedKit
import ContestedTestSupport
import Foundation
import Testing

/// Theatres and coalitions a user adds for a new war (#16 item 3): allies do not conflict, enemies do.
@Suite struct TheatreCommandTests {
  let dir = TemporaryDirectory("theatres")

  func add(_ id: String, _ side: String) {
    let r = TestCLI.run(
      [
        "add", "--id", id, "--claimant", "Source \(id)", "--place-id", "user:sd-el-fasher", "--place", "El Fasher",
        "--controller", side, "--event", "holds", "--when", "2025-10-26",
      ], in: dir.path)
    #expect(r.exit == .ok, "\(r.err)")
  }

  func pairs() -> String { TestCLI.run(["report", "--format", "json"], in: dir.path).out }

  @Test func alliesAddedForANewWarDoNotConflictEnemiesDo() {
    _ = TestCLI.run(["init"], in: dir.path)
    _ = TestCLI.run(["places", "add", "El Fasher", "--id", "user:sd-el-fasher"], in: dir.path)
    // A new war's side is declared through an actor first, as `add` asks for unknown sides.
    let actor = TestCLI.run(["actors", "add", "Joint Forces", "--side", "joint-forces"], in: dir.path)
    #expect(actor.exit == .ok, "\(actor.err)")
    add("a", "government")
    add("b", "joint-forces")
    #expect(pairs().contains("\"b\""), "before the alliance the two sides conflict")
    let ally = TestCLI.run(
      [
        "actors", "ally", "sudan", "--coalition", "army", "--side", "government", "--side", "joint-forces",
        "--place", "user:sd-",
      ], in: dir.path)
    #expect(ally.exit == .ok, "\(ally.err)")
    #expect(!pairs().contains("\"b\""), "allies conflict: \(pairs())")
    add("c", "rsf")
    let after = pairs()
    #expect(after.contains("\"c\"") && after.contains("\"a\""), "the enemy does not conflict: \(after)")
  }

  @Test func aMalformedTheatresFileNamesItsLine() {
    _ = TestCLI.run(["init"], in: dir.path)
    dir.write("theatres.tsv", "theatre\tcoalition\tsides\tplaces\nsudan\tarmy\n")
    let r = TestCLI.run(["report"], in: dir.path)
    #expect(r.exit == .dataError, "\(r.out)")
    #expect(r.err.contains("theatres.tsv") && r.err.contains("2"), "\(r.err)")
  }
}
