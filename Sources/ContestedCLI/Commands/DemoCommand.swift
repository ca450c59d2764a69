import ContestedKit
import ContestedStore
import Foundation

/// `contested demo`: the main job on the bundled seed corpus, in a fresh temporary workspace.
struct DemoCommand: Command {
  static let name = "demo"
  static let abstract = "Run the whole job on the bundled seed corpus in a temporary workspace."
  static let usage = "contested demo [--keep DIR]"
  static let options: [OptionSpec] = [
    .value("--keep", valueName: "DIR", help: "Build the demo workspace in DIR (must not exist) instead of a temporary folder.")
  ]

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    let dir = args.value("--keep").map(context.resolvePath)
      ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("contested-demo-\(UUID().uuidString.prefix(8))")
    if FileIO.exists(dir) { throw CLIError.usage("--keep: \(dir) already exists; choose a new folder.") }
    let ws = try Workspace.initialize(at: dir, clock: context.now, tool: "contested \(context.toolVersion)")
    context.io.out("Demo workspace: \(ws.root)\n")
    return .ok
  }
}
