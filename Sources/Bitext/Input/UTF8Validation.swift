#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Checks raw bytes before they become a `String`, so that bad input is
/// reported with its position instead of being silently repaired.
enum UTF8Validation {
  /// Validates `bytes` as UTF-8 text and reports the first problem.
  ///
  /// - Throws: ``BitextError/unsupportedEncoding(file:encoding:)`` for a
  ///   UTF-16 or UTF-32 byte order mark, ``BitextError/invalidUTF8(file:byteOffset:line:)``
  ///   for the first invalid sequence, ``BitextError/binaryContent(file:byteOffset:line:)``
  ///   for the first NUL byte.
  static func validate(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(BitextError) {
    if let encoding = foreignByteOrderMark(bytes) {
      throw .unsupportedEncoding(file: file, encoding: encoding)
    }
    // A quick pass clears well-formed input without a NUL; only other input
    // pays for the standard library's validation and the search for a NUL,
    // which give the offset to report.
    if isWellFormedWithoutNUL(bytes) { return }
    do {
      _ = try UTF8Span(validating: bytes.span)
    } catch {
      let offset = error.byteOffsets.lowerBound
      throw .invalidUTF8(file: file, byteOffset: offset, line: lineNumber(at: offset, in: bytes))
    }
    if let base = bytes.baseAddress, !bytes.isEmpty,
      let nul = memchr(base, 0, bytes.count)
    {
      let offset = UnsafeRawPointer(nul) - UnsafeRawPointer(base)
      throw .binaryContent(file: file, byteOffset: offset, line: lineNumber(at: offset, in: bytes))
    }
  }

  /// Whether `bytes` are well-formed UTF-8 (the byte sequences of Unicode's
  /// table 3-7) and hold no NUL byte, checked eight ASCII bytes at a time and
  /// runs of three-byte characters (Chinese) in a loop of their own; it does
  /// not say where a problem is.
  static func isWellFormedWithoutNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let count = bytes.count
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    var index = 0
    while index < count {
      if index + 8 <= count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        if word & highs == 0 {
          // ASCII; the usual "has a zero byte" test finds a NUL.
          if (word &- ones) & ~word & highs != 0 { return false }
          index += 8
          continue
        }
      }
      var lead = base[index]
      // E1–EC and EE–EF: any two continuation bytes follow (most of Chinese text).
      while lead &- 0xE1 < 0x0F && lead != 0xED {
        guard count - index >= 3, base[index + 1] & 0xC0 == 0x80, base[index + 2] & 0xC0 == 0x80 else {
          return false
        }
        index += 3
        guard index < count else { return true }
        lead = base[index]
      }
      if lead < 0x80 {
        if lead == 0 { return false }
        index += 1
        continue
      }
      // The second byte's range depends on the lead byte; later bytes are any continuation byte.
      let length: Int
      let second: ClosedRange<UInt8>
      switch lead {
      case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
      case 0xE0: (length, second) = (3, 0xA0...0xBF)
      case 0xED: (length, second) = (3, 0x80...0x9F)
      case 0xF0: (length, second) = (4, 0x90...0xBF)
      case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
      case 0xF4: (length, second) = (4, 0x80...0x8F)
      default: return false
      }
      guard count - index >= length, second.contains(base[index + 1]) else { return false }
      for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 { return false }
      index += length
    }
    return true
  }

  /// The name of the encoding whose byte order mark starts `bytes`, if it is not UTF-8's.
  static func foreignByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    if bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xFE, bytes[2] == 0, bytes[3] == 0 {
      return "UTF-32LE"
    }
    if bytes.count >= 4, bytes[0] == 0, bytes[1] == 0, bytes[2] == 0xFE, bytes[3] == 0xFF {
      return "UTF-32BE"
    }
    if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return "UTF-16LE" }
    if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return "UTF-16BE" }
    return nil
  }

  /// The 1-based line that holds byte `offset`, counting LF, CRLF and lone CR as line ends.
  static func lineNumber(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var line = 1
    var index = 0
    let end = min(offset, bytes.count)
    while index < end {
      let byte = bytes[index]
      if byte == 0x0A {
        line += 1
      } else if byte == 0x0D {
        if index + 1 < bytes.count, bytes[index + 1] == 0x0A {
          index += 1
          if index >= end { break }
        }
        line += 1
      }
      index += 1
    }
    return line
  }
}
