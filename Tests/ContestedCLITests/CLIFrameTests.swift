import ContestedCLI
import ContestedTestSupport
import Foundation
import Testing

@Suite struct CLIFrameTests {
  let dir = TemporaryDirectory("cli")

  @Test func everyCommandHasHelpThatExitsZero() {
    for command in CommandRegistry.all {
      let r = TestCLI.run([command.name, "--help"], in: dir.path)
      #expect(r.exit == .ok, "\(command.name) --help")
      #expect(r.out.contains("USAGE: contested \(command.name)"), "\(command.name) --help shows its usage")
      let h = TestCLI.run(["help", command.name], in: dir.path)
      #expect(h.out == r.out, "'help \(command.name)' equals '\(command.name) --help'")
      for sub in command.subcommands {
        let s = TestCLI.run([command.name, sub.name, "--help"], in: dir.path)
        #expect(s.exit == .ok)
        #expect(s.out.contains("OVERVIEW: \(sub.abstract)"))
      }
    }
  }

  @Test func versionNamesTheToolAndTheGeoNamesAttribution() {
    let r = TestCLI.run(["--version"], in: dir.path)
    #expect(r.exit == .ok)
    #expect(r.out.hasPrefix("contested \(CommandLineTool.version)"))
    #expect(r.out.contains("GeoNames") && r.out.contains("CC BY 4.0"))
  }

  @Test func unknownOptionIsAUsageErrorWithASuggestion() {
    let r = TestCLI.run(["claims", "--stauts", "proposed"], in: dir.path)
    #expect(r.exit == .usage)
    #expect(r.err.contains("error: unknown option '--stauts'. Did you mean '--status'?"))
    #expect(r.err.contains("USAGE: contested claims"))
    #expect(r.err.contains("See 'contested help claims'."))
  }

  @Test func unknownCommandSuggestsTheNearestOne() {
    let r = TestCLI.run(["imprt", "x.jsonl"], in: dir.path)
    #expect(r.exit == .usage)
    #expect(r.err.contains("unknown command 'imprt'. Did you mean 'import'?"))
  }

  @Test func doubleDashEndsOptions() {
    _ = TestCLI.run(["init"], in: dir.path)
    dir.write(
      "--weird.jsonl",
      #"{"id":"a","claimant":"s","place":"p","controller":"government","from":"2016-01-01","to":"2016-01-02"}"#)
    let r = TestCLI.run(["import", "--", "--weird.jsonl"], in: dir.path)
    #expect(r.exit == .ok, "\(r.err)")
    #expect(r.out.contains("imported 1 claim"))
  }

  @Test func missingWorkspaceExits66WithAHint() {
    let r = TestCLI.run(["claims"], in: dir.path)
    #expect(r.exit == .noInput)
    #expect(r.err.contains("Run 'contested init"))
  }

  @Test func workspaceIsChosenByOptionThenEnvironmentThenCurrentFolder() {
    let a = TemporaryDirectory("ws-a")
    _ = TestCLI.run(["init", a.path], in: dir.path)
    #expect(TestCLI.run(["claims", "--workspace", a.path], in: dir.path).exit == .ok)
    #expect(TestCLI.run(["--workspace", a.path, "claims"], in: dir.path).exit == .ok)
    #expect(TestCLI.run(["claims"], in: dir.path, environment: ["CONTESTED_WORKSPACE": a.path]).exit == .ok)
    #expect(TestCLI.run(["claims"], in: dir.path).exit == .noInput)
  }

  @Test func badOptionValuesAreUsageErrors() {
    _ = TestCLI.run(["init"], in: dir.path)
    let r = TestCLI.run(["claims", "--format", "yaml"], in: dir.path)
    #expect(r.exit == .usage)
    #expect(r.err.contains("--format: 'yaml' is not one of table, json, jsonl, csv."))
    let d = TestCLI.run(["claims", "--since", "2016-02-30"], in: dir.path)
    #expect(d.exit == .usage)
    #expect(d.err.contains("--since: '2016-02-30' is not a date; expected YYYY-MM-DD"))
  }

  @Test func everyExitCodeIsDocumented() throws {
    let doc = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("docs/cli.md"), encoding: .utf8)
    for code in ExitCode.allCases {
      #expect(
        doc.contains("| \(code.rawValue) |"),
        "docs/cli.md does not document exit code \(code.rawValue) (\(code)). Add a row to its exit-code table.")
    }
    for command in CommandRegistry.all {
      #expect(
        doc.contains("## `contested \(command.name)"), "docs/cli.md does not document '\(command.name)'. Add a section."
      )
    }
  }
}
