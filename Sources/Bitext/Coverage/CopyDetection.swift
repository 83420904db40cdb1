/// Finds "translations" that are the English source pasted again, and takes
/// each such pair out of the documents before alignment.
///
/// A pasted copy is an English paragraph where a Chinese one should be, so
/// the parser files it as English; left in place it would shift the pairing
/// of its section. The copy and its source are already paired by being
/// identical, so both are taken out: the aligner sees a clean section, and
/// the checker counts the source as copied and reports ``Rule/copiedSource``
/// at the copy, whatever aligner is used.
struct CopyDetection {
  /// A source paragraph and its copy.
  struct Copy {
    /// The English paragraph.
    var source: Block
    /// The paragraph that should have been its translation.
    var copy: Block
    /// The index of the section that holds them.
    var section: Int
  }

  /// The copies found, in document order.
  private(set) var copies: [Copy] = []

  /// One file: an English paragraph identical to the translatable paragraph
  /// just before it (also English) is a copy. Only documents that hold some
  /// Chinese are searched, so that a repeated line in an English-only text stays English.
  mutating func removeCopies(from document: BilingualDocument) -> BilingualDocument {
    guard document.sections.contains(where: { !$0.paragraphs(in: .chinese).isEmpty }) else {
      return document
    }
    var result = document
    for index in result.sections.indices where Self.mayHoldCopy(result.sections[index].blocks) {
      var kept: [Block] = []
      // The position in `kept` of the last translatable paragraph that may be a source.
      var previous: Int?
      for block in result.sections[index].blocks {
        if block.isTranslatable, block.language == .english, let position = previous,
          kept[position].language == .english,
          TextMeasure.sameIgnoringSpaceRuns([kept[position]], [block])
        {
          copies.append(Copy(source: kept.remove(at: position), copy: block, section: index))
          previous = nil
          continue
        }
        kept.append(block)
        if block.isTranslatable { previous = kept.count - 1 }
      }
      result.sections[index].blocks = kept
    }
    return result
  }

  /// Whether the loop of ``removeCopies(from:)`` would find a copy in
  /// `blocks`: until it finds the first, it keeps every block, so the same
  /// test on the blocks as they are finds the same one. Sections without a
  /// copy, nearly all, then keep their array instead of a rebuilt copy of it.
  private static func mayHoldCopy(_ blocks: [Block]) -> Bool {
    var previous: Block?
    for block in blocks {
      if block.isTranslatable, block.language == .english, let source = previous, source.language == .english,
        TextMeasure.sameIgnoringSpaceRuns(CollectionOfOne(source), CollectionOfOne(block))
      {
        return true
      }
      if block.isTranslatable { previous = block }
    }
    return false
  }

  /// Two files: in the Chinese file, an English paragraph identical to an
  /// English paragraph of the same section of the English file is a copy;
  /// any other English paragraph there is a (mostly Latin) translation and is
  /// relabelled Chinese, so that it is paired and then checked.
  mutating func removeCopies(
    english: BilingualDocument, chinese: BilingualDocument
  ) -> (english: BilingualDocument, chinese: BilingualDocument) {
    var source = english
    var translation = chinese
    for index in translation.sections.indices {
      var candidates: [[UInt8]: Block] = [:]
      if index < source.sections.count {
        for block in source.sections[index].paragraphs(in: .english).reversed() {
          candidates[TextMeasure.normalized(block.text)] = block
        }
      }
      var kept: [Block] = []
      var removed = Set<Int>()
      for var block in translation.sections[index].blocks {
        if block.isTranslatable, block.language == .english {
          let key = TextMeasure.normalized(block.text)
          if let original = candidates[key], removed.insert(original.byteRange.lowerBound).inserted {
            copies.append(Copy(source: original, copy: block, section: index))
            continue
          }
          block.language = .chinese
        }
        kept.append(block)
      }
      if !removed.isEmpty {
        source.sections[index].blocks.removeAll { removed.contains($0.byteRange.lowerBound) && $0.isTranslatable }
      }
      translation.sections[index].blocks = kept
    }
    return (source, translation)
  }
}
