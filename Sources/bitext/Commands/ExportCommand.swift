import Bitext

/// `bitext export`: the aligned segments as JSON Lines, TSV, TMX, JSON, or
/// Markdown (one interleaved document, or two parallel files).
struct ExportCommand: Subcommand {
  static let name = "export"
  static let abstract = "Export aligned segments as JSON Lines, TSV, TMX, JSON or Markdown."
  static let usage =
    "export --format jsonl|tsv|tmx|json|interleaved|split [--only <kinds>] [--min-score <score>] [options] [FILE [ZH-FILE]]"
  static let help = """
    ARGUMENTS:
      FILE                    A bilingual Markdown file ('-' or absent: standard input),
                              or the English file when ZH-FILE is given.
      ZH-FILE                 The Chinese translation kept in its own file.

    OPTIONS:
      -f, --format <format>   jsonl: one JSON object per segment and line.
                              tsv: english<TAB>chinese rows under a header row.
                              tmx: a TMX 1.4b translation memory.
                              json: the 'bitext align' JSON.
                              interleaved: one Markdown file, each English paragraph
                              followed by its Chinese translation.
                              split: two Markdown files, PREFIX.en.md and PREFIX.zh.md.
      --only <kinds>          Keep only segments of these kinds (comma-separated or
                              repeated), such as '1-1' or '1-1,2-1'.
      --min-score <score>     Keep only segments scored at least <score> (0 to 1).
      --columns <columns>     tsv: extra columns, comma-separated, from
                              section, lines, kind, method, score.
      --include-partial       tmx: also write merged segments (2-1, 1-2, ...).
      --source-lang <tag>     tmx: the English side's xml:lang (default: en).
      --target-lang <tag>     tmx: the Chinese side's xml:lang (default: zh-CN).
      --output-prefix <path>  split (required): write <path>.en.md and <path>.zh.md.
      --compact               json: one line instead of pretty-printed.
      -h, --help              Show help information.

    TSV escapes tab, line feed, carriage return and backslash inside fields as
    \\t, \\n, \\r and \\\\. The formats are documented in Docs/Export.md.
    """
  static let options: [ArgumentScanner.Option] = [
    .init("format", short: "f"), .init("only", repeats: true), .init("min-score"),
    .init("columns"), .flag("include-partial"), .init("source-lang"), .init("target-lang"),
    .init("output-prefix"), .flag("compact"),
  ]

  enum Format: String, CaseIterable {
    case jsonl, tsv, tmx, json, interleaved, split
  }

  let format: Format
  let filter: ExportFilter
  let columns: [TSVWriter.Column]
  let tmx: TMXWriter.Options
  let outputPrefix: String?
  let compact: Bool
  let paths: [String]

