#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns a document's text into a ``BilingualDocument`` in one pass over its UTF-8 bytes.
struct DocumentParser {
  let text: String
  let source: String?

  init(text: String, source: String?) {
    var text = text
    text.makeContiguousUTF8()
    self.text = text
    self.source = source
  }

  func parse() throws(BitextError) -> BilingualDocument {
    let result = text.utf8.withContiguousStorageIfAvailable {
      bytes -> Result<BilingualDocument, BitextError> in
      do throws(BitextError) {
        return .success(try parse(bytes))
      } catch {
        return .failure(error)
      }
    }
    // `makeContiguousUTF8()` guarantees contiguous storage.
    guard let result else { preconditionFailure("String storage is not contiguous UTF-8") }
    return try result.get()
  }

  private func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(BitextError) -> BilingualDocument {
    let hasByteOrderMark =
      bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    var cursor = LineCursor(bytes: bytes, offset: hasByteOrderMark ? 3 : 0)
    let frontMatter = try parseFrontMatter(&cursor, bytes: bytes)
    var scanner = BlockScanner(text: text, bytes: bytes)
    while let line = cursor.next() {
      scanner.consume(line)
    }
    let sections = scanner.finish()
    return BilingualDocument(
      source: source, frontMatter: frontMatter, sections: sections, text: text)
  }

  /// Reads front matter if the first line is `---`; leaves `cursor` after it.
  private func parseFrontMatter(
    _ cursor: inout LineCursor, bytes: UnsafeBufferPointer<UInt8>
  ) throws(BitextError) -> FrontMatter? {
    var lookahead = cursor
    guard let opening = lookahead.next(), isFence(opening, bytes: bytes) else { return nil }
    var lines: [Substring] = []
    while let line = lookahead.next() {
      if line.indent == 0 && isFence(line, bytes: bytes, allowDots: true) {
        cursor = lookahead
        return FrontMatter(
          entries: FrontMatterParser.entries(from: lines), line: opening.number,
          endLine: line.number)
      }
      lines.append(text.slice(line.start..<line.end))
    }
    throw .unterminatedFrontMatter(file: source ?? InputReader.standardInputName, line: opening.number)
  }

  private func isFence(_ line: SourceLine, bytes: UnsafeBufferPointer<UInt8>, allowDots: Bool = false) -> Bool {
    guard line.start == line.contentStart, line.contentEnd - line.contentStart == 3 else { return false }
    let a = bytes[line.start]
    let b = bytes[line.start + 1]
    let c = bytes[line.start + 2]
    if a == UInt8(ascii: "-") && b == a && c == a { return true }
    return allowDots && a == UInt8(ascii: ".") && b == a && c == a
  }
}

extension String {
  /// The substring of the UTF-8 bytes `range` (which must lie on scalar boundaries).
  func slice(_ range: Range<Int>) -> Substring {
    let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let upper = utf8.index(lower, offsetBy: range.count)
    return self[lower..<upper]
  }
}
