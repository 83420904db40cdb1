import Bitext

/// `bitext align`: the aligned segments as JSON or a text listing.
struct AlignCommand: Subcommand {
  static let name = "align"
  static let abstract = "Align English and Chinese paragraphs and print the segments."
  static let usage =
    "align [--format json|text] [--compact] [--strategy automatic|ordinal|length] "
    + "[--layout automatic|interleaved|blocks] [--fixed-priors] [--verify-words] [FILE [ZH-FILE]]"
  static let help = """
    ARGUMENTS:
      FILE                    A bilingual Markdown file ('-' or absent: standard input),
                              or the English file when ZH-FILE is given.
      ZH-FILE                 The Chinese translation kept in its own file.

    OPTIONS:
      -f, --format <format>   Output format: json (default) or text.
      --compact               JSON on one line instead of pretty-printed.
      --strategy <strategy>   automatic (default): ordinal pairing where a section
                              pairs cleanly, the length-based DP aligner elsewhere
                              (interleaved: only around irregularities); ordinal
                              or length to force one.
      --layout <layout>       automatic (default), interleaved or blocks: where
                              translations sit; two files always align as blocks.
      --fixed-priors          Weigh close calls by the default move priors instead of
                              the mix of dropped, merged and split paragraphs the
                              document's own first alignment found: each section
                              then aligns the same whatever irregularities the
                              rest of the document holds.
      --verify-words          Also read the words of each pair made by position, and
                              align again where they say the two are strangers:
                              finds a missing translation next to a missing source,
                              at a fraction of the speed (Docs/Alignment.md).
      -h, --help              Show help information.

    The JSON schema is documented in Docs/JSON.md; the aligner in Docs/Alignment.md.
    """
  static let options: [ArgumentScanner.Option] = [
    .init("format", short: "f"), .flag("compact"), .init("strategy"), .init("layout"), .flag("fixed-priors"),
    .flag("verify-words"),
  ]

  enum Format: String {
    case json, text
  }

  let format: Format
  let compact: Bool
  let paths: [String]
  let options: Aligner.Options

  init(_ arguments: ArgumentScanner.Result) throws(UsageError) {
    let formatName = arguments.value("format") ?? "json"
    guard let format = Format(rawValue: formatName) else {
      throw UsageError("The value '\(formatName)' is invalid for '--format <format>'; expected json or text.")
    }
    self.format = format
    self.compact = arguments.flag("compact")
    let strategyName = arguments.value("strategy") ?? "automatic"
    guard let strategy = AlignmentStrategy(rawValue: strategyName) else {
      throw UsageError(
        "The value '\(strategyName)' is invalid for '--strategy <strategy>'; expected automatic, ordinal or length.")
    }
    let layoutName = arguments.value("layout") ?? "automatic"
    guard let layout = DocumentLayout(rawValue: layoutName) else {
      throw UsageError(
        "The value '\(layoutName)' is invalid for '--layout <layout>'; expected automatic, interleaved or blocks.")
    }
    self.options = Aligner.Options(
      strategy: strategy, layout: layout, learnsMovePriors: !arguments.flag("fixed-priors"),
      verifiesPairsByWords: arguments.flag("verify-words"))
    self.paths = try InputFiles.paths(arguments.positionals)
  }

  func run() throws(BitextError) -> Int32 {
    let alignment = try InputFiles.alignment(paths, aligner: Aligner(options: options))
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
