/// How much of each script a run of UTF-8 text holds, counted on its bytes.
///
/// The counts decide a paragraph's ``Language`` and feed the length model of
/// the aligner, so they are computed in one pass over the UTF-8 bytes without
/// forming `Character`s.
public struct ScriptCounts: Sendable, Hashable {
  /// Unicode scalars in the text.
  public var scalars = 0
  /// Han ideographs, kana and Hangul syllables.
  public var ideographs = 0
  /// CJK and fullwidth punctuation (`，。！？（）《》「」`, U+3000 and the like).
  public var cjkPunctuation = 0
  /// Latin letters (ASCII and Latin-1/Latin Extended letters).
  public var latinLetters = 0
  /// Maximal runs of Latin letters (a rough word count: "don't" counts two).
  public var latinWords = 0
  /// ASCII digits.
  public var digits = 0

  /// Creates empty counts.
  public init() {}

  /// Counts the scripts of `text`.
  public init(_ text: Substring) {
    var copy = text
    self = copy.withUTF8 { ScriptCounts(bytes: $0) }
  }

  /// Counts the scripts of the UTF-8 bytes in `bytes`.
  ///
  /// The bytes should be valid UTF-8; a sequence cut off by the end of the
  /// buffer is counted as one scalar of no script.
  public init(bytes: UnsafeBufferPointer<UInt8>) {
    self.init(bytes: bytes, countingDigits: true)
  }

  /// Counts the scripts of `bytes`; ``digits`` only when `countingDigits`
  /// (else it stays 0): the parser does not need them, and skips that work.
  @inline(__always)
  init(bytes: UnsafeBufferPointer<UInt8>, countingDigits: Bool) {
    self.init()
    guard let start = bytes.baseAddress else { return }
    let end = start + bytes.count
    var cursor = start
    var scalars = 0
    var ideographs = 0
    var punctuation = 0
    var letters = 0
    var words = 0
    var digits = 0
    var inWord = false
    while cursor < end {
      // English: eight ASCII bytes at a time, as one 64-bit word (SWAR).
      if end - cursor >= 8 {
        let word = UInt64(littleEndian: UnsafeRawPointer(cursor).loadUnaligned(as: UInt64.self))
        if word & 0x8080_8080_8080_8080 == 0 {
          // Each byte is < 0x80, so adding up to 0x7F never carries into the next byte;
          // bit 7 of each byte then answers "is this byte ≥ the bound".
          let folded = word | 0x2020_2020_2020_2020
          let letterBits =
            (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505) & 0x8080_8080_8080_8080
          let digitBits =
            countingDigits
            ? (word &+ 0x5050_5050_5050_5050) & ~(word &+ 0x4646_4646_4646_4646) & 0x8080_8080_8080_8080 : 0
          let previousBits = (letterBits << 8) | (inWord ? 0x80 : 0)
          // Counting bytes whose bit 7 is set: one bit per byte moved to bit 0, then
          // summed by a multiply (cheaper than a software population count).
          letters &+= Int(truncatingIfNeeded: ((letterBits >> 7) &* 0x0101_0101_0101_0101) >> 56)
          words &+= Int(truncatingIfNeeded: (((letterBits & ~previousBits) >> 7) &* 0x0101_0101_0101_0101) >> 56)
          if countingDigits {
            digits &+= Int(truncatingIfNeeded: ((digitBits >> 7) &* 0x0101_0101_0101_0101) >> 56)
          }
          scalars &+= 8
          inWord = letterBits >> 63 != 0
          cursor += 8
          continue
        }
      }
      let byte = cursor.pointee
      scalars &+= 1
      if byte &- 0xE4 < 6 {
        // Lead bytes E4–E9 start U+4000–U+9FFF: CJK ideographs, the hot path for
        // Chinese; the ideographs that follow are taken in a loop of their own.
        ideographs &+= 1
        inWord = false
        cursor += 3
        while cursor < end && cursor.pointee &- 0xE4 < 6 {
          scalars &+= 1
          ideographs &+= 1
          cursor += 3
        }
      } else if byte < 0x80 {
        let isLetter = (byte | 0x20) &- 0x61 < 26
        letters &+= isLetter ? 1 : 0
        words &+= isLetter && !inWord ? 1 : 0
        digits &+= countingDigits && byte &- 0x30 < 10 ? 1 : 0
        inWord = isLetter
        cursor += 1
      } else if byte >= 0xE0 && byte < 0xF0 {
        // Three bytes: U+0800–U+FFFF, where CJK lives.
        guard end - cursor >= 3 else { break }
        let scalar =
          (UInt32(byte & 0x0F) << 12) | (UInt32(cursor[1] & 0x3F) << 6) | UInt32(cursor[2] & 0x3F)
        if scalar >= 0x2E80 {
          switch scalar {
          case 0x3000...0x303F, 0xFE30...0xFE4F, 0xFF00...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40,
            0xFF5B...0xFF65:
            punctuation &+= 1
          case 0x2E80...0x2FFF, 0x3040...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF:
            ideographs &+= 1
          default:
            break
          }
        }
        inWord = false
        cursor += 3
      } else if byte < 0xE0 {
        // Two bytes: U+0080–U+07FF. Latin-1 and Latin Extended letters
        // (U+00C0–U+024F, except × and ÷) count as Latin.
        guard end - cursor >= 2 else { break }
        let scalar = (UInt32(byte & 0x1F) << 6) | UInt32(cursor[1] & 0x3F)
        let isLetter = scalar >= 0xC0 && scalar <= 0x24F && scalar != 0xD7 && scalar != 0xF7
        letters &+= isLetter ? 1 : 0
        words &+= isLetter && !inWord ? 1 : 0
        inWord = isLetter
        cursor += 2
      } else {
        // Four bytes: supplementary planes; CJK extensions B and later count as ideographs.
        guard end - cursor >= 4 else { break }
        let scalar = (UInt32(byte & 0x07) << 18) | (UInt32(cursor[1] & 0x3F) << 12)
        ideographs &+= scalar >= 0x20000 && scalar <= 0x3FFFF ? 1 : 0
        inWord = false
        cursor += 4
      }
    }
    self.scalars = scalars
    self.ideographs = ideographs
    self.cjkPunctuation = punctuation
    self.latinLetters = letters
    self.latinWords = words
    self.digits = digits
  }

  /// The language these counts suggest.
  ///
  /// Text with neither Latin letters nor CJK characters is ``Language/neutral``.
  /// Otherwise a CJK character weighs as much as two Latin words, so a Chinese
  /// paragraph that quotes English names stays Chinese while an English
  /// paragraph that quotes a Chinese term stays English.
  public var language: Language {
    let cjk = ideographs + cjkPunctuation
    if ideographs == 0 && latinLetters == 0 { return .neutral }
    if ideographs == 0 { return .english }
    return cjk * 2 >= latinWords ? .chinese : .english
  }
}
