/// The ``Lexicon`` words of one section's paragraphs, found the first time
/// the lexical evidence asks for them: most paragraphs never take part in a
/// segment worth reading.
final class LexicalWords {
  /// The section's paragraphs, as the aligner numbers them.
  private let englishBlocks: [Block]
  private let chineseBlocks: [Block]
  /// Their words, once found.
  private var englishWords: [Lexicon.Words?]
  private var chineseWords: [Lexicon.Words?]
  /// ``LexicalEvidence/wholeCounts(_:_:in:_:scratch:)`` of one paragraph
  /// against one of the other language, by English index, Chinese index and
  /// direction (see ``pairCounts(english:chinese:englishWords:evidence:)``).
  private var pairCounts: [Int: LexicalEvidence.WholeCounts] = [:]

  /// The sets of ``scratch``, once made.
  private var scratchSets: (searched: StemSet, neighbour: StemSet)?

  /// Two empty sets over the lexicon's stems, for ``LexicalEvidence``,
  /// made on first use: a section with no segment worth reading never
  /// loads the lexicon. Modified in place: a `lazy var` passed `inout` is
  /// read out and written back, so each insertion copied the sets' bits.
  var scratch: (searched: StemSet, neighbour: StemSet) {
    get { scratchSets ?? Self.emptySets() }
    _modify {
      if scratchSets == nil { scratchSets = Self.emptySets() }
      yield &scratchSets!
    }
  }

  /// Two empty sets over the lexicon's stems.
  private static func emptySets() -> (searched: StemSet, neighbour: StemSet) {
    let capacity = Lexicon.shared.stemCount
    return (StemSet(capacity: capacity), StemSet(capacity: capacity))
  }

  /// The words of `english` and `chinese`, none found yet.
  init(english: [Block], chinese: [Block]) {
    englishBlocks = english
    chineseBlocks = chinese
    englishWords = Array(repeating: nil, count: english.count)
    chineseWords = Array(repeating: nil, count: chinese.count)
  }

  /// The counts of the words of the English paragraphs `english` against
  /// the Chinese ones `chinese` (`englishWords`), or the reverse. Against one
  /// paragraph, a merge's counts are its paragraphs' counts added, each pair
  /// counted once per section; against several, their words are searched
  /// together.
  func counts(
    english: Range<Int>, chinese: Range<Int>, englishWords: Bool, evidence: LexicalEvidence
  ) -> LexicalEvidence.WholeCounts {
    let (read, searched) = englishWords ? (english, chinese) : (chinese, english)
    guard searched.count == 1 else {
      return englishWords
        ? evidence.wholeCounts(english, self.english, in: chinese, self.chinese, scratch: &scratch)
        : evidence.wholeCounts(chinese, self.chinese, in: english, self.english, scratch: &scratch)
    }
    func counts(_ index: Int) -> LexicalEvidence.WholeCounts {
      pairCounts(
        english: englishWords ? index : searched.lowerBound, chinese: englishWords ? searched.lowerBound : index,
        englishWords: englishWords, evidence: evidence)
    }
    var total = counts(read.lowerBound)
    for index in read.dropFirst() { total = total + counts(index) }
    return total
  }

  /// The counts of English paragraph `english`'s words against Chinese
  /// paragraph `chinese` (`englishWords`), or the reverse, found once.
  func pairCounts(
    english: Int, chinese: Int, englishWords: Bool, evidence: LexicalEvidence
  ) -> LexicalEvidence.WholeCounts {
    let key = (english * chineseBlocks.count + chinese) * 2 + (englishWords ? 1 : 0)
    if let counts = pairCounts[key] { return counts }
    let counts =
      englishWords
      ? evidence.wholeCounts(
        english..<english + 1, self.english, in: chinese..<chinese + 1, self.chinese, scratch: &scratch)
      : evidence.wholeCounts(
        chinese..<chinese + 1, self.chinese, in: english..<english + 1, self.english, scratch: &scratch)
    pairCounts[key] = counts
    return counts
  }

  /// The words of English paragraph `index`.
  func english(_ index: Int) -> Lexicon.Words {
    Self.words(index, &englishWords) { Lexicon.shared.englishWords(englishBlocks[$0].text) }
  }

  /// The words of Chinese paragraph `index`.
  func chinese(_ index: Int) -> Lexicon.Words {
    Self.words(index, &chineseWords) { Lexicon.shared.chineseWords(chineseBlocks[$0].text) }
  }

  /// Paragraph `index`'s words from `cache`, found by `find` the first time.
  private static func words(_ index: Int, _ cache: inout [Lexicon.Words?], find: (Int) -> Lexicon.Words)
    -> Lexicon.Words
  {
    if let words = cache[index] { return words }
    let words = find(index)
    cache[index] = words
    return words
  }
}
