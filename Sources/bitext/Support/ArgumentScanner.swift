/// Splits a subcommand's arguments into options, flags and positionals,
/// following swift-argument-parser's conventions: `--name value`,
/// `--name=value`, `-n value`, `--` ends options, `-` is a positional
/// (standard input).
struct ArgumentScanner {
  /// An option a command accepts.
  struct Option {
    /// The long name, without dashes (`format`).
    let name: String
    /// A one-letter short name, without the dash (`f`).
    let short: Character?
    /// Whether the option takes a value.
    let takesValue: Bool
    /// Whether the option may be given several times (values accumulate).
    let repeats: Bool

    init(_ name: String, short: Character? = nil, takesValue: Bool = true, repeats: Bool = false) {
      self.name = name
      self.short = short
      self.takesValue = takesValue
      self.repeats = repeats
    }

    static func flag(_ name: String, short: Character? = nil) -> Option {
      Option(name, short: short, takesValue: false)
    }
  }

  /// The scanned command line.
  struct Result {
    var values: [String: [String]] = [:]
    var positionals: [String] = []

    /// The last value of option `name`.
    func value(_ name: String) -> String? { values[name]?.last }
    /// All values of a repeating option.
    func all(_ name: String) -> [String] { values[name] ?? [] }
    /// Whether flag `name` was given.
    func flag(_ name: String) -> Bool { values[name] != nil }
  }

  let options: [Option]

  func scan(_ arguments: [String]) throws(UsageError) -> Result {
    var result = Result()
    var index = 0
    var optionsEnded = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
        result.positionals.append(argument)
        continue
      }
      if argument == "--" {
        optionsEnded = true
        continue
      }
      let option: Option
      var inlineValue: String?
      if argument.hasPrefix("--") {
        let body = argument.dropFirst(2)
        let name: Substring
        if let equals = body.firstIndex(of: "=") {
          name = body[..<equals]
          inlineValue = String(body[body.index(after: equals)...])
        } else {
          name = body
        }
        guard let found = options.first(where: { $0.name == name }) else {
          throw UsageError("Unknown option '--\(name)'.")
        }
        option = found
      } else {
        let letters = argument.dropFirst()
        guard letters.count == 1, let found = options.first(where: { $0.short == letters.first }) else {
          throw UsageError("Unknown option '\(argument)'.")
        }
        option = found
      }
      if option.takesValue {
        let value: String
        if let inlineValue {
          value = inlineValue
        } else {
          guard index < arguments.count else {
            throw UsageError("Missing value for '--\(option.name) <\(option.name)>'.")
          }
          value = arguments[index]
          index += 1
        }
        if option.repeats {
          result.values[option.name, default: []].append(value)
        } else {
          result.values[option.name] = [value]
        }
      } else {
        if inlineValue != nil { throw UsageError("The flag '--\(option.name)' does not take a value.") }
        result.values[option.name] = [""]
      }
    }
    return result
  }
}
