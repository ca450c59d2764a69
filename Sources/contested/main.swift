import ContestedCLI
import Foundation

let tool = CommandLineTool(io: .standard, environment: ProcessInfo.processInfo.environment)
exit(tool.run(CommandLine.arguments).rawValue)
