/// A plain-text listing of an ``Alignment``: one block per segment, with
/// its kind, method, score and each paragraph's source line.
///
/// ```
/// ### 贸易协议的积极影响与市场反应  (line 26)
///
/// [1-1 ordinal 0.99]
///   en 28  on all goods coming from Europe, …
///   zh 30  所有从欧洲进口的商品，…
/// ```
///
/// This is the `text` format of `bitext align`; the side-by-side view is `bitext show`.
public struct AlignmentListing: AlignmentWriter {
  /// Creates a listing writer.
  public init() {}

  /// Writes the listing of `alignment` to `output`.
  public func write(_ alignment: Alignment, to output: inout some TextOutputStream) {
    var first = true
    for section in alignment.sections {
      if !first { output.write("\n") }
      first = false
      if let heading = section.heading {
        output.write(String(repeating: "#", count: heading.level))
        output.write(" \(heading.displayText)  (line \(heading.line))\n")
      } else {
        output.write("(untitled section)\n")
      }
      for segment in section.segments {
        let score = (segment.score * 100).rounded() / 100
        let note = segment.isBilingualUnit ? " bilingual" : ""
        output.write("\n[\(segment.kind) \(segment.method.rawValue) \(score)\(note)]\n")
        for block in segment.englishBlocks { write(block, tag: "en", to: &output) }
        for block in segment.chineseBlocks { write(block, tag: "zh", to: &output) }
      }
    }
  }

  private func write(_ block: Block, tag: String, to output: inout some TextOutputStream) {
    output.write("  \(tag) \(block.line)  ")
    output.write(String(block.text).replacing("\n", with: "\n      "))
    output.write("\n")
  }
}
