extension FrontMatter {
  /// The entries as YAML lines, without the `---` fences, in the flat shape
  /// ``BilingualDocument`` reads back into equal entries.
  ///
  /// Scalars are written plain when YAML would read them back as the same
  /// string, single-quoted when not (`date: '2025-10-06'`, `guest: ''`), and
  /// double-quoted with `\n`, `\t` escapes when they hold control characters.
  /// Lists are written one `  - item` line each; raw values as they were.
  public var yaml: String {
    var text = ""
    for entry in entries {
      text += Self.scalar(entry.key)
      switch entry.value {
      case .string(let value):
        text += ": " + Self.scalar(value) + "\n"
      case .list(let items):
        if items.isEmpty {
          text += ": []\n"
        } else {
          text += ":\n"
          for item in items { text += "  - " + Self.scalar(item) + "\n" }
        }
      case .raw(let value):
        let indented = value.first == " " || value.first == "\t"
        text += (indented ? ":\n" : ": ") + value + "\n"
      }
    }
    return text
  }

  /// `value` as a YAML scalar that reads back as `value`.
  static func scalar(_ value: String) -> String {
    if value.unicodeScalars.contains(where: { $0.value < 0x20 }) {
      var quoted = "\""
      for character in value.unicodeScalars {
        switch character {
        case "\\": quoted += "\\\\"
        case "\"": quoted += "\\\""
        case "\n": quoted += "\\n"
        case "\t": quoted += "\\t"
        default: quoted.unicodeScalars.append(character)
        }
      }
      return quoted + "\""
    }
    if isPlain(value) { return value }
    return "'" + value.replacing("'", with: "''") + "'"
  }

  /// Whether `value` can be written unquoted: it does not start or end with
  /// white space or a YAML indicator and holds no `: ` or ` #`.
  ///
  /// ``FrontMatter`` keeps every scalar as a string, so the YAML type is
  /// guessed back: a number (`12`, `3.5`) and the words YAML reads as
  /// booleans or null (`true`, `null`) stay plain, as they were most likely
  /// written, while other text that starts with a digit, such as a date, is
  /// quoted, so that YAML tools read it as text (`date: '2025-10-06'`).
  private static func isPlain(_ value: String) -> Bool {
    guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else {
      return false
    }
    if "-?:,[]{}#&*!|>'\"%@` \t".unicodeScalars.contains(first) { return false }
    if last == " " || last == "\t" || last == ":" { return false }
    if value.contains(": ") || value.contains(" #") { return false }
    if first.properties.numericType != nil || first == "." || first == "+" {
      return isNumber(value)
    }
    return true
  }

  /// Whether `value` is a plain decimal number such as `12` or `3.5`.
  private static func isNumber(_ value: String) -> Bool {
    var digits = 0
    var dots = 0
    for byte in value.utf8 {
      if byte >= 0x30 && byte <= 0x39 {
        digits += 1
      } else if byte == 0x2E {
        dots += 1
      } else {
        return false
      }
    }
    return digits > 0 && dots <= 1
  }
}