  init(_ arguments: ArgumentScanner.Result) throws(UsageError) {
    let expected = Format.allCases.map(\.rawValue).joined(separator: ", ")
    guard let formatName = arguments.value("format") else {
      throw UsageError("Missing '--format <format>'; expected one of \(expected).")
    }
    guard let format = Format(rawValue: formatName) else {
      throw UsageError("The value '\(formatName)' is invalid for '--format <format>'; expected one of \(expected).")
    }
    self.format = format

    var kinds: Set<SegmentKind>?
    for list in arguments.all("only") {
      guard let parsed = ExportFilter.kinds(parsing: list) else {
        let known = SegmentKind.aligned.map(\.description).joined(separator: ", ")
        throw UsageError(
          "The value '\(list)' is invalid for '--only <kinds>'; expected kinds such as 1-1 or 1-1,2-1 (\(known)).")
      }
      kinds = (kinds ?? []).union(parsed)
    }
    var minimumScore: Double?
    if let text = arguments.value("min-score") {
      guard let score = Double(text), score >= 0, score <= 1 else {
        throw UsageError("The value '\(text)' is invalid for '--min-score <score>'; expected a number from 0 to 1.")
      }
      minimumScore = score
    }
    self.filter = ExportFilter(kinds: kinds, minimumScore: minimumScore)

    var columns: [TSVWriter.Column] = []
    if let list = arguments.value("columns") {
      try Self.require(format == .tsv, "columns")
      for name in list.split(separator: ",") {
        guard let column = TSVWriter.Column(rawValue: String(name)) else {
          let names = TSVWriter.Column.allCases.map(\.rawValue).joined(separator: ", ")
          throw UsageError("The value '\(name)' is invalid for '--columns <columns>'; expected \(names).")
        }
        columns.append(column)
      }
    }
    self.columns = columns

    var tmx = TMXWriter.Options(filter: filter)
    for (option, isSet) in [
      ("include-partial", arguments.flag("include-partial")),
      ("source-lang", arguments.value("source-lang") != nil),
      ("target-lang", arguments.value("target-lang") != nil),
    ] where isSet {
      try Self.require(format == .tmx, option)
    }
    tmx.includePartial = arguments.flag("include-partial")
    tmx.sourceLanguage = try Self.languageTag(arguments.value("source-lang"), option: "source-lang") ?? "en"
    tmx.targetLanguage = try Self.languageTag(arguments.value("target-lang"), option: "target-lang") ?? "zh-CN"
    self.tmx = tmx

    self.outputPrefix = arguments.value("output-prefix")
    if outputPrefix != nil { try Self.require(format == .split, "output-prefix") }
    if format == .split && (outputPrefix ?? "").isEmpty {
      throw UsageError("'--format split' needs '--output-prefix <path>' (writes <path>.en.md and <path>.zh.md).")
    }
    self.compact = arguments.flag("compact")
    if compact { try Self.require(format == .json, "compact") }
    self.paths = try InputFiles.paths(arguments.positionals)
  }

  private static func require(_ condition: Bool, _ option: String) throws(UsageError) {
    guard condition else {
      throw UsageError("'--\(option)' applies only to --format \(formatOf(option)).")
    }
  }

  private static func formatOf(_ option: String) -> String {
    switch option {
    case "columns": return "tsv"
    case "output-prefix": return "split"
    case "compact": return "json"
    default: return "tmx"
    }
  }

  /// A BCP 47 tag as TMX wants it: letters, digits and hyphens.
  private static func languageTag(_ tag: String?, option: String) throws(UsageError) -> String? {
    guard let tag else { return nil }
    let valid =
      !tag.isEmpty
      && tag.utf8.allSatisfy { byte in
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
          || byte == 0x2D
      }
    guard valid else {
      throw UsageError(
        "The value '\(tag)' is invalid for '--\(option) <tag>'; expected a language tag such as en or zh-CN.")
    }
    return tag
  }

  func run() throws(BitextError) -> Int32 {
    let alignment = try InputFiles.alignment(paths)
    if format == .split, let outputPrefix {
      let english = try OutputFile(path: outputPrefix + ".en.md")
      defer { english.close() }
      let chinese = try OutputFile(path: outputPrefix + ".zh.md")
      defer { chinese.close() }
      var englishStream = english.stream
      var chineseStream = chinese.stream
      SplitMarkdownWriter().write(filter.apply(to: alignment), english: &englishStream, chinese: &chineseStream)
      englishStream.flush()
      chineseStream.flush()
      return ExitCode.success
    }
    var output = StandardStream.output
    switch format {
    case .jsonl:
      JSONLinesWriter(filter: filter).write(alignment, to: &output)
    case .tsv:
      TSVWriter(columns: columns, filter: filter).write(alignment, to: &output)
    case .tmx:
      TMXWriter(options: tmx).write(alignment, to: &output)
    case .json:
      AlignmentJSON.write(filter.apply(to: alignment), prettyPrinted: !compact, to: &output)
      output.write("\n")
    case .interleaved:
      InterleavedMarkdownWriter().write(filter.apply(to: alignment), to: &output)
    case .split:
      break
    }
    output.flush()
    return ExitCode.success
  }
}
