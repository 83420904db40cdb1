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
