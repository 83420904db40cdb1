import Foundation

/// Encodes and decodes a ``CoverageReport`` as JSON: `bitext check --format json`.
///
/// Keys are sorted and the text is pretty-printed, so the output is stable
/// byte for byte and diffs well; the schema is described in `Docs/Coverage.md`.
public enum CoverageJSON {
  /// The report as JSON text, pretty-printed with sorted keys.
  public static func encode(_ report: CoverageReport) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding plain value types with finite numbers cannot fail; an empty
    // object is the conservative answer if it ever did.
    guard let data = try? encoder.encode(report) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }

  /// Decodes a report from JSON produced by ``encode(_:)``.
  public static func decode(_ json: String) throws -> CoverageReport {
    try JSONDecoder().decode(CoverageReport.self, from: Data(json.utf8))
  }
}
