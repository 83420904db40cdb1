/// Parses the lines between the front matter fences into ``FrontMatter`` entries.
struct FrontMatterParser {
  /// Parses `lines` (without line endings) of a front matter block.
  static func entries(from lines: [Substring]) -> [FrontMatter.Entry] {
    var entries: [FrontMatter.Entry] = []
    var index = 0
    while index < lines.count {
      let line = lines[index]
      index += 1
      if isBlankOrComment(line) || isIndented(line) { continue }
      guard let colon = keySeparator(in: line) else { continue }
      let key = unquote(line[..<colon].trimmingSpaces())
      let rest = line[line.index(after: colon)...].trimmingSpaces()
      // The indented lines that belong to this key.
      var nested: [Substring] = []
      while index < lines.count,
        isIndented(lines[index]) || isBlankOrComment(lines[index]) || isListItem(lines[index])
      {
        if !isBlankOrComment(lines[index]) { nested.append(lines[index]) }
        index += 1
      }
      // A line such as ": value" has no key; like any shape Bitext does not read, it is skipped.
      guard !key.isEmpty else { continue }
      entries.append(FrontMatter.Entry(key: key, value: value(rest, nested: nested)))
    }
    return entries
  }

  private static func value(_ text: Substring, nested: [Substring]) -> FrontMatter.Value {
    if text.isEmpty || text == "|" || text == ">" || text.hasPrefix("|") || text.hasPrefix(">") {
      if text.isEmpty && nested.isEmpty { return .string("") }
      let items = nested.map { $0.trimmingSpaces() }
      if text.isEmpty, items.allSatisfy({ $0 == "-" || $0.hasPrefix("- ") }) {
        return .list(items.map { unquote($0.dropFirst().trimmingSpaces()) })
      }
      return .raw(([text] + nested).filter { !$0.isEmpty }.joined(separator: "\n"))
    }
    if !nested.isEmpty {
      return .raw(([text] + nested).joined(separator: "\n"))
    }
    if text.first == "[", text.last == "]" {
      let inner = text.dropFirst().dropLast()
      // Nested flow collections are beyond the flat subset: keep them as written.
      if inner.contains(where: { $0 == "[" || $0 == "{" }) { return .raw(String(text)) }
      return .list(splitFlowList(inner))
    }
    if text.first == "{" { return .raw(String(text)) }
    return .string(unquote(text))
  }

  /// The colon that ends the key: the first `:` followed by a space or the line end,
  /// outside quotes.
  private static func keySeparator(in line: Substring) -> Substring.Index? {
    var quote: Character?
    var index = line.startIndex
    while index < line.endIndex {
      let character = line[index]
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "\"" || character == "'" {
        if index == line.startIndex { quote = character }
      } else if character == ":" {
        let next = line.index(after: index)
        if next == line.endIndex || line[next] == " " || line[next] == "\t" { return index }
      }
      index = line.index(after: index)
    }
    return nil
  }

  private static func splitFlowList(_ text: Substring) -> [String] {
    var items: [String] = []
    var current = ""
    var quote: Character?
    for character in text {
      if let open = quote {
        current.append(character)
        if character == open { quote = nil }
      } else if character == "\"" || character == "'" {
        quote = character
        current.append(character)
      } else if character == "," {
        items.append(unquote(Substring(current).trimmingSpaces()))
        current = ""
      } else {
        current.append(character)
      }
    }
    let last = Substring(current).trimmingSpaces()
    if !last.isEmpty || !items.isEmpty { items.append(unquote(last)) }
    return items
  }

  /// Removes YAML quotes: `'it''s'` → `it's`, `"a\"b"` → `a"b`.
  static func unquote(_ text: Substring) -> String {
    guard text.count >= 2, let first = text.first, first == text.last,
      first == "'" || first == "\""
    else { return String(text) }
    let inner = text.dropFirst().dropLast()
    if first == "'" { return String(inner.replacing("''", with: "'")) }
    var result = ""
    var escaping = false
    for character in inner {
      if escaping {
        switch character {
        case "n": result.append("\n")
        case "t": result.append("\t")
        default: result.append(character)
        }
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else {
        result.append(character)
      }
    }
    return result
  }

  private static func isListItem(_ line: Substring) -> Bool {
    line == "-" || line.hasPrefix("- ")
  }

  private static func isIndented(_ line: Substring) -> Bool {
    line.first == " " || line.first == "\t"
  }

  private static func isBlankOrComment(_ line: Substring) -> Bool {
    let trimmed = line.trimmingSpaces()
    return trimmed.isEmpty || trimmed.first == "#"
  }
}

extension Substring {
  /// The substring without leading and trailing spaces and tabs.
  func trimmingSpaces() -> Substring {
    var start = startIndex
    var end = endIndex
    while start < end, self[start] == " " || self[start] == "\t" { start = index(after: start) }
    while end > start {
      let before = index(before: end)
      guard self[before] == " " || self[before] == "\t" else { break }
      end = before
    }
    return self[start..<end]
  }
}
