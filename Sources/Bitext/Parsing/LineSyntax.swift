/// Recognizes the Markdown constructs that start or end a block, on one line's bytes.
struct LineSyntax {
  let bytes: UnsafeBufferPointer<UInt8>

  private func byte(_ offset: Int, in line: SourceLine) -> UInt8? {
    offset < line.contentEnd ? bytes[offset] : nil
  }

  private func run(of value: UInt8, from offset: Int, in line: SourceLine) -> Int {
    var end = offset
    while end < line.contentEnd, bytes[end] == value { end += 1 }
    return end - offset
  }

  /// The level of an ATX heading (`#` to `######` then a space or the line
  /// end), or of the tolerated variant without the space (`#Abstract`,
  /// `##摘要`): the marks directly followed by a letter or a non-ASCII character.
  func headingLevel(_ line: SourceLine) -> Int? {
    guard line.indent <= 3 else { return nil }
    let level = run(of: UInt8(ascii: "#"), from: line.contentStart, in: line)
    guard (1...6).contains(level) else { return nil }
    let after = line.contentStart + level
    guard after < line.contentEnd else { return level }
    let next = bytes[after]
    guard next == 0x20 || next == 0x09 || ASCIIWord.isLetter(next) || next >= 0xC0 else { return nil }
    return level
  }

  /// The byte range of a heading's text: without the marks, the optional
  /// closing `#`s and surrounding white space.
  func headingText(_ line: SourceLine, level: Int) -> Range<Int> {
    var start = line.contentStart + level
    var end = line.contentEnd
    while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
    var closing = end
    while closing > start, bytes[closing - 1] == UInt8(ascii: "#") { closing -= 1 }
    if closing == start {
      end = start
    } else if closing < end, bytes[closing - 1] == 0x20 || bytes[closing - 1] == 0x09 {
      end = closing
      while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
    }
    return start..<end
  }

  /// The fence character and length of a code fence opening (```` ``` ```` or `~~~`).
  func fenceOpening(_ line: SourceLine) -> (byte: UInt8, length: Int)? {
    guard line.indent <= 3, let first = byte(line.contentStart, in: line),
      first == UInt8(ascii: "`") || first == UInt8(ascii: "~")
    else { return nil }
    let length = run(of: first, from: line.contentStart, in: line)
    guard length >= 3 else { return nil }
    if first == UInt8(ascii: "`") {
      // A backtick fence's info string may not contain backticks.
      for offset in (line.contentStart + length)..<line.contentEnd where bytes[offset] == first {
        return nil
      }
    }
    return (first, length)
  }

  /// Whether `line` closes a fence opened with `length` × `fence`.
  func closesFence(_ line: SourceLine, byte fence: UInt8, length: Int) -> Bool {
    guard line.indent <= 3 else { return false }
    let count = run(of: fence, from: line.contentStart, in: line)
    return count >= length && line.contentStart + count == line.contentEnd
  }

  /// Whether `line` is a thematic break: three or more `-`, `*` or `_`, spaces allowed between.
  func isThematicBreak(_ line: SourceLine) -> Bool {
    guard line.indent <= 3, let first = byte(line.contentStart, in: line),
      first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_")
    else { return false }
    var count = 0
    for offset in line.contentStart..<line.contentEnd {
      let value = bytes[offset]
      if value == first {
        count += 1
      } else if value != 0x20 && value != 0x09 {
        return false
      }
    }
    return count >= 3
  }

  /// Whether `line` opens or closes a container (`::: tip`, `:::`).
  func isContainerFence(_ line: SourceLine) -> Bool {
    line.indent <= 3 && run(of: UInt8(ascii: ":"), from: line.contentStart, in: line) >= 3
  }

  /// Whether `line` starts an HTML comment.
  func startsComment(_ line: SourceLine) -> Bool {
    hasPrefix("<!--", line)
  }

