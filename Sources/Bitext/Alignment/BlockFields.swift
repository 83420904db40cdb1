/// What the aligner asks of every paragraph, read from a block's stored
/// fields in place.
///
/// Calling a computed property of a ``Block`` held in an array makes the
/// optimizer copy the block first, which retains and releases its text; over
/// the paragraphs of a large document that traffic costs more than the
/// questions. These functions read the fields through a pointer instead, and
/// answer exactly as ``Block/isTranslatable``, ``Block/isBilingualUnit`` and
/// ``Block/alignmentLength`` do.
enum BlockFields {
  /// Which length of a paragraph a length model is estimated from.
  enum Length {
    /// ``Block/characterCount``, Unicode scalars.
    case characters
    /// ``Block/alignmentLength``, Latin letters in Chinese text discounted.
    case alignment
  }

  /// ``Block/alignmentLength`` of the block at `block`.
  @inline(__always)
  static func alignmentLength(of block: UnsafePointer<Block>) -> Int {
    Block.alignmentLength(
      characterCount: block.pointee.characterCount, latinLetters: block.pointee.latinLetterCount,
      language: block.pointee.language)
  }

  /// `length` of each of `blocks`.
  static func lengths(of blocks: [Block], _ length: Length) -> [Int] {
    blocks.withUnsafeBufferPointer { buffer in
      buffer.indices.map { index in
        let block = buffer.baseAddress! + index
        return length == .characters ? block.pointee.characterCount : alignmentLength(of: block)
      }
    }
  }

  /// How the aligner takes the block at `block`: `nil` when it is not
  /// translatable, ``Language/neutral`` for a bilingual one-line unit
  /// (``Block/isBilingualUnit``), else the paragraph's language.
  @inline(__always)
  static func alignmentRole(of block: UnsafePointer<Block>) -> Language? {
    guard block.pointee.kind == .paragraph, block.pointee.language != .neutral else { return nil }
    let isBilingualUnit = Block.isBilingualUnit(
      line: block.pointee.line, endLine: block.pointee.endLine, characterCount: block.pointee.characterCount,
      traits: block.pointee.traits)
    return isBilingualUnit ? .neutral : block.pointee.language
  }
}
