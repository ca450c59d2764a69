import ContestedKit
import ContestedStore

/// `contested init [DIR]`: creates a workspace.
struct InitCommand: Command {
  static let name = "init"
  static let abstract = "Create a workspace: a folder with a ledger, settings and room for places and actors."
  static let usage = "contested init [DIR] [--organization NAME] [--require-approval]"
  static let options: [OptionSpec] = [
    .value("--organization", valueName: "NAME", help: "The desk's name, used as author of exported ClaimReviews."),
    .value("--organization-url", valueName: "URL", help: "The desk's web address."),
    .flag("--require-approval", help: "Require a second reviewer's approval before a verdict is final."),
  ]
  static let discussion = """
    DIR defaults to --workspace, then $CONTESTED_WORKSPACE, then the current folder; it is created if needed.
    The workspace starts with the bundled Syria gazetteer and actor registry; add your own places and actors
    with 'contested places add' and 'contested actors add'.
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 1)
    let dir = args.positionals.first.map(context.resolvePath) ?? context.workspacePath
    var settings = WorkspaceSettings()
    if let o = args.value("--organization") { settings.organizationName = o }
    settings.organizationURL = args.value("--organization-url")
    if let u = settings.organizationURL, !WebURL.isSafe(u) {
      throw CLIError.usage("--organization-url: '\(u)' is not an http:// or https:// address.")
    }
    settings.requireApproval = args.flag("--require-approval")
    let ws = try Workspace.initialize(
      at: dir, clock: context.now, tool: "contested \(context.toolVersion)", settings: settings)
    context.show("Created a contested workspace in \(ws.root)\n")
    if args.value("--organization") == nil {
      context.show(
        "Exported ClaimReviews will be signed \"\(settings.organizationName)\" (the default); "
          + "give --organization NAME, or edit \"organization\" in contested.json, to sign them with your desk's name.\n"
      )
    }
    return .ok
  }
}
