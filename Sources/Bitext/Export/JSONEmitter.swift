/// Writes JSON text incrementally, keys in the order given, with RFC 8259
/// string escaping, optionally pretty-printed with two-space indentation.
///
/// Output accumulates in ``text``; a streaming writer moves it to its
/// destination with ``drain(into:)`` between records, so no document-sized
/// string is built.
public struct JSONEmitter: Sendable {
  /// The JSON written since the last ``drain(into:)``.
  public private(set) var text = ""
  private let pretty: Bool
  // One entry per open container: whether it has had an element yet.
  private var hasElements: [Bool] = []
  private var afterKey = false

  /// Creates an emitter; `prettyPrinted` puts each member on its own line.
  public init(prettyPrinted: Bool = false) {
    self.pretty = prettyPrinted
  }

  /// Opens an object (`{`).
  public mutating func beginObject() { beginValue(); text += "{"; hasElements.append(false) }
  /// Closes the innermost object (`}`).
  public mutating func endObject() { close("}") }
  /// Opens an array (`[`).
  public mutating func beginArray() { beginValue(); text += "["; hasElements.append(false) }
  /// Closes the innermost array (`]`).
  public mutating func endArray() { close("]") }

  /// Writes an object member's key; the next value written is its value.
  public mutating func key(_ name: String) {
    separate()
    // Keys are short names that need no escaping: the common case skips the escaper.
    if name.utf8.withContiguousStorageIfAvailable({ Self.firstEscape(in: $0, from: 0) == nil }) == true {
      text += "\""
      text += name
      text += pretty ? "\": " : "\":"
    } else {
      appendString(name)
      text += pretty ? ": " : ":"
    }
    afterKey = true
  }

  /// Writes a string value.
  public mutating func string(_ value: some StringProtocol) { beginValue(); appendString(value) }
  /// Writes an integer value.
  public mutating func number(_ value: Int) { beginValue(); text += String(value) }
  /// Writes a number value, rounded to `decimals` places (non-finite values become `null`).
  public mutating func number(_ value: Double, decimals: Int = 3) {
    beginValue()
    guard value.isFinite else {
      text += "null"
      return
    }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    if rounded == rounded.rounded() && abs(rounded) < 1e15 {
      text += String(Int(rounded))
    } else {
      text += String(rounded)
    }
  }
  /// Writes `true` or `false`.
  public mutating func bool(_ value: Bool) { beginValue(); text += value ? "true" : "false" }
  /// Writes `null`.
  public mutating func null() { beginValue(); text += "null" }

  /// Writes a key and a string value, or nothing when `value` is `nil`.
  public mutating func member(_ name: String, _ value: (some StringProtocol)?) {
    guard let value else { return }
    key(name)
    string(value)
  }

  /// Writes a key and an integer value.
  public mutating func member(_ name: String, _ value: Int) {
    key(name)
    number(value)
  }

  /// Moves the text written so far to `output`.
  public mutating func drain(into output: inout some TextOutputStream) {
    output.write(text)
    text.removeAll(keepingCapacity: true)
  }

  // MARK: Layout

  private mutating func beginValue() {
    if afterKey {
      afterKey = false
    } else {
      separate()
    }
  }

  private mutating func separate() {
    guard let last = hasElements.indices.last else { return }
    if hasElements[last] { text += "," }
    hasElements[last] = true
    newline()
  }

  private mutating func close(_ bracket: String) {
    let hadElements = hasElements.popLast() ?? false
    if hadElements { newline() }
    text += bracket
  }

  private mutating func newline() {
    guard pretty else { return }
    text += "\n"
    text += String(repeating: "  ", count: hasElements.count)
  }

  // MARK: Strings

  private mutating func appendString(_ value: some StringProtocol) {
    text += "\""
    JSONEmitter.appendEscaped(value, to: &text)
    text += "\""
  }

  /// `value` with `"`, `\` and control characters escaped as JSON requires.
  public static func escaped(_ value: some StringProtocol) -> String {
    var result = ""
    appendEscaped(value, to: &result)
    return result
  }

  /// Appends `value` to `text`, escaped. Only ASCII bytes ever need escaping,
  /// so the bytes are scanned and the runs between escapes appended whole.
  static func appendEscaped(_ value: some StringProtocol, to text: inout String) {
    let slice = Substring(value)
    var bytes = slice
    bytes.withUTF8 { buffer in
      let utf8 = slice.utf8
      var runStart = 0
      var next = firstEscape(in: buffer, from: 0)
      if next == nil {
        text += slice
        return
      }
      while let offset = next {
        if runStart < offset {
          let lower = utf8.index(utf8.startIndex, offsetBy: runStart)
          text += slice[lower..<utf8.index(lower, offsetBy: offset - runStart)]
        }
        text += escape(buffer[offset])
        runStart = offset + 1
        next = firstEscape(in: buffer, from: runStart)
      }
      if runStart < buffer.count {
        text += slice[utf8.index(utf8.startIndex, offsetBy: runStart)...]
      }
    }
  }

  /// The offset of the first byte from `start` on that JSON must escape (a
  /// control character, `"` or `\\`), testing eight bytes at a time.
  private static func firstEscape(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var offset = start
    if let base = buffer.baseAddress {
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs: UInt64 = 0x8080_8080_8080_8080
      while offset + 8 <= buffer.count {
        let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
        // The usual tests for "a byte below n" and "a zero byte" (after XOR with
        // the byte sought): exact about whether any byte of the word matches.
        let control = (word &- ones &* 0x20) & ~word
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let matches = control | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        if matches & highs != 0 { break }
        offset += 8
      }
    }
    while offset < buffer.count {
      let byte = buffer[offset]
      if byte < 0x20 || byte == 0x22 || byte == 0x5C { return offset }
      offset += 1
    }
    return nil
  }

  private static func escape(_ byte: UInt8) -> String {
    switch byte {
    case 0x22: return "\\\""
    case 0x5C: return "\\\\"
    case 0x0A: return "\\n"
    case 0x0D: return "\\r"
    case 0x09: return "\\t"
    case 0x08: return "\\b"
    case 0x0C: return "\\f"
    default:
      let hex = String(byte, radix: 16, uppercase: false)
      return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
  }
}
