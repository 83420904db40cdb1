/// Something that writes an ``Alignment`` as text: every exporter
/// (``JSONLinesWriter``, ``TSVWriter``, ``TMXWriter``,
/// ``InterleavedMarkdownWriter``) and every view (``SideBySideRenderer``,
/// ``MarkdownTableRenderer``, ``HTMLRenderer``, ``AlignmentListing``).
///
/// Writers stream to any `TextOutputStream` (a file, standard output, a
/// string); ``render(_:)`` collects the output into a `String`.
public protocol AlignmentWriter: Sendable {
  /// Writes `alignment` to `output`.
  func write(_ alignment: Alignment, to output: inout some TextOutputStream)
}

extension AlignmentWriter {
  /// The text ``write(_:to:)`` writes for `alignment`, as one string.
  public func render(_ alignment: Alignment) -> String {
    var text = ""
    write(alignment, to: &text)
    return text
  }
}
