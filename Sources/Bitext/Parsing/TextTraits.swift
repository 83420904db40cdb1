/// Facts about a block's text that the aligner asks of every paragraph,
/// found once from the text (while parsing, when its bytes are at hand) so
/// that aligning a large document does not read all of its text again.
struct TextTraits: Sendable, Hashable {
  /// Whether the text starts as a translator's note (`译注：…`; see ``AlignmentUnit/isTranslatorNote(_:)``).
  var startsWithTranslatorNote: Bool
  /// Whether the text holds both scripts in balance and does not end a
  /// sentence: what ``Block/isBilingualUnit`` asks of the text itself.
  var mixesLanguagesEvenly: Bool
  /// Whether Latin letters outnumber CJK characters (ideographs and CJK
  /// punctuation) more than four to one: a "translation" left in English.
  var isMostlyLatin: Bool
  /// The first byte of the text that is not a space, tab or line break
  /// (`nil` when there is none): texts equal up to runs of white space share it.
  var firstVisibleByte: UInt8?

  /// The traits of `text`, whose script counts are `counts`.
  init(_ text: Substring, counts: ScriptCounts) {
    var text = text
    self = text.withUTF8 { TextTraits(bytes: $0, counts: counts) }
  }

  /// The traits of the UTF-8 text `bytes`, whose script counts are `counts`.
  private init(bytes: UnsafeBufferPointer<UInt8>, counts: ScriptCounts) {
    startsWithTranslatorNote = AlignmentUnit.isTranslatorNote(bytes: bytes[...])
    isMostlyLatin = counts.latinLetters > 4 * (counts.ideographs + counts.cjkPunctuation)
    firstVisibleByte = bytes.first { !(0x20 == $0 || 0x09 == $0 || 0x0A == $0 || 0x0D == $0) }
    guard counts.latinLetters >= 3, counts.ideographs >= 2, !Self.endsSentence(bytes) else {
      mixesLanguagesEvenly = false
      return
    }
    let balance = Double(counts.latinLetters) * 0.3 / Double(counts.ideographs)
    mixesLanguagesEvenly = balance >= 0.5 && balance <= 2
  }

  /// Whether the last scalar of the UTF-8 text `bytes` is one of `。.!?！？`:
  /// `.`, `!`, `?`, or the three bytes of `。`, `！`, `？`.
  private static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let last = bytes.last else { return false }
    if last == 0x2E || last == 0x21 || last == 0x3F { return true }
    guard bytes.count >= 3 else { return false }
    let tail = (bytes[bytes.count - 3], bytes[bytes.count - 2], last)
    return tail == (0xE3, 0x80, 0x82) || tail == (0xEF, 0xBC, 0x81) || tail == (0xEF, 0xBC, 0x9F)
  }
}
