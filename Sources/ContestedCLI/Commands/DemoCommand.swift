import ContestedKit
import ContestedStore
import Foundation

/// `contested demo`: the whole job on the bundled seed corpus, in a fresh temporary workspace.
///
/// Runs the real commands in-process, with the caller's output: `init`, `ingest` of the five embedded seed
/// articles (with their outlets and dates), `claims accept` of every extracted claim (note `demo-accepted`),
/// `report`, `digest --out <folder>/digest.md` and `digest --format html --out <folder>/briefing.html`. Needs no
/// file outside the binary.
struct DemoCommand: Command {
  static let name = "demo"
  static let abstract = "Run the whole job on the bundled seed corpus in a temporary workspace."
  static let usage = "contested demo [--keep DIR]"
  static let options: [OptionSpec] = [
    .value(
      "--keep", valueName: "DIR",
      help: "Build the demo in DIR (must not exist) instead of a temporary folder.")
  ]
  static let discussion = """
    The demo writes the five seed articles (embedded in the tool) and their manifest to <folder>/seeds,
    creates the workspace <folder>/workspace, ingests the articles, accepts every extracted claim with the note
    "demo-accepted" (a real desk reviews them first), prints the conflict report, writes the Markdown digest
    to <folder>/digest.md and the HTML briefing to <folder>/briefing.html. The folder is kept so you can explore
    it with --workspace.
    """

  /// The note on claims the demo accepts.
  static let acceptNote = "demo-accepted"

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 0)
    let root =
      args.value("--keep").map(context.resolvePath)
      ?? (NSTemporaryDirectory() as NSString).appendingPathComponent(
        "contested-demo-\(UUID().uuidString.prefix(8))")
    if FileIO.exists(root) {
      throw CLIError.usage("--keep: \(root) already exists; choose a new folder.")
    }
    guard !SeedCorpus.articles.isEmpty else {
      throw CLIError.dataError(
        "this build has no embedded seed corpus; regenerate SeedCorpus.swift (docs/guide.md).")
    }
    let seeds = (root as NSString).appendingPathComponent("seeds")
    let workspace = (root as NSString).appendingPathComponent("workspace")
    let digest = (root as NSString).appendingPathComponent("digest.md")
    do {
      try FileIO.createDirectory(seeds)
      try FileIO.writeAtomically(
        Array(SeedCorpus.manifest.utf8),
        to: (seeds as NSString).appendingPathComponent("manifest.tsv"))
      for a in SeedCorpus.articles {
        try FileIO.writeAtomically(
          Array(a.text.utf8), to: (seeds as NSString).appendingPathComponent(a.name))
      }
    } catch {
      throw CLIError.io(
        "\(root): cannot write the demo folder: \((error as? any LocalizedError)?.errorDescription ?? "\(error)")"
      )
    }
    _ = try Workspace.initialize(
      at: workspace, clock: context.now, tool: "contested \(context.toolVersion)")
    context.io.out("Demo folder: \(root)\n\n")

    context.io.out("$ contested ingest seeds\n")
    try step(["ingest", "seeds"], workspace, context, io: context.io, in: root)

    // Accept every extracted claim, as a reviewer would after reading them.
    let (_, state) = try context.with(workspace: workspace).loadWorkspace()
    let proposed = state.claims.filter { $0.status == .proposed }.map(\.id.rawValue)
    context.io.out(
      "\n$ contested claims accept <\(proposed.count) extracted claims> --note \(acceptNote)\n")
    if !proposed.isEmpty {
      let quiet = CapturedOutput()
      try step(
        ["claims", "accept"] + proposed + ["--note", acceptNote], workspace, context,
        io: .capturing(quiet))
      context.io.out("\(Plural.count(proposed.count, "claim")) accepted.\n")
    }

    context.io.out("\n$ contested report\n")
    var wide = context.io
    wide.columns = max(wide.columns ?? 0, 150)  // room for place names and both sides
    try step(["report"], workspace, context, io: wide)

    context.io.out("\n$ contested digest --out \(digest)\n")
    try step(["digest", "--out", digest], workspace, context, io: context.io)
    let briefing = (root as NSString).appendingPathComponent("briefing.html")
    context.io.out("\n$ contested digest --format html --out \(briefing)\n")
    try step(["digest", "--format", "html", "--out", briefing], workspace, context, io: context.io)
    context.io.out(
      """

      The digest is at \(digest)
      The HTML briefing (map and timelines; open it in a browser) is at \(briefing)
      Explore further, from the package folder (once 'contested' is on your PATH, leave out 'swift run'):
        swift run contested --workspace \(workspace) claims
        swift run contested --workspace \(workspace) report --format markdown
        swift run contested --workspace \(workspace) review list

      """)
    return .ok
  }

  /// Runs one `contested` command line in the demo workspace with `io`; fails when it does.
  static func step(
    _ arguments: [String], _ workspace: String, _ context: CommandContext, io: TerminalIO,
    in folder: String? = nil
  ) throws {
    var env = context.environment
    env["CONTESTED_WORKSPACE"] = nil
    let tool = CommandLineTool(
      io: io, environment: env, currentDirectory: folder ?? context.currentDirectory
    ) {
      context.now
    }
    let code = tool.run(["contested", "--workspace", workspace] + arguments)
    if code != .ok && code != .findings {
      throw CLIError.io(
        "the demo step 'contested \(arguments.prefix(2).joined(separator: " "))' failed (exit \(code.rawValue))."
      )
    }
  }
}

extension CommandContext {
  /// This context pointed at another workspace folder.
  func with(workspace: String) -> CommandContext {
    var c = self
    c.workspaceOption = workspace
    return c
  }
}
