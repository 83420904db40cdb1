#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// One line of the input, as byte offsets into the document's UTF-8 text.
struct SourceLine {
  /// The 1-based line number.
  var number: Int
  /// The offset of the line's first byte.
  var start: Int
  /// The offset just past the line's last byte, before its line ending.
  var end: Int
  /// The offset of the first byte that is not a space or tab (`end` for a blank line).
  var contentStart: Int
  /// The offset just past the last byte that is not a space or tab.
  var contentEnd: Int
  /// The indentation in columns (a tab advances to the next multiple of 4).
  var indent: Int
  /// Whether the line ends with a single LF (the only ending a slice can keep).
  var endsWithLineFeed: Bool

  /// Whether the line holds only spaces and tabs.
  var isBlank: Bool { contentStart == contentEnd }
}

/// Iterates the lines of UTF-8 bytes, treating LF, CRLF and CR as line endings.
struct LineCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  private(set) var offset: Int
  private(set) var number: Int

  init(bytes: UnsafeBufferPointer<UInt8>, offset: Int, number: Int = 1) {
    self.bytes = bytes
    self.offset = offset
    self.number = number
  }

  /// The next line, or `nil` at the end of the input.
  mutating func next() -> SourceLine? {
    let count = bytes.count
    guard offset < count, let base = bytes.baseAddress else { return nil }
    let start = offset
    // Find the line end: memchr for LF is the fast path; a CR before it ends the line earlier.
    var end = count
    if let found = memchr(base + start, 0x0A, count - start) {
      end = UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
    var lineFeed = end < count
    if let carriage = memchr(base + start, 0x0D, end - start) {
      end = UnsafeRawPointer(carriage) - UnsafeRawPointer(base)
      lineFeed = false
    }
    var next = end
    if next < count {
      if bytes[next] == 0x0D, next + 1 < count, bytes[next + 1] == 0x0A {
        next += 2
      } else {
        next += 1
      }
    }
    var contentStart = start
    var indent = 0
    while contentStart < end {
      let byte = bytes[contentStart]
      if byte == 0x20 {
        indent += 1
      } else if byte == 0x09 {
        indent += 4 - indent % 4
      } else {
        break
      }
      contentStart += 1
    }
    var contentEnd = end
    while contentEnd > contentStart, bytes[contentEnd - 1] == 0x20 || bytes[contentEnd - 1] == 0x09 {
      contentEnd -= 1
    }
    let line = SourceLine(
      number: number, start: start, end: end, contentStart: contentStart, contentEnd: contentEnd,
      indent: indent, endsWithLineFeed: lineFeed)
    offset = next
    number += 1
    return line
  }
}
