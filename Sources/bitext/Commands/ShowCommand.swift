import Bitext

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `bitext show`: the aligned transcript side by side, as terminal text,
/// a Markdown table or an HTML page.
struct ShowCommand: Subcommand {
  static let name = "show"
  static let abstract = "Show English and Chinese side by side (text, Markdown or HTML)."
  static let usage = """
    show [--format text|markdown|html] [--width <n>] [--color auto|always|never]
                       [--chinese-first] [--line-numbers] [--ambiguous-wide] [FILE [ZH-FILE]]
    """
  static let help = """
    ARGUMENTS:
      FILE                    A bilingual Markdown file ('-' or absent: standard input),
                              or the English file when ZH-FILE is given.
      ZH-FILE                 The Chinese translation kept in its own file.

    OPTIONS:
      -f, --format <format>   Output format: text (default), markdown or html.
      -w, --width <n>         Columns of the text view, at least 20 (default: the
                              terminal's width, else $COLUMNS, else 100).
      --color <when>          auto (default: when standard output is a terminal
                              and NO_COLOR is unset), always or never.
      --chinese-first         Put the Chinese column on the left.
      --line-numbers          Show each paragraph's source line.
      --ambiguous-wide        Count East Asian Ambiguous characters (“ ” … —) as
                              two columns, as CJK-locale terminals do.
      -h, --help              Show help information.
    """
  static let options: [ArgumentScanner.Option] = [
    .init("format", short: "f"), .init("width", short: "w"), .init("color"),
    .flag("chinese-first"), .flag("line-numbers"), .flag("ambiguous-wide"),
  ]

  enum Format: String {
    case text, markdown, html
  }

  enum ColorChoice: String {
    case auto, always, never
  }

  let format: Format
  let width: Int?
  let color: ColorChoice
  let order: ColumnOrder
  let lineNumbers: Bool
  let ambiguousWide: Bool
  let paths: [String]

  init(_ arguments: ArgumentScanner.Result) throws(UsageError) {
    let formatName = arguments.value("format") ?? "text"
    guard let format = Format(rawValue: formatName) else {
      throw UsageError(
        "The value '\(formatName)' is invalid for '--format <format>'; expected text, markdown or html.")
    }
    self.format = format
    if let text = arguments.value("width") {
      guard let width = Int(text), width >= SideBySideRenderer.minimumWidth else {
        throw UsageError(
          "The value '\(text)' is invalid for '--width <n>'; expected a number of at least \(SideBySideRenderer.minimumWidth)."
        )
      }
      self.width = width
    } else {
      self.width = nil
    }
    let colorName = arguments.value("color") ?? "auto"
    guard let color = ColorChoice(rawValue: colorName) else {
      throw UsageError("The value '\(colorName)' is invalid for '--color <when>'; expected auto, always or never.")
    }
    self.color = color
    self.order = arguments.flag("chinese-first") ? .chineseFirst : .englishFirst
    self.lineNumbers = arguments.flag("line-numbers")
    self.ambiguousWide = arguments.flag("ambiguous-wide")
    self.paths = try InputFiles.paths(arguments.positionals)
  }

  func run() throws(BitextError) -> Int32 {
    let alignment = try InputFiles.alignment(paths)
    var output = StandardStream.output
    switch format {
    case .text:
      let environment = Environment.current
      let options = SideBySideRenderer.Options(
        width: width ?? TerminalSize.width(of: output.descriptor, environment: environment),
        order: order, lineNumbers: lineNumbers, color: usesColor(output, environment),
        displayWidth: DisplayWidth(ambiguousIsWide: ambiguousWide))
      SideBySideRenderer(options: options).write(alignment, to: &output)
    case .markdown:
      MarkdownTableRenderer(options: .init(order: order, lineNumbers: lineNumbers))
        .write(alignment, to: &output)
    case .html:
      HTMLRenderer(options: .init(order: order, lineNumbers: lineNumbers)).write(alignment, to: &output)
    }
    output.flush()
    return ExitCode.success
  }

  /// `always`; `never`; `auto`: a terminal, and `NO_COLOR` unset or empty.
  private func usesColor(_ output: StandardStream, _ environment: [String: String]) -> Bool {
    switch color {
    case .always: return true
    case .never: return false
    case .auto: return output.isTerminal && (environment["NO_COLOR"] ?? "").isEmpty
    }
  }
}
