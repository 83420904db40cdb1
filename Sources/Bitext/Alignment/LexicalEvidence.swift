#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whether the end paragraph of a merge translates the matching end of the
/// other side, by the words of a bilingual ``Lexicon``.
///
/// A paragraph merged into its neighbour's segment (a `1-2` split
/// translation, a `2-1` merged source) claims to translate one end of the
/// other side: the last paragraph of a split translation translates the last
/// part of its source, the first paragraph of a merged source the first part
/// of the translation. A paragraph left over beside a pair (its source or
/// translation missing) translates something else, and lengths alone often
/// cannot tell the two readings apart when it is short.
///
/// The evidence is a log-likelihood ratio over the paragraph's content words
/// that the lexicon knows: each found in the matching stretch of the other
/// side counts `log(pTrue / pChance)`, each not found
/// `log((1 − pTrue) / (1 − pChance))`, where `pChance` grows with the number
/// of words searched. A word found that the paragraph's neighbour in the
/// merge also has is left out: it says nothing about which of the two the
/// other side translates (a run of short thank-yous shares `thank`), unless
/// the other side has it more often than the neighbour does (a speaker who
/// repeats an opening, `Yeah.` then `Yeah. No, no. …`, merged under a
/// translation that opens with `是的。是的。`).
struct LexicalEvidence: Sendable {
  /// How often a content word of a true translation finds a partner in the
  /// stretch searched (measured on the bundled transcript's pairs: 0.54 of
  /// Chinese words, 0.64 of English ones over whole paragraphs; a stretch
  /// misses some through word order).
  let pTrue = 0.45
  /// ``pTrue`` where the stretch is the whole other side
  /// (``wholeRatio(_:)``): nothing is lost to word order there
  /// (measured: 0.54 of Chinese words, 0.64 of English ones; the lower is taken).
  let pTrueWhole = 0.55
  /// The chance that one content word of the other side is a partner of a
  /// given word by accident (measured: 0.003–0.004 between paragraphs one and
  /// three apart).
  let pPerWord = 0.004
  /// The share of the other side searched beyond the paragraph's own share…
  let slack = 0.15
  /// …and the factor on that share: a paragraph of a fifth of its side is
  /// looked for in the matching 45 % of the other.
  let spread = 1.5

  /// What ``wholeRatio(_:)`` weighs: of some paragraphs' content words,
  /// how many have a partner anywhere in other paragraphs, out of how
  /// many, and how many words the others hold. Counts of several
  /// paragraphs against one other paragraph add up.
  struct WholeCounts: Equatable {
    var found = 0
    var count = 0
    var searched = 0

    static func + (lhs: WholeCounts, rhs: WholeCounts) -> WholeCounts {
      WholeCounts(found: lhs.found + rhs.found, count: lhs.count + rhs.count, searched: lhs.searched)
    }
  }

  /// The counts of the paragraphs `indices` (their words given by
  /// `paragraph`) against the paragraphs `otherIndices` (by `other`).
  /// `scratch` is as in ``ratio(_:_:share:atEnd:sibling:scratch:)``.
  func wholeCounts(
    _ indices: Range<Int>, _ paragraph: (Int) -> Lexicon.Words, in otherIndices: Range<Int>,
    _ other: (Int) -> Lexicon.Words, scratch: inout (searched: StemSet, neighbour: StemSet)
  ) -> WholeCounts {
    var counts = WholeCounts()
    for index in otherIndices {
      let words = other(index)
      scratch.searched.insert(words.stems[...])
      counts.searched += words.count
    }
    defer { for index in otherIndices { scratch.searched.clear(other(index).stems[...]) } }
    for index in indices {
      let words = paragraph(index)
      counts.count += words.count
      counts.found += scratch.searched.wordsWithAMember(stems: words.stems, ends: words.ends)
    }
    return counts
  }

