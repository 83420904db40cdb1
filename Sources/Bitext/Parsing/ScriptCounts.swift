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
  /// Maximal runs of Latin letters (a rough word count).
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

  /// Counts the scripts of the UTF-8 bytes in `bytes` (which must be valid UTF-8).
  public init(bytes: UnsafeBufferPointer<UInt8>) {
    var scalars = 0
    var ideographs = 0
    var punctuation = 0
    var letters = 0
    var words = 0
    var digits = 0
    var inWord = false
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        scalars += 1
        let lower = byte | 0x20
        if lower >= 0x61 && lower <= 0x7A {
          letters += 1
          if !inWord { words += 1 }
          inWord = true
        } else {
          if byte >= 0x30 && byte <= 0x39 { digits += 1 }
          // An apostrophe or hyphen inside a word does not end it.
          inWord = inWord && (byte == 0x27 || byte == 0x2D)
        }
        index += 1
      } else if byte < 0xE0 {
        // Two-byte sequence: U+0080–U+07FF. Latin-1 and Latin Extended letters
        // (U+00C0–U+024F, except × and ÷) count as Latin.
        scalars += 1
        let scalar = (UInt32(byte & 0x1F) << 6) | UInt32((index + 1 < count ? bytes[index + 1] : 0x80) & 0x3F)
        if scalar >= 0xC0 && scalar <= 0x24F && scalar != 0xD7 && scalar != 0xF7 {
          letters += 1
          if !inWord { words += 1 }
          inWord = true
        } else {
          inWord = false
        }
        index += 2
      } else if byte < 0xF0 {
        scalars += 1
        let b1 = index + 1 < count ? bytes[index + 1] : 0x80
        let b2 = index + 2 < count ? bytes[index + 2] : 0x80
        let scalar = (UInt32(byte & 0x0F) << 12) | (UInt32(b1 & 0x3F) << 6) | UInt32(b2 & 0x3F)
        switch scalar {
        case 0x3000...0x303F, 0xFE30...0xFE4F, 0xFF00...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40,
          0xFF5B...0xFF65:
          punctuation += 1
        case 0x2E80...0x2FFF, 0x3040...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF:
          ideographs += 1
        default:
          break
        }
        inWord = false
        index += 3
      } else {
        scalars += 1
        let b1 = index + 1 < count ? bytes[index + 1] : 0x80
        let scalar = (UInt32(byte & 0x07) << 18) | (UInt32(b1 & 0x3F) << 12)
        if scalar >= 0x20000 && scalar <= 0x3FFFF { ideographs += 1 }
        inWord = false
        index += 4
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
