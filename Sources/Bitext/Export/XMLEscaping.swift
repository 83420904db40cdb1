/// Escaping for XML 1.0 character data and double-quoted attribute values,
/// on UTF-8 bytes: TMX export and the JUnit coverage report share it.
///
/// `&`, `<` and `>` become entities and a carriage return `&#xD;` (so a
/// parser does not turn it into a line feed); in attributes `"` becomes
/// `&quot;` and tab and line feed become character references too.
/// Characters XML 1.0 forbids (C0 controls other than tab, line feed and
/// carriage return; U+FFFE, U+FFFF) are removed or replaced, by ``Forbidden``.
enum XMLEscaping {
  /// What becomes of a character XML 1.0 forbids.
  enum Forbidden {
    /// Dropped: the text keeps only what XML can carry (TMX segments).
    case remove
    /// Replaced by U+FFFD, so a reader sees that something was there (reports).
    case replace
  }

  /// `text` escaped for character data, or with `inAttribute` for a
  /// double-quoted attribute value.
  static func escape(_ text: some StringProtocol, inAttribute: Bool = false, forbidden: Forbidden = .remove) -> String {
    // Every character that needs escaping or removal is ASCII, or U+FFFE/U+FFFF
    // (EF BF BE, EF BF BF): scan the bytes and copy the runs between them whole.
    let slice = Substring(text)
    var bytes = slice
    let dropped = forbidden == .remove ? "" : "\u{FFFD}"
    return bytes.withUTF8 { buffer in
      var result = ""
      let utf8 = slice.utf8
      var runStart = 0
      var offset = 0
      func flush(upTo end: Int) {
        guard runStart < end else { return }
        let lower = utf8.index(utf8.startIndex, offsetBy: runStart)
        result += slice[lower..<utf8.index(lower, offsetBy: end - runStart)]
      }
      while offset < buffer.count {
        let byte = buffer[offset]
        var replacement: String?
        var length = 1
        switch byte {
        case 0x26: replacement = "&amp;"
        case 0x3C: replacement = "&lt;"
        case 0x3E: replacement = "&gt;"
        case 0x0D: replacement = "&#xD;"
        case 0x22 where inAttribute: replacement = "&quot;"
        case 0x09 where inAttribute: replacement = "&#x9;"
        case 0x0A where inAttribute: replacement = "&#xA;"
        case 0x09, 0x0A: break
        case 0x00..<0x20: replacement = dropped
        case 0xEF where offset + 2 < buffer.count && buffer[offset + 1] == 0xBF && buffer[offset + 2] >= 0xBE:
          replacement = dropped
          length = 3
        default: break
        }
        if let replacement {
          flush(upTo: offset)
          result += replacement
          runStart = offset + length
        }
        offset += length
      }
      if runStart == 0 { return String(slice) }
      flush(upTo: buffer.count)
      return result
    }
  }
}
