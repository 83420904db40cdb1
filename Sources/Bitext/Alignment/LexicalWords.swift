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
  /// against up to ``cachedSpan`` consecutive paragraphs of the other
  /// language, as indices into ``cachedCounts``, keyed by
  /// ``countsKey(_:_:englishWords:)``: the aligner asks the same question
  /// for several moves and again when it aligns a window a second time.
  private var countsIndex = IntegerKeyMap()
  private var cachedCounts: [LexicalEvidence.WholeCounts] = []
  /// Of one paragraph against one paragraph of the other language, which of
  /// its words have a partner there, a bit per word: where in ``masks``
  /// (its first word of bits), keyed as ``countsIndex`` with one paragraph
  /// searched. A question about several paragraphs searched joins their
  /// masks instead of searching each again.
  private var maskIndex = IntegerKeyMap()
  private var masks: [UInt64] = []

  /// The most paragraphs searched whose counts are kept (the aligner's moves
  /// take at most three on a side).
  static let cachedSpan = 3

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
  /// the Chinese ones `chinese` (`englishWords`), or the reverse: the sum of
  /// each read paragraph's counts against all the paragraphs searched (a
  /// word is counted once, found if any of them has a partner), each found
  /// once per section.
  func counts(
    english: Range<Int>, chinese: Range<Int>, englishWords: Bool, evidence: LexicalEvidence
  ) -> LexicalEvidence.WholeCounts {
    let (read, searched) = englishWords ? (english, chinese) : (chinese, english)
    guard !read.isEmpty else { return LexicalEvidence.WholeCounts() }
    var total = paragraphCounts(read.lowerBound, against: searched, englishWords: englishWords, evidence: evidence)
    for index in read.dropFirst() {
      total = total + paragraphCounts(index, against: searched, englishWords: englishWords, evidence: evidence)
    }
    return total
  }

  /// The counts of English paragraph `english`'s words against Chinese
  /// paragraph `chinese` (`englishWords`), or the reverse, found once.
  func pairCounts(
    english: Int, chinese: Int, englishWords: Bool, evidence: LexicalEvidence
  ) -> LexicalEvidence.WholeCounts {
    englishWords
      ? paragraphCounts(english, against: chinese..<chinese + 1, englishWords: true, evidence: evidence)
      : paragraphCounts(chinese, against: english..<english + 1, englishWords: false, evidence: evidence)
  }

  /// The counts of paragraph `index` (English where `englishWords`) against
  /// the paragraphs `searched` of the other language, found once where
  /// `searched` is at most ``cachedSpan`` paragraphs: the words found are
  /// those with a bit in the mask of any paragraph searched.
  private func paragraphCounts(
    _ index: Int, against searched: Range<Int>, englishWords: Bool, evidence: LexicalEvidence
  ) -> LexicalEvidence.WholeCounts {
    guard !searched.isEmpty, searched.count <= Self.cachedSpan else {
      return englishWords
        ? evidence.wholeCounts(index..<index + 1, self.english, in: searched, self.chinese, scratch: &scratch)
        : evidence.wholeCounts(index..<index + 1, self.chinese, in: searched, self.english, scratch: &scratch)
    }
    let key = countsKey(index, searched, englishWords: englishWords)
    if let slot = countsIndex[key] { return cachedCounts[Int(slot)] }
    let wordCount = (englishWords ? english(index) : chinese(index)).count
    let width = (wordCount + 63) / 64
    var counts = LexicalEvidence.WholeCounts(count: wordCount)
    let starts = searched.map { other in
      counts.searched += (englishWords ? chinese(other) : english(other)).count
      return mask(index, other, englishWords: englishWords, width: width)
    }
    for word in 0..<width {
      var bits: UInt64 = 0
      for start in starts { bits |= masks[start + word] }
      counts.found += bits.nonzeroBitCount
    }
    countsIndex.set(key, Int32(cachedCounts.count))
    cachedCounts.append(counts)
    return counts
  }

  /// Where in ``masks`` the mask of paragraph `index` against paragraph
  /// `other` of the other language starts (`width` words of bits), made the
  /// first time.
  private func mask(_ index: Int, _ other: Int, englishWords: Bool, width: Int) -> Int {
    let key = countsKey(index, other..<other + 1, englishWords: englishWords)
    if let start = maskIndex[key] { return Int(start) }
    let start = masks.count
    masks.append(contentsOf: repeatElement(0, count: width))
    let read = englishWords ? english(index) : chinese(index)
    let searched = englishWords ? chinese(other) : english(other)
    scratch.searched.insert(searched.stems[...])
    scratch.searched.markWordsWithAMember(stems: read.stems, ends: read.ends, in: &masks, at: start)
    scratch.searched.clear(searched.stems[...])
    maskIndex.set(key, Int32(start))
    return start
  }

  /// A nonzero key for paragraph `index` read against `searched`, in the
  /// direction `englishWords`: distinct for every question as long as
  /// `searched` is 1 to ``cachedSpan`` paragraphs and starts below the
  /// other side's count.
  private func countsKey(_ index: Int, _ searched: Range<Int>, englishWords: Bool) -> UInt64 {
    let otherCount = englishWords ? chineseBlocks.count : englishBlocks.count
    let start = UInt64(index) &* UInt64(otherCount) &+ UInt64(searched.lowerBound)
    return ((start &* UInt64(Self.cachedSpan + 1) &+ UInt64(searched.count)) << 1 | (englishWords ? 1 : 0)) &+ 1
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
