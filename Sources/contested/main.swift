import ContestedCLI
import Foundation

signal(SIGPIPE, SIG_IGN)  // `contested claims | head` ends quietly instead of dying mid-write
let tool = CommandLineTool(io: .standard, environment: ProcessInfo.processInfo.environment)
exit(tool.run(CommandLine.arguments).rawValue)
