/// Small text measurements the coverage rules need, done on UTF-8 bytes.
enum TextMeasure {
  /// The first `limit` characters of `text` on one line, with `…` when cut:
  /// what a finding quotes so that a reader recognizes the paragraph.
  static func quote(_ text: some StringProtocol, limit: Int = 48) -> String {
    var result = ""
    var count = 0
    var lastWasSpace = false
    for character in text {
      if count == limit {
        return "“" + result + "…”"
      }
      if character.isWhitespace {
        if lastWasSpace { continue }
        result.append(" ")
        lastWasSpace = true
      } else {
        result.append(character)
        lastWasSpace = false
      }
      count += 1
    }
    return "“" + result + "”"
  }

  /// `text`'s UTF-8 bytes with each run of white space made one space and the
  /// ends trimmed, so that a pasted copy compares equal to its source.
  static func normalized(_ text: some StringProtocol) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for byte in text.utf8 {
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
        pendingSpace = !bytes.isEmpty
      } else {
        if pendingSpace { bytes.append(0x20) }
        pendingSpace = false
        bytes.append(byte)
      }
    }
    return bytes
  }

  /// Whether the texts of `first` and `second`, each joined by a space, are
  /// equal once runs of white space count as one space and the ends are
  /// trimmed: `normalized` compared without building either side, stopping
  /// at the first difference (for a real translation, the first byte).
  static func sameIgnoringSpaceRuns(_ first: some Collection<Block>, _ second: some Collection<Block>) -> Bool {
    // The first visible bytes, known without reading the texts, settle almost every comparison.
    guard firstVisibleByte(of: first) == firstVisibleByte(of: second) else { return false }
    var left = NormalizedBytes(first.map(\.text))
    var right = NormalizedBytes(second.map(\.text))
    while true {
      let a = left.next()
      let b = right.next()
      if a != b { return false }
      if a == nil { return true }
    }
  }

  /// The first byte of `normalized` for the texts of `blocks` joined by a space.
  private static func firstVisibleByte(of blocks: some Collection<Block>) -> UInt8? {
    for block in blocks {
      if let byte = block.traits.firstVisibleByte { return byte }
    }
    return nil
  }

  /// The bytes of `normalized`, for several texts joined by a space, one at a time.
  private struct NormalizedBytes: IteratorProtocol {
    private var texts: [Substring]
    private var textIndex = 0
    private var byteIndex: Substring.UTF8View.Index?
    private var pendingSpace = false
    private var started = false

    init(_ texts: [Substring]) {
      self.texts = texts
      byteIndex = texts.first?.utf8.startIndex
    }

    mutating func next() -> UInt8? {
      while textIndex < texts.count {
        let utf8 = texts[textIndex].utf8
        guard let index = byteIndex, index < utf8.endIndex else {
          textIndex += 1
          byteIndex = textIndex < texts.count ? texts[textIndex].utf8.startIndex : nil
          pendingSpace = started
          continue
        }
        let byte = utf8[index]
        if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
          pendingSpace = started
          byteIndex = utf8.index(after: index)
          continue
        }
        if pendingSpace {
          pendingSpace = false
          return 0x20
        }
        started = true
        byteIndex = utf8.index(after: index)
        return byte
      }
      return nil
    }
  }

  /// The 1-based column, in Unicode scalars, of the byte at `offset` in `text`.
  static func column(ofByte offset: Int, in text: String) -> Int {
    let utf8 = text.utf8
    guard offset > 0, offset <= utf8.count else { return 1 }
    let hasByteOrderMark = utf8.starts(with: [0xEF, 0xBB, 0xBF])
    var index = utf8.index(utf8.startIndex, offsetBy: offset)
    var column = 1
    while index > utf8.startIndex {
      let previous = utf8.index(before: index)
      let byte = utf8[previous]
      if byte == 0x0A || byte == 0x0D { break }
      // Count scalars: every byte that is not a continuation byte starts one,
      // except a byte order mark at the very start of the text.
      if byte & 0xC0 != 0x80 && !(hasByteOrderMark && previous == utf8.startIndex) { column += 1 }
      index = previous
    }
    return column
  }
}
