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

  /// Where `line`'s text starts after its quote marks (`>`, `> >`) and the
  /// spaces around them; `contentStart` for a line that is not quoted.
  func afterQuoteMarks(_ line: SourceLine) -> Int {
    var offset = line.contentStart
    while let value = byte(offset, in: line), value == UInt8(ascii: ">") {
      offset += 1
      while let space = byte(offset, in: line), space == 0x20 || space == 0x09 { offset += 1 }
    }
    return offset
  }

  /// Where the text of a list item starts, if `line` (after its quote
  /// marks) starts one: `-`, `*` or `+`, or one to nine digits and `.` or
  /// `)`, then a space or a tab.
  func afterListMarker(_ line: SourceLine) -> Int? {
    afterListMarker(line, from: afterQuoteMarks(line))
  }

  /// ``afterListMarker(_:)`` with the line's quote marks already skipped, to `start`.
  private func afterListMarker(_ line: SourceLine, from start: Int) -> Int? {
    guard let first = byte(start, in: line) else { return nil }
    var offset = start
    if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
      offset += 1
    } else {
      while offset - start < 9, let value = byte(offset, in: line), isDigit(value) { offset += 1 }
      guard offset > start, let mark = byte(offset, in: line), mark == UInt8(ascii: ".") || mark == UInt8(ascii: ")")
      else { return nil }
      offset += 1
    }
    guard let after = byte(offset, in: line), after == 0x20 || after == 0x09 else { return nil }
    while let space = byte(offset, in: line), space == 0x20 || space == 0x09 { offset += 1 }
    return offset
  }

  /// Whether `line` starts a list item (see ``afterListMarker(_:)``).
  func startsListItem(_ line: SourceLine) -> Bool {
    afterListMarker(line) != nil
  }

  /// Whether `line` starts a list that may interrupt a paragraph, as in
  /// CommonMark: a `-`, `*` or `+` item, or an ordered one numbered 1.
  func startsListAfterProse(_ line: SourceLine) -> Bool {
    let start = afterQuoteMarks(line)
    guard afterListMarker(line, from: start) != nil else { return false }
    let first = bytes[start]
    guard isDigit(first) else { return true }
    return first == UInt8(ascii: "1") && !isDigit(bytes[start + 1])
  }

  /// `line` without its quote marks and list marker, and whether it had a
  /// list marker (it starts a list item, see ``startsListItem(_:)``): the
  /// marker read once.
  func textAndMarker(of line: SourceLine) -> (text: SourceLine, startsItem: Bool) {
    var inner = line
    let start = afterQuoteMarks(line)
    let marker = afterListMarker(line, from: start)
    inner.contentStart = min(marker ?? start, line.contentEnd)
    return (inner, marker != nil)
  }

  /// Whether `line` holds nothing but quote marks (`>`, `> >`): the empty
  /// line of a quote, which separates its paragraphs.
  func isQuoteMarksOnly(_ line: SourceLine) -> Bool {
    !line.isBlank && afterQuoteMarks(line) == line.contentEnd
  }

  /// Whether `line` ends a sentence: `.`, `?`, `!`, `…`, `。`, `？` or `！`,
  /// possibly followed by closing quotes or brackets, or emphasis marks
  /// (`*important.*`, `**`, `_`).
  func endsSentence(_ line: SourceLine) -> Bool {
    var end = line.contentEnd
    // Closing quotes and brackets: ASCII, then the three-byte ” ’ ） 」 』.
    while end > line.contentStart {
      let value = bytes[end - 1]
      if value == UInt8(ascii: "\"") || value == UInt8(ascii: "'") || value == UInt8(ascii: ")")
        || value == UInt8(ascii: "*") || value == UInt8(ascii: "_")
      {
        end -= 1
      } else if end - 3 >= line.contentStart, Self.closers.contains(where: { matches($0, endingAt: end) }) {
        end -= 3
      } else {
        break
      }
    }
    guard end > line.contentStart else { return false }
    let last = bytes[end - 1]
    if last == UInt8(ascii: ".") || last == UInt8(ascii: "?") || last == UInt8(ascii: "!") { return true }
    return end - 3 >= line.contentStart && Self.sentenceEnds.contains { matches($0, endingAt: end) }
  }

  /// `…`, `。`, `？`, `！` in UTF-8.
  private static let sentenceEnds: [[UInt8]] = [
    [0xE2, 0x80, 0xA6], [0xE3, 0x80, 0x82], [0xEF, 0xBC, 0x9F], [0xEF, 0xBC, 0x81],
  ]
  /// `”`, `’`, `）`, `」`, `』` in UTF-8.
  private static let closers: [[UInt8]] = [
    [0xE2, 0x80, 0x9D], [0xE2, 0x80, 0x99], [0xEF, 0xBC, 0x89], [0xE3, 0x80, 0x8D], [0xE3, 0x80, 0x8F],
  ]

  private func matches(_ sequence: [UInt8], endingAt end: Int) -> Bool {
    bytes[end - 3] == sequence[0] && bytes[end - 2] == sequence[1] && bytes[end - 1] == sequence[2]
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
