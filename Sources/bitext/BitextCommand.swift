import Bitext

/// The `bitext` command: dispatches to a subcommand, prints help, usage
/// errors (exit 64) and input errors (exit 2).
enum BitextCommand {
  nonisolated(unsafe) static let subcommands: [any Subcommand.Type] = [
    AlignCommand.self,
    ExportCommand.self,
    ShowCommand.self,
    CheckCommand.self,
  ]

  static let overview = """
    OVERVIEW: Align bilingual English/Chinese Markdown transcripts.

    USAGE: bitext <subcommand> [options] [FILE]

    OPTIONS:
      --version               Show the version.
      -h, --help              Show help information.

    SUBCOMMANDS:
    \(subcommands.map { "  " + $0.name.padding(to: 22) + "  " + $0.abstract }.joined(separator: "\n"))

      See 'bitext help <subcommand>' for detailed help.
    """

  static func main(_ arguments: [String]) -> Int32 {
    var output = StandardStream.output
    var errors = StandardStream.error
    defer {
      output.flush()
      errors.flush()
    }
    guard let first = arguments.first else {
      errors.write("Error: Missing a subcommand.\n\n\(overview)\n")
      return ExitCode.usage
    }
    switch first {
    case "-h", "--help":
      output.write(overview + "\n")
      return ExitCode.success
    case "--version":
      output.write(BitextVersion.current + "\n")
      return ExitCode.success
    case "help":
      guard arguments.count > 1 else {
        output.write(overview + "\n")
        return ExitCode.success
      }
      guard let command = subcommands.first(where: { $0.name == arguments[1] }) else {
        errors.write("Error: Unknown subcommand '\(arguments[1])'.\n\n\(overview)\n")
        return ExitCode.usage
      }
      output.write(helpText(command) + "\n")
      return ExitCode.success
    default:
      break
    }
    guard let command = subcommands.first(where: { $0.name == first }) else {
      errors.write("Error: Unknown subcommand '\(first)'.\n\n\(overview)\n")
      return ExitCode.usage
    }
    let rest = Array(arguments.dropFirst())
    if let end = rest.firstIndex(of: "--") ?? Optional(rest.endIndex),
      rest[..<end].contains(where: { $0 == "-h" || $0 == "--help" })
    {
      output.write(helpText(command) + "\n")
      return ExitCode.success
    }
    do {
      let scanned = try ArgumentScanner(options: command.options).scan(rest)
      let instance = try command.init(scanned)
      output.flush()
      return run(instance)
    } catch {
      errors.write("Error: \(error.message)\n")
      errors.write("Usage: bitext \(command.usage)\n")
      errors.write("  See 'bitext \(command.name) --help' for more information.\n")
      return ExitCode.usage
    }
  }

  private static func run(_ command: some Subcommand) -> Int32 {
    do {
      return try command.run()
    } catch {
      var errors = StandardStream.error
      errors.write("bitext: error: \(error.description)\n")
      errors.flush()
      return ExitCode.invalidInput
    }
  }

  static func helpText(_ command: any Subcommand.Type) -> String {
    "OVERVIEW: \(command.abstract)\n\nUSAGE: bitext \(command.usage)\n\n\(command.help)"
  }
}

extension String {
  func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
