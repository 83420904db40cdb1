import Bitext

/// `bitext align`: the aligned segments as JSON or a text listing.
struct AlignCommand: Subcommand {
  static let name = "align"
  static let abstract = "Align English and Chinese paragraphs and print the segments."
  static let usage = "align [--format json|text] [--compact] [FILE]"
  static let help = """
    ARGUMENTS:
      FILE                    A bilingual Markdown file ('-' or absent: standard input).

    OPTIONS:
      -f, --format <format>   Output format: json (default) or text.
      --compact               JSON on one line instead of pretty-printed.
      -h, --help              Show help information.

    The JSON schema is documented in Docs/JSON.md.
    """
  static let options: [ArgumentScanner.Option] = [
    .init("format", short: "f"), .flag("compact"),
  ]

  enum Format: String {
    case json, text
  }

  let format: Format
  let compact: Bool
  let paths: [String]

  init(_ arguments: ArgumentScanner.Result) throws(UsageError) {
    let formatName = arguments.value("format") ?? "json"
    guard let format = Format(rawValue: formatName) else {
      throw UsageError("The value '\(formatName)' is invalid for '--format <format>'; expected json or text.")
    }
    self.format = format
    self.compact = arguments.flag("compact")
    let paths = try InputFiles.paths(arguments.positionals)
    guard paths.count == 1 else {
      throw UsageError("Two-file alignment (FILE ZH-FILE) is not supported yet; give one file.")
    }
    self.paths = paths
  }

  func run() throws(BitextError) -> Int32 {
    let documents = try InputFiles.documents(paths)
    let alignment = Aligner().align(documents[0])
    var output = StandardStream.output
    switch format {
    case .json:
      AlignmentJSON.write(alignment, prettyPrinted: !compact, to: &output)
      output.write("\n")
    case .text:
      AlignmentListing().write(alignment, to: &output)
    }
    output.flush()
    return ExitCode.success
  }
}
