/// Escaping for XML 1.0 text and attribute values.
enum XMLText {
  /// `value` with `&`, `<`, `>`, `"` and `'` escaped, and the characters XML
  /// 1.0 forbids (C0 controls other than tab, LF and CR) replaced by U+FFFD.
  static func escaped(_ value: some StringProtocol) -> String {
    var result = ""
    result.reserveCapacity(value.utf8.count)
    for scalar in value.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
        result += "\u{FFFD}"
      default:
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