  /// Whether `line` contains `-->` at or after `offset`.
  func containsCommentEnd(_ line: SourceLine, from offset: Int) -> Bool {
    var index = max(offset, line.start)
    while index + 2 < line.end {
      if bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: "-"),
        bytes[index + 2] == UInt8(ascii: ">")
      {
        return true
      }
      index += 1
    }
    return false
  }

  /// Whether `line` starts an HTML block: `<tag`, `</tag`, `<!DOCTYPE` or `<?`,
  /// but not an autolink such as `<https://example.com>`.
  func startsHTMLBlock(_ line: SourceLine) -> Bool {
    guard line.indent <= 3, byte(line.contentStart, in: line) == UInt8(ascii: "<"),
      var offset = Optional(line.contentStart + 1), let next = byte(offset, in: line)
    else { return false }
    if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") { return true }
    if next == UInt8(ascii: "/") { offset += 1 }
    guard let letter = byte(offset, in: line), ASCIIWord.isLetter(letter) else { return false }
    while let value = byte(offset, in: line), ASCIIWord.isLetter(value) || isDigit(value) || value == UInt8(ascii: "-")
    {
      offset += 1
    }
    guard let after = byte(offset, in: line) else { return true }
    return after == 0x20 || after == 0x09 || after == UInt8(ascii: ">") || after == UInt8(ascii: "/")
  }

  /// Whether `line` starts a list item: `-`, `*` or `+`, or one to nine
  /// digits and `.` or `)`, followed by a space or a tab.
  func startsListItem(_ line: SourceLine) -> Bool {
    guard let first = byte(line.contentStart, in: line) else { return false }
    var offset = line.contentStart
    if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
      offset += 1
    } else {
      while offset - line.contentStart < 9, let value = byte(offset, in: line), isDigit(value) { offset += 1 }
      guard offset > line.contentStart, let mark = byte(offset, in: line),
        mark == UInt8(ascii: ".") || mark == UInt8(ascii: ")")
      else { return false }
      offset += 1
    }
    let after = byte(offset, in: line)
    return after == 0x20 || after == 0x09
  }

  /// Whether `line` holds nothing but quote marks (`>`, `> >`): the empty
  /// line of a quote, which separates its paragraphs.
  func isQuoteMarksOnly(_ line: SourceLine) -> Bool {
    guard !line.isBlank else { return false }
    return (line.contentStart..<line.contentEnd).allSatisfy {
      bytes[$0] == UInt8(ascii: ">") || bytes[$0] == 0x20 || bytes[$0] == 0x09
    }
  }

  /// Whether `line` starts with `|` (a table row without a header paragraph).
  func startsWithPipe(_ line: SourceLine) -> Bool {
    byte(line.contentStart, in: line) == UInt8(ascii: "|")
  }

  /// Whether `line` contains a `|`.
  func containsPipe(_ line: SourceLine) -> Bool {
    (line.contentStart..<line.contentEnd).contains { bytes[$0] == UInt8(ascii: "|") }
  }

  /// Whether `line` is a table's delimiter row, such as `|---|:---:|`.
  func isTableDelimiterRow(_ line: SourceLine) -> Bool {
    guard line.indent <= 3, !line.isBlank else { return false }
    var dashes = 0
    for offset in line.contentStart..<line.contentEnd {
      switch bytes[offset] {
      case UInt8(ascii: "-"): dashes += 1
      case UInt8(ascii: "|"), UInt8(ascii: ":"), 0x20, 0x09: continue
      default: return false
      }
    }
    return dashes > 0
  }

  /// Whether `line` holds only images, links, autolinks or bare URLs.
  func isLinkOnly(_ line: SourceLine) -> Bool {
    var offset = line.contentStart
    var items = 0
    while offset < line.contentEnd {
      let value = bytes[offset]
      if value == 0x20 || value == 0x09 {
        offset += 1
        continue
      }
      var start = offset
      if value == UInt8(ascii: "!"), byte(offset + 1, in: line) == UInt8(ascii: "[") { start += 1 }
      if bytes[start] == UInt8(ascii: "[") {
        guard let close = matching(from: start, open: "[", close: "]", in: line),
          byte(close + 1, in: line) == UInt8(ascii: "("),
          let end = matching(from: close + 1, open: "(", close: ")", in: line)
        else { return false }
        offset = end + 1
      } else if value == UInt8(ascii: "<") {
        guard let end = matching(from: offset, open: "<", close: ">", in: line),
          contains("://", in: offset..<end)
        else { return false }
        offset = end + 1
      } else if hasPrefix("http://", at: offset, line) || hasPrefix("https://", at: offset, line) {
        while offset < line.contentEnd, bytes[offset] != 0x20, bytes[offset] != 0x09 { offset += 1 }
      } else {
        return false
      }
      items += 1
    }
    return items > 0
  }

  private func matching(from offset: Int, open: Unicode.Scalar, close: Unicode.Scalar, in line: SourceLine) -> Int? {
    var depth = 0
    var index = offset
    while index < line.contentEnd {
      let value = bytes[index]
      if value == UInt8(ascii: "\\") {
        index += 2
        continue
      }
      if value == UInt8(ascii: open) {
        depth += 1
      } else if value == UInt8(ascii: close) {
        depth -= 1
        if depth == 0 { return index }
      }
      index += 1
    }
    return nil
  }

  private func contains(_ needle: StaticString, in range: Range<Int>) -> Bool {
    let count = needle.utf8CodeUnitCount
    guard range.count >= count else { return false }
    return needle.withUTF8Buffer { pattern in
      (range.lowerBound...(range.upperBound - count)).contains { start in
        (0..<count).allSatisfy { bytes[start + $0] == pattern[$0] }
      }
    }
  }

  private func hasPrefix(_ prefix: StaticString, _ line: SourceLine) -> Bool {
    hasPrefix(prefix, at: line.contentStart, line)
  }

  private func hasPrefix(_ prefix: StaticString, at offset: Int, _ line: SourceLine) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard offset + count <= line.contentEnd else { return false }
    return prefix.withUTF8Buffer { pattern in
      (0..<count).allSatisfy { bytes[offset + $0] == pattern[$0] }
    }
  }

  private func isDigit(_ value: UInt8) -> Bool {
    value >= UInt8(ascii: "0") && value <= UInt8(ascii: "9")
  }
}