  /// The log-likelihood ratio that some paragraphs are translated by
  /// others, by how many of their content words have a partner anywhere in
  /// the others (`counts`), at ``pTrueWhole``; `0` where either side has no
  /// words.
  func wholeRatio(_ counts: WholeCounts) -> Double {
    guard counts.searched > 0, counts.count > 0 else { return 0 }
    let pChance = min(0.9 * pTrueWhole, max(pPerWord, 1 - pow(1 - pPerWord, Double(counts.searched))))
    let hit = log(pTrueWhole / pChance)
    let miss = log((1 - pTrueWhole) / (1 - pChance))
    return Double(counts.found) * hit + Double(counts.count - counts.found) * miss
  }

  /// How many words of `words` share a stem with `stems` (a linear scan:
  /// only words found that the neighbour shares are counted).
  static func occurrences(of stems: ArraySlice<Int32>, in words: Lexicon.Words) -> Int {
    // Read in place: a slice per word retained and released its array.
    words.stems.withUnsafeBufferPointer { all in
      words.ends.withUnsafeBufferPointer { ends in
        var count = 0
        var first = 0
        for end in ends {
          let end = Int(end)
          for index in first..<end where stems.contains(all[index]) {
            count += 1
            break
          }
          first = end
        }
        return count
      }
    }
  }

  /// The log-likelihood ratio that `paragraph` translates (or is translated
  /// by) the end (`atEnd`) or the start of `other`, being `share` of its
  /// side; `sibling` is its neighbour on that side. `scratch` holds two empty
  /// sets over the lexicon's stems, and is left empty.
  func ratio(
    _ paragraph: Lexicon.Words, _ other: Lexicon.Words, share: Double, atEnd: Bool, sibling: Lexicon.Words? = nil,
    scratch: inout (searched: StemSet, neighbour: StemSet)
  ) -> Double {
    guard paragraph.count > 0 else { return 0 }
    let stretch = other.indices(share: min(1, spread * share + slack), atEnd: atEnd)
    // Nothing to find a partner in: both readings predict no word found.
    guard !stretch.isEmpty else { return 0 }
    let searched = other.stems[other.stemRange(stretch)]
    let neighbour = sibling?.stems[...] ?? []
    scratch.searched.insert(searched)
    scratch.neighbour.insert(neighbour)
    defer {
      scratch.searched.clear(searched)
      scratch.neighbour.clear(neighbour)
    }
    var found = 0
    var count = 0
    // Whether a found word the neighbour shares counts, per distinct word
    // (its stems, filed under its first): each answer scans both
    // paragraphs, and a long paragraph repeats its words (a 130 KB pair
    // took 1.4 s, quadratic in its length).
    var answers: [Int32: [(stems: ArraySlice<Int32>, counts: Bool)]] = [:]
    // Each word's stems read in place: a slice per word retained and
    // released its array (measured: 13 % of the instructions of aligning
    // the blocks-layout transcript).
    paragraph.stems.withUnsafeBufferPointer { stems in
      paragraph.ends.withUnsafeBufferPointer { ends in
        var first = 0
        for index in 0..<ends.count {
          let range = first..<Int(ends[index])
          first = range.upperBound
          guard range.contains(where: { scratch.searched.contains(stems[$0]) }) else {
            count += 1
            continue
          }
          if let sibling, range.contains(where: { scratch.neighbour.contains(stems[$0]) }) {
            let wordStems = paragraph.stems(of: index)
            let first = stems[range.lowerBound]
            let counted: Bool
            if let known = answers[first]?.first(where: { $0.stems.elementsEqual(wordStems) }) {
              counted = known.counts
            } else {
              counted = Self.occurrences(of: wordStems, in: other) > Self.occurrences(of: wordStems, in: sibling)
              answers[first, default: []].append((wordStems, counted))
            }
            guard counted else { continue }
          }
          count += 1
          found += 1
        }
      }
    }
    guard count > 0 else { return 0 }
    let pChance = min(0.9 * pTrue, max(pPerWord, 1 - pow(1 - pPerWord, Double(stretch.count))))
    let hit = log(pTrue / pChance)
    let miss = log((1 - pTrue) / (1 - pChance))
    return Double(found) * hit + Double(count - found) * miss
  }
}
