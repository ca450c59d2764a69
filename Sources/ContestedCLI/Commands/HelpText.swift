/// Renders `--help` for a command in the style of swift-argument-parser.
enum HelpText {
  static func render(_ command: any Command.Type, path: [String]) -> String {
    var text = "OVERVIEW: \(command.abstract)\n\nUSAGE: \(command.usage)\n"
    let options = command.options + [OptionSpec.workspace, OptionSpec.lockTimeout, OptionSpec.help]
    text += "\nOPTIONS:\n"
    let labels = options.map { o -> String in
      var label = o.short.map { "-\($0), " } ?? ""
      label += o.name
      if let v = o.valueName { label += " <\(v)>" }
      return label
    }
    let width = min(30, (labels.map(\.count).max() ?? 0) + 2)
    for (label, o) in zip(labels, options) {
      let pad =
        label.count < width
        ? String(repeating: " ", count: width - label.count) : "\n  " + String(repeating: " ", count: width)
      text += "  \(label)\(pad)\(o.help)\(o.isRepeatable ? " (repeatable)" : "")\n"
    }
    if !command.subcommands.isEmpty {
      text += "\nSUBCOMMANDS:\n"
      let w = (command.subcommands.map { $0.name.count }.max() ?? 0) + 2
      for s in command.subcommands {
        text += "  \(s.name)\(String(repeating: " ", count: w - s.name.count))\(s.abstract)\n"
      }
      text += "\n  See 'contested help \((path + ["<subcommand>"]).joined(separator: " "))' for details.\n"
    }
    if !command.discussion.isEmpty {
      text += "\n" + command.discussion + (command.discussion.hasSuffix("\n") ? "" : "\n")
    }
    return text
  }
}
