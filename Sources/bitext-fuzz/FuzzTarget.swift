import Bitext

/// What the fuzzer runs on every input: parse, align, check coverage, and
/// render and export the result every way the library can, checking the
/// invariants of `Docs/Reliability.md` on the way.
///
/// Any trap (overflow, bad index, failed precondition) is a crash the fuzzer
/// reports; a broken invariant is turned into a trap on purpose.
enum FuzzTarget {
  /// The aligner's configurations (``Aligner/Options/everyPath``), one per
  /// input by its length: every path of the aligner gets inputs.
  static let optionSets = Aligner.Options.everyPath

  static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
    let text: String
    do {
      text = try InputReader().decode(bytes, file: "fuzz")
    } catch {
      _ = error.description
      return
    }
    let document: BilingualDocument
    do {
      document = try BilingualDocument(parsing: text, source: "fuzz.md")
    } catch {
      _ = error.description
      return
    }
    let alignment = Aligner(options: optionSets[bytes.count % optionSets.count]).align(document)
    let violations = AlignmentInvariants(document: document).violations(of: alignment)
    if !violations.isEmpty {
      fatalError("invariant violated: \(violations.prefix(3).joined(separator: "; "))")
    }
    guard (try? AlignmentJSON.decode(AlignmentJSON.encode(alignment, prettyPrinted: false))) != nil else {
      fatalError("JSON output does not decode")
    }
    var sink = CountingSink()
    AlignmentListing().write(alignment, to: &sink)
    exportEverything(alignment, to: &sink)
    renderEverything(alignment, width: 20 + bytes.count % 140, to: &sink)
    checkCoverage(document, to: &sink)
  }

  private static func exportEverything(_ alignment: Alignment, to sink: inout CountingSink) {
    JSONLinesWriter().write(alignment, to: &sink)
    TSVWriter(columns: TSVWriter.Column.allCases).write(alignment, to: &sink)
    TMXWriter().write(alignment, to: &sink)
    InterleavedMarkdownWriter().write(alignment, to: &sink)
    var chinese = CountingSink()
    SplitMarkdownWriter().write(alignment, english: &sink, chinese: &chinese)
  }

  private static func renderEverything(_ alignment: Alignment, width: Int, to sink: inout CountingSink) {
    let text = SideBySideRenderer(options: .init(width: width, lineNumbers: width % 2 == 0)).render(alignment)
    for line in text.split(separator: "\n", omittingEmptySubsequences: false)
    where DisplayWidth.default.width(of: line) > width {
      fatalError("a line of \(DisplayWidth.default.width(of: line)) columns at width \(width): \(line)")
    }
    sink.write(text)
    MarkdownTableRenderer().write(alignment, to: &sink)
    HTMLRenderer().write(alignment, to: &sink)
  }

  private static func checkCoverage(_ document: BilingualDocument, to sink: inout CountingSink) {
    let checker = CoverageChecker()
    let report = checker.report([checker.check(document)])
    CoverageTextReport().write(report, to: &sink)
    JUnitReport().write(report, to: &sink)
    SARIFReport().write(report, to: &sink)
    GitHubReport().writeAnnotations(report, to: &sink)
    guard (try? CoverageJSON.decode(CoverageJSON.encode(report))) != nil else {
      fatalError("coverage JSON does not decode")
    }
  }
}

/// A text stream that only counts what it is given.
struct CountingSink: TextOutputStream {
  var count = 0

  mutating func write(_ string: String) {
    count += string.utf8.count
  }
}
