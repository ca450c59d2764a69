import ContestedKit

/// The parsed command line of one command: flags, option values and positionals.
public struct ParsedArguments: Sendable {
  var flags: Set<String> = []
  var valuesByName: [String: [String]] = [:]
  /// Arguments that are not options, in order (everything after `--` included).
  public var positionals: [String] = []

  /// Whether the flag was given.
  public func flag(_ name: String) -> Bool { flags.contains(name) }

  /// The value of an option (the last one, if repeated), or nil.
  public func value(_ name: String) -> String? { valuesByName[name]?.last }

  /// Every value of a repeatable option, in order.
  public func values(_ name: String) -> [String] { valuesByName[name] ?? [] }

  /// The value of an option that must be one of an enum's raw values.
  public func choice<T: RawRepresentable & CaseIterable>(_ name: String, of type: T.Type, default defaultValue: T)
    throws -> T where T.RawValue == String
  {
    guard let raw = value(name) else { return defaultValue }
    if let v = T(rawValue: raw) { return v }
    let all = T.allCases.map(\.rawValue)
    var message = "\(name): '\(raw)' is not one of \(all.joined(separator: ", "))."
    if let s = EditDistance.suggestion(for: raw, among: all) { message += " Did you mean '\(s)'?" }
    throw CLIError.usage(message)
  }

  /// The value of a date option, `YYYY-MM-DD`.
  public func day(_ name: String) throws -> Day? {
    guard let raw = value(name) else { return nil }
    guard let d = Day(iso: raw) else {
      throw CLIError.usage("\(name): '\(raw)' is not a date; expected YYYY-MM-DD (e.g. 2016-06-18).")
    }
    return d
  }

  /// The value of an integer option.
  public func integer(_ name: String, in range: ClosedRange<Int>? = nil) throws -> Int? {
    guard let raw = value(name) else { return nil }
    guard let v = Int(raw), range.map({ $0.contains(v) }) ?? true else {
      let bounds = range.map { " from \($0.lowerBound) to \($0.upperBound)" } ?? ""
      throw CLIError.usage("\(name): '\(raw)' is not a whole number\(bounds).")
    }
    return v
  }

  /// The value of a decimal option.
  public func number(_ name: String, in range: ClosedRange<Double>? = nil) throws -> Double? {
    guard let raw = value(name) else { return nil }
    guard let v = Double(raw), v.isFinite, range.map({ $0.contains(v) }) ?? true else {
      let bounds = range.map { " from \($0.lowerBound) to \($0.upperBound)" } ?? ""
      throw CLIError.usage("\(name): '\(raw)' is not a number\(bounds).")
    }
    return v
  }

  /// The one required positional argument, or a usage error naming it.
  public func positional(_ index: Int, name: String) throws -> String {
    guard index < positionals.count else { throw CLIError.usage("missing \(name).") }
    return positionals[index]
  }

  /// A usage error unless there are at most `count` positionals.
  public func expectPositionals(atMost count: Int) throws {
    if positionals.count > count {
      throw CLIError.usage("unexpected argument '\(positionals[count])'.")
    }
  }
}

/// Splits a command's arguments into flags, values and positionals according to its option specs.
enum ArgumentScanner {
  static func parse(_ arguments: ArraySlice<String>, options: [OptionSpec]) throws -> ParsedArguments {
    var result = ParsedArguments()
    var byName: [String: OptionSpec] = [:]
    var byShort: [Character: OptionSpec] = [:]
    for o in options {
      byName[o.name] = o
      if let s = o.short { byShort[s] = o }
    }
    var i = arguments.startIndex
    var optionsEnded = false
    while i < arguments.endIndex {
      let arg = arguments[i]
      i += 1
      if optionsEnded || arg == "-" || !arg.hasPrefix("-") || isNegativeNumber(arg) {
        result.positionals.append(arg)
        continue
      }
      if arg == "--" {
        optionsEnded = true
        continue
      }
      var name = arg
      var inlineValue: String?
      if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
        name = String(arg[..<eq])
        inlineValue = String(arg[arg.index(after: eq)...])
      }
      let spec: OptionSpec
      if name.hasPrefix("--") {
        guard let s = byName[name] else { throw unknown(name, options: options) }
        spec = s
      } else {
        guard name.count == 2, let s = byShort[name.last!] else { throw unknown(name, options: options) }
        spec = s
      }
      if spec.takesValue {
        let value: String
        if let v = inlineValue {
          value = v
        } else {
          guard i < arguments.endIndex else {
            throw CLIError.usage("\(spec.name) needs a value (\(spec.valueName ?? "VALUE")).")
          }
          value = arguments[i]
          i += 1
        }
        if !spec.isRepeatable, result.valuesByName[spec.name] != nil {
          throw CLIError.usage("\(spec.name) was given more than once.")
        }
        result.valuesByName[spec.name, default: []].append(value)
      } else {
        if inlineValue != nil { throw CLIError.usage("\(spec.name) is a flag and takes no value.") }
        result.flags.insert(spec.name)
      }
    }
    return result
  }

  static func isNegativeNumber(_ s: String) -> Bool {
    s.count > 1 && s.first == "-" && Double(s.dropFirst()) != nil
  }

  static func unknown(_ name: String, options: [OptionSpec]) -> CLIError {
    var message = "unknown option '\(name)'."
    if let s = EditDistance.suggestion(for: name, among: options.map(\.name)) {
      message += " Did you mean '\(s)'?"
    }
    return .usage(message)
  }
}
