import Bitext
import Foundation

/// `bitext check`: translation coverage of files and folders, for CI.
struct CheckCommand: Subcommand {
  static let name = "check"
  static let abstract = "Check that every English paragraph is translated (for CI)."
  static let usage =
    "check [--format text|json|github|junit|sarif] [--min-coverage <ratio>] [--max-warnings <n>] "
    + "[--rule <id>=off|info|warning|error ...] [--verify-words] PATH..."
  static let help = """
    ARGUMENTS:
      PATH                    Files or folders ('-': standard input). Folders are searched
                              recursively for *.md, *.markdown and *.txt, skipping hidden
                              entries; NAME.en.md with NAME.zh.md is one two-file document.

    OPTIONS:
      -f, --format <format>   text (default), json, github, junit or sarif.
      --min-coverage <ratio>  The coverage each document must reach, 0 to 1 (default 1.0).
      --max-warnings <n>      Fail when there are more than n warnings (default: no limit).
      --rule <id>=<level>     Set a rule to off, info, warning or error; repeatable.
      --verify-words          Also read the words of each pair: a missing translation
                              next to a missing source, whose two strangers would
                              pair by position and length, is then found (slower).
      -h, --help              Show help information.

    RULES:
    \(Rule.allCases.map { "  " + $0.id.padding(to: 22) + "  " + $0.defaultSeverity.rawValue }.joined(separator: "\n"))

    EXIT STATUS: 0 thresholds met, 1 findings over a threshold, 2 unreadable or invalid
    input, 64 usage error. The rules are described in Docs/Coverage.md.
    """
  static let options: [ArgumentScanner.Option] = [
    .init("format", short: "f"), .init("min-coverage"), .init("max-warnings"), .init("rule", repeats: true),
    .flag("verify-words"),
  ]

  enum Format: String {
    case text, json, github, junit, sarif
  }

  let format: Format
  let options: CoverageChecker.Options
  let aligner: Aligner
  let paths: [String]

  init(_ arguments: ArgumentScanner.Result) throws(UsageError) {
    let formatName = arguments.value("format") ?? "text"
    guard let format = Format(rawValue: formatName) else {
      throw UsageError(
        "The value '\(formatName)' is invalid for '--format <format>'; expected text, json, github, junit or sarif.")
    }
    self.format = format
    var options = CoverageChecker.Options()
    if let text = arguments.value("min-coverage") {
      guard let value = Double(text), value >= 0, value <= 1 else {
        throw UsageError("The value '\(text)' is invalid for '--min-coverage <ratio>'; expected a number from 0 to 1.")
      }
      options.minimumCoverage = value
    }
    if let text = arguments.value("max-warnings") {
      guard let value = Int(text), value >= 0 else {
        throw UsageError("The value '\(text)' is invalid for '--max-warnings <n>'; expected a whole number ≥ 0.")
      }
      options.maximumWarnings = value
    }
    for setting in arguments.all("rule") {
      let parts = setting.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard parts.count == 2, let rule = Rule(rawValue: String(parts[0])) else {
        let known = Rule.allCases.map(\.id).joined(separator: ", ")
        throw UsageError("The value '\(setting)' is invalid for '--rule <id>=<level>'; rule ids are \(known).")
      }
      if parts[1] == "off" {
        options.disabledRules.insert(rule)
      } else if let severity = Severity(rawValue: String(parts[1])) {
        options.disabledRules.remove(rule)
        options.severities[rule] = severity
      } else {
        throw UsageError(
          "The value '\(setting)' is invalid for '--rule <id>=<level>'; levels are off, info, warning, error.")
      }
    }
    self.options = options
    self.aligner = Aligner(options: .init(verifiesPairsByWords: arguments.flag("verify-words")))
    guard !arguments.positionals.isEmpty else {
      throw UsageError("Missing expected argument 'PATH...'.")
    }
    if arguments.positionals.filter({ $0 == "-" }).count > 1 {
      throw UsageError("Standard input ('-') can be read only once.")
    }
    self.paths = arguments.positionals
  }

  func run() throws(BitextError) -> Int32 {
    let inputs = DocumentFinder().find(paths)
    if inputs.isEmpty {
      // A CI job pointed at the wrong folder should not pass unnoticed.
      var errors = StandardStream.error
      errors.write("bitext: warning: no *.md, *.markdown or *.txt files under \(paths.joined(separator: ", "))\n")
      errors.flush()
    }
    let report = CoverageChecker(options: options, aligner: aligner).check(inputs)
    var output = StandardStream.output
    switch format {
    case .text:
      CoverageTextReport().write(report, to: &output)
    case .json:
      CoverageJSON.write(report, to: &output)
      output.write("\n")
    case .github:
      let github = GitHubReport()
      github.writeAnnotations(report, to: &output)
      if let path = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty {
        Self.append(github.summary(report), to: path)
      }
    case .junit:
      JUnitReport().write(report, to: &output)
    case .sarif:
      SARIFReport().write(report, to: &output)
    }
    output.flush()
    if !report.inputFailures.isEmpty {
      var errors = StandardStream.error
      for failure in report.inputFailures {
        errors.write("bitext: error: \(failure.message)\n")
      }
      errors.flush()
      return ExitCode.invalidInput
    }
    return report.passed ? ExitCode.success : ExitCode.findings
  }

  /// Appends the job summary; a summary that cannot be written is reported but does not fail the check.
  private static func append(_ text: String, to path: String) {
    if !FileManager.default.fileExists(atPath: path) {
      _ = FileManager.default.createFile(atPath: path, contents: nil)
    }
    guard let handle = FileHandle(forWritingAtPath: path) else {
      var errors = StandardStream.error
      errors.write("bitext: warning: cannot write the job summary to \(path)\n")
      errors.flush()
      return
    }
    defer { try? handle.close() }
    _ = try? handle.seekToEnd()
    try? handle.write(contentsOf: Data(text.utf8))
  }
}
