#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The dynamic-programming aligner: a monotonic alignment of one section's
/// English and Chinese paragraphs with moves 1–1, 1–0, 0–1, 2–1, 1–2, 3–1,
/// 1–3 and 2–2, computed in a band around the expected path.
///
/// A segment's cost is a negative log-probability made of:
/// - the prior of its move;
/// - a Gale–Church length term, `δ²/2` for the document's ``LengthModel``
///   (by the log length ratio where a translation falls far short of a
///   short source, ``LengthModel/shortfallDeviation(chinese:from:)``);
/// - lexical anchors: numbers and Latin tokens the two sides share lower the
///   cost, anchors one side lacks raise it;
/// - sentence counts (run-on English measured against the sentences its
///   length holds), and the alignment of the first and last sentences;
/// - where the aligner hesitates without them, the words, by the bundled
///   ``Lexicon`` (see ``LexicalEvidence``): for a merge (`1-2`, `2-1`,
///   `1-3`, `3-1`), whether its short end paragraph's words have
///   translations at the matching end of the other side; for every segment
///   that pairs paragraphs, whether each side's words have partners
///   anywhere in the other;
/// - in an interleaved document, the interleaving itself: a segment whose
///   paragraphs are not adjacent in the document is unlikely, and so is one
///   in the opposite order of the document's;
/// - a translator's note (`译注：…`) is a `0-1` segment by itself.
///
/// Each segment's score is its posterior probability under the same model
/// (forward–backward over the band), so it is low where the aligner hesitates.
struct LengthAligner {
  /// The moves, as (English, Chinese) paragraph counts.
  static let moves: [(english: Int, chinese: Int)] = [
    (1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (3, 1), (1, 3), (2, 2),
  ]
  /// Each move's cost before any evidence (−log of its prior probability,
  /// tuned so that absorbing a paragraph into a merge costs about as much as
  /// leaving it unpaired: only length and anchors tell the two apart).
  static let movePriors: [Double] = [0.05, 4.0, 4.0, 5.0, 5.0, 9.5, 9.5, 9.0]
  /// The priors where nothing but lengths, sentences and anchors tell a
  /// merge from an omission (blocks, two files): a merge (2–1, 1–2) a little
  /// likelier than leaving a paragraph unpaired, leaning toward Gale and
  /// Church's corpus priors, where merges are nine times as common as
  /// omissions (measured on the harness: merges and splits found rise by
  /// 3 and 1 points, omissions found fall by 1–2; see `Docs/Alignment.md`).
  static let blockMovePriors: [Double] = [0.05, 4.0, 4.0, 4.5, 4.5, 9.5, 9.5, 9.0]

  /// The length model of the document.
  var model: LengthModel
  /// Whether the paragraphs of both languages share one document order in
  /// which translations sit next to their source.
  var interleaved: Bool
  /// In an interleaved document: whether the source comes first.
  var englishFirst = true
  /// Whether every alignment reads the paragraphs' words, not only where
  /// lengths leave a segment in doubt (``Aligner/Options/verifiesPairsByWords``:
  /// a pair of strangers sent here by their words is sure by its lengths).
  var readsWords = false
  /// Each move's cost before any evidence, learned from the document's
  /// first alignment (see ``MovePriors``); `nil` for the layout's defaults.
  var adaptedPriors: [Double]? = nil
  /// Each move's cost before any evidence.
  var priors: [Double] { adaptedPriors ?? (interleaved ? Self.movePriors : Self.blockMovePriors) }
  /// Half-width of the first band tried; it doubles when the path touches its edge.
  ///
  /// In an interleaved document the band follows the interleaving, so 4
  /// holds every move around it (measured: 8, 4 and 3 give the same
  /// alignments and scores on the harness; 3 makes long sections widen and
  /// solve again, 8 is a quarter slower).
  var band: Int { interleaved ? 4 : 24 }
  /// Half-width of the first band tried around a guide (see
  /// ``align(english:chinese:englishBarriers:chineseBarriers:lengthsOnly:guide:units:)``):
  /// the guide already follows the drift of a long section that a band
  /// around the diagonal must be wide enough to hold.
  static let guidedBand = 4

  /// The smallest variance the aligner trusts: a model estimated from a few
  /// pairs can be too narrow to forgive honest variation.
  static let minimumVariance = 0.2
  /// Cost of a segment whose paragraphs are not adjacent in an interleaved document.
  static let scatteredCost = 10.0
  /// Cost of a segment in the opposite order of the document's.
  static let reversedCost = 2.0
  /// Cost of a segment whose languages interweave, such as English, Chinese, English.
  static let interwovenCost = 6.0
  /// In the sentence windows' alignment: the cost of joining two sentences
  /// (2–1, 1–2) before their length term.
  static let sentenceMergeCost = 2.3
  /// In the sentence windows' alignment: the cost of a sentence without a counterpart.
  static let sentenceSkipCost = 3.0
  /// In the sentence windows' alignment: the cost of an English sentence of
  /// at most ``fillerSentenceLength`` characters without a counterpart.
  /// Translators of speech drop fillers (`No, no.`, `Right.`, `Okay.`): the
  /// transcript's `Yeah. No, no. which is going back…` is translated
  /// `是的。我们回到…`. At the full skip cost, a short source merged into
  /// that translation (`Yeah.` + `Yeah. No, no. …` under `是的。是的。…`)
  /// read better as the short one untranslated and `No, no.` paired with
  /// the second `是的。` (measured on the harness: 1.5 mends English-first
  /// `merge-sources` and `combined` rows at 20 seeds and worsens none at
  /// 20 or 60; 1.0 and 2.0, or 15 characters, make rows worse).
  static let fillerSkipCost = 1.5
  /// The longest English sentence, with its trailing space, that
  /// ``fillerSkipCost`` treats as a filler.
  static let fillerSentenceLength = 10
  /// The most a window of sentences that do not align can cost.
  static let sentenceAlignmentCap = 3.0
  /// Subtracted from each window's cost, so that a true pair whose sentences
  /// align as usual gains what a misaligned reading loses.
  static let typicalSentenceAlignmentCost = 2.0
  /// ``Grid/sentenceCost(english:chinese:)`` for counts below ``sentenceCostTableSide``,
  /// computed once: the inner loop then calls neither `exp` nor `log`.
  static let sentenceCostTable: [Double] = (0..<sentenceCostTableSide * sentenceCostTableSide).map {
    computeSentenceCost(english: $0 / sentenceCostTableSide, chinese: $0 % sentenceCostTableSide)
  }
  /// The sentence counts the table covers, per side.
  static let sentenceCostTableSide = 48

  /// The mixture cost of sentence counts (see ``Grid/sentenceCost(english:chinese:)``).
  static func computeSentenceCost(english: Int, chinese: Int) -> Double {
    let d = Double(chinese - english) / Double(english + 1).squareRoot()
    let narrow = 0.8 / 0.4 * exp(-0.5 * (d / 0.4) * (d / 0.4))
    let wide = 0.2 / 1.5 * exp(-0.5 * (d / 1.5) * (d / 1.5))
    return log((0.8 / 0.4 + 0.2 / 1.5) / (narrow + wide))
  }

  /// English characters per sentence the translators of run-on English
  /// close a sentence after (see ``runOnSentences(_:length:chinese:)``).
  ///
  /// Measured on the bundled transcript's 102 pairs: where the English has
  /// more than 200 characters per sentence end, its translation has 1.5 to
  /// 3 times as many sentences, about one per 150 English characters; below
  /// 150 characters per sentence the counts agree (mean ratio 0.92–1.04).
  static let runOnSentenceLength = 150

  /// The English sentence count a Chinese count of `chinese` is measured
  /// against: `english`, or, where the English runs on (transcribed
  /// speech often closes a sentence only every few hundred characters)
  /// and the translator closed more sentences, up to as many as its
  /// length holds at one per ``runOnSentenceLength``.
  @inline(__always)
  static func runOnSentences(_ english: Int, length: Int, chinese: Int) -> Int {
    guard chinese > english else { return english }
    return max(english, min(chinese, length / LengthAligner.runOnSentenceLength))
  }

  /// The most shared anchors lower a segment's cost (8 anchors at −1).
  static let largestAnchorGain = 8.0
  /// The most the sentence-order term lowers a segment's cost (two windows at −2).
  static let largestSentenceGain = 4.0
  /// The weight of the lexical evidence of a merge's end paragraphs (see
  /// ``LexicalEvidence``): half its log-likelihood ratio, as the lexicon's
  /// rates are rough and the words of neighbouring paragraphs are not
  /// independent (measured: weights 0.7 and 1 make more rows worse than better,
  /// `Docs/Alignment.md`).
  static let lexicalWeight = 0.5
  /// The most the lexical evidence against one end paragraph counts: a
  /// word not found is often only a word the lexicon lacks.
  static let lexicalCap = 4.0
  /// The most the lexical evidence for one end paragraph counts: many
  /// specific words found at the right end are rarely chance (measured: the
  /// same table with one merge more found than with a cap of 4, and no row worse).
  static let lexicalGainCap = 8.0
  /// The largest share of its side an end paragraph of a merge may have to be
  /// tested: the evidence is about short paragraphs, which lengths cannot place.
  static let lexicalShare = 0.5
  /// A section (or window) whose path, aligned without the lexical evidence,
  /// has a segment scored below this is aligned again with it; where every
  /// segment scores at least this, no word is read. Segments scored 0.99 or
  /// more without the evidence were exactly right every time on the
  /// calibration cases (10,252 of them), and the evaluation table is the
  /// same at 20 and 60 seeds as with the evidence everywhere, at a third of
  /// its cost (`Docs/Alignment.md`).
  static let lexicalQuestionScore = 0.99
  /// The weight of the lexical evidence of a whole segment: whether the
  /// words of each side have partners anywhere in the other (see
  /// ``Grid/segmentLexicalCost(english:chinese:)``).
  ///
  /// Read for every segment that pairs paragraphs, merges too, so that a
  /// pair and an orphan are weighed against a merge on the same footing
  /// (measured: evidence read for `1-1` pairs alone tipped merges toward a
  /// pair and an orphan, 6–27 rows worse; for every segment at 0.5, 7 rows
  /// better and none worse at 20 seeds; 0.75 and 1 make splits worse).
  static let segmentLexicalWeight = 0.5
  /// The most the evidence of one direction of a whole segment counts
  /// against it: a word not found is often only a word the list lacks, but
  /// the bundled transcript's true pairs weigh above −4 in both directions
  /// together (lowest −3.2), and a stranger whose words find no partner
  /// either way must be able to cost more than leaving both its paragraphs
  /// unpaired, which a cap of 4 (half of it, 4 in all, against 9) never
  /// allowed (measured at 100 seeds: blocks and two-files `combined` 15 %
  /// seeds 48 and 99 mended, irregular found 98.0 → 98.4 %, no row worse;
  /// 20 seeds and the short documents unchanged).
  static let segmentLexicalCap = 12.0
  /// The most the evidence of one direction of a whole segment counts for
  /// it, as ``lexicalGainCap`` (measured at 20 seeds: 8 instead of 4 mends
  /// English-first `split-translation` seeds 6, 10 and 17 in all three
  /// layouts, every such row 1.000, and loses one pair in Chinese-first
  /// seeds 3, 6 and 9, 1.000 → 0.991; more irregular segments found in the
  /// `combined` rows; the same at 60 seeds. A cap of 8 against as well
  /// changes nothing; 2 and 4 for give the same table).
  static let segmentLexicalGainCap = 8.0
  /// The most the whole-segment evidence lowers a segment's cost.
  static let largestSegmentLexicalGain = 2 * segmentLexicalWeight * segmentLexicalGainCap
  /// The most the lexical evidence lowers a segment's cost (two end
  /// paragraphs of a merge, and the whole segment).
  static let largestLexicalGain = 2 * lexicalWeight * lexicalGainCap + largestSegmentLexicalGain
  /// The cost of a segment that may not be formed: finite, so that the
  /// forward–backward sums stay defined, and beyond any real path.
  static let forbiddenCost = 1e6
  /// Cost of length evidence for a paragraph without a counterpart.
  static let unpairedLengthCost = 0.5

  /// Aligns the paragraphs and returns the segments in document order.
  ///
  /// No segment holds two English paragraphs with one of `englishBarriers`
  /// between them, nor two Chinese ones around one of `chineseBarriers`
  /// (paragraphs kept out of the alignment, such as bilingual one-line
  /// units, which become segments of their own): each barrier must find a
  /// place in document order. In a one-file document every unit is a
  /// barrier on both sides; with two files, each file's units on its side.
  ///
  /// With `lengthsOnly`, segments cost their priors and lengths alone, and
  /// no word is read: a rough first pass, only to guide the next one. A
  /// `guide`, an earlier alignment of the same paragraphs (that first
  /// pass), centres the band on its path instead of on the diagonal, and
  /// narrows it to ``guidedBand``: a long section without interleaving
  /// drifts from the diagonal by tens of paragraphs. `units`, those of the
  /// same paragraphs from an earlier pass, spare scanning them again.
  func align(
    english: [Block], chinese: [Block], englishBarriers: [Block] = [], chineseBarriers: [Block] = [],
    lengthsOnly: Bool = false, guide: [Segment]? = nil, units known: AlignmentUnit.SectionUnits? = nil
  ) -> [Segment] {
    if english.isEmpty || chinese.isEmpty {
      return english.map { Segment(english: [$0], chinese: [], method: .length, score: 1) }
        + chinese.map { Segment(english: [], chinese: [$0], method: .length, score: 1) }
    }
    var grid = grid(
      english: english, chinese: chinese, englishBarriers: englishBarriers, chineseBarriers: chineseBarriers,
      units: known)
    if let guide { grid.guide = Self.centers(following: guide, english: english.count, chinese: chinese.count) }
    grid.lengthsOnly = lengthsOnly
    // Without the lexical evidence first: where every segment of the path is
    // surer than the evidence could ever unsettle, no word needs reading
    // (unless the words are always read).
    if readsWords && !lengthsOnly { grid.words = LexicalWords(english: english, chinese: chinese) }
    var path = grid.solve()
    if !lengthsOnly, grid.words == nil, let windows = Self.lexicalWindows(path) {
      if windows == [path.indices] {
        grid.words = LexicalWords(english: english, chinese: chinese)
        path = grid.solve()
      } else {
        path = realigning(
          windows, of: path, english: english, chinese: chinese, englishBarriers: englishBarriers,
          chineseBarriers: chineseBarriers)
      }
    }
    return path.map { step in
      Segment(
        english: english[step.english], chinese: chinese[step.chinese], method: .length,
        score: step.score)
    }
  }

  /// The grid of `english` and `chinese` (their `units` if already
  /// scanned), kept from joining paragraphs across `englishBarriers` and
  /// `chineseBarriers`.
  func grid(
    english: [Block], chinese: [Block], englishBarriers: [Block], chineseBarriers: [Block],
    units known: AlignmentUnit.SectionUnits? = nil
  ) -> Grid {
    let units = known ?? AlignmentUnit.units(english: english, chinese: chinese)
    var grid = Grid(
      aligner: self, english: units.english, chinese: units.chinese, englishAnchors: units.englishAnchors,
      chineseAnchors: units.chineseAnchors)
    if !englishBarriers.isEmpty { grid.englishBarriers = Self.barrierCounts(english, englishBarriers) }
    if !chineseBarriers.isEmpty { grid.chineseBarriers = Self.barrierCounts(chinese, chineseBarriers) }
    return grid
  }

  /// For each English paragraph (and the end), how many Chinese paragraphs
  /// `segments` place before it; `nil` unless they hold `english` and
  /// `chinese` paragraphs.
  static func centers(following segments: [Segment], english: Int, chinese: Int) -> [Int]? {
    var centers: [Int] = []
    centers.reserveCapacity(english + 1)
    var consumed = 0
    for segment in segments {
      for _ in segment.englishBlocks.indices { centers.append(consumed) }
      consumed += segment.chineseBlocks.count
    }
    guard centers.count == english, consumed == chinese else { return nil }
    centers.append(chinese)
    return centers
  }

  /// Sure segments kept on either side of a doubtful one when its stretch
  /// is aligned again with the lexical evidence (see ``lexicalWindows(_:)``).
  static let lexicalMargin = 2

  /// The stretches of `path` to align again with the lexical evidence, as
  /// ranges of its steps: each step scored below ``lexicalQuestionScore``
  /// with ``lexicalMargin`` steps on either side, stretches that meet
  /// joined; `nil` where every step is sure. A long section with a few
  /// doubtful segments then reads the words of a few small windows, not of
  /// the whole section (a 10,000-pair section in blocks took 11 s).
  static func lexicalWindows(_ path: [Step]) -> [Range<Int>]? {
    windows(path, below: lexicalQuestionScore)
  }

  /// The stretches of `path` around each step scored below `threshold`,
  /// with ``lexicalMargin`` steps on either side, stretches that meet
  /// joined; `nil` where no step is below it.
  static func windows(_ path: [Step], below threshold: Double) -> [Range<Int>]? {
    var windows: [Range<Int>] = []
    for index in path.indices where path[index].score < threshold {
      let window = max(0, index - lexicalMargin)..<min(path.count, index + lexicalMargin + 1)
      if let last = windows.last, last.upperBound >= window.lowerBound {
        windows[windows.count - 1] = last.lowerBound..<max(last.upperBound, window.upperBound)
      } else {
        windows.append(window)
      }
    }
    return windows.isEmpty ? nil : windows
  }

  /// `segments`, an alignment of all of `english` and `chinese` made with
  /// other move priors, with the stretches around each segment scored below
  /// ``MovePriors/sureScore`` (see ``windows(_:below:)``) aligned again with
  /// these priors and the lexical evidence, between the same ends; the
  /// segments elsewhere are kept.
  func revising(
    _ segments: [Segment], english: [Block], chinese: [Block], englishBarriers: [Block] = [],
    chineseBarriers: [Block] = []
  ) -> [Segment] {
    var path: [Step] = []
    path.reserveCapacity(segments.count)
    var i = 0
    var j = 0
    for segment in segments {
      let i1 = i + segment.englishBlocks.count
      let j1 = j + segment.chineseBlocks.count
      path.append(Step(english: i..<i1, chinese: j..<j1, score: segment.score))
      (i, j) = (i1, j1)
    }
    guard i == english.count, j == chinese.count, let windows = Self.windows(path, below: MovePriors.sureScore) else {
      return segments
    }
    return realigning(
      windows, of: path, english: english, chinese: chinese, englishBarriers: englishBarriers,
      chineseBarriers: chineseBarriers
    ).map { step in
      Segment(english: english[step.english], chinese: chinese[step.chinese], method: .length, score: step.score)
    }
  }

  /// `path` with the paragraphs of each of `windows` (ranges of its steps)
  /// aligned again, with the lexical evidence, between the same ends.
  func realigning(
    _ windows: [Range<Int>], of path: [Step], english: [Block], chinese: [Block], englishBarriers: [Block],
    chineseBarriers: [Block]
  ) -> [Step] {
    var result: [Step] = []
    var next = 0
    for window in windows {
      result += path[next..<window.lowerBound]
      let englishRange = path[window.lowerBound].english.lowerBound..<path[window.upperBound - 1].english.upperBound
      let chineseRange = path[window.lowerBound].chinese.lowerBound..<path[window.upperBound - 1].chinese.upperBound
      let windowEnglish = Array(english[englishRange])
      let windowChinese = Array(chinese[chineseRange])
      if windowEnglish.isEmpty || windowChinese.isEmpty {
        result += path[window]
      } else {
        var grid = grid(
          english: windowEnglish, chinese: windowChinese, englishBarriers: englishBarriers,
          chineseBarriers: chineseBarriers)
        grid.words = LexicalWords(english: windowEnglish, chinese: windowChinese)
        for step in grid.solve() {
          result.append(
            Step(
              english: step.english.lowerBound + englishRange.lowerBound..<step.english.upperBound
                + englishRange.lowerBound,
              chinese: step.chinese.lowerBound + chineseRange.lowerBound..<step.chinese.upperBound
                + chineseRange.lowerBound,
              score: step.score))
        }
      }
      next = window.upperBound
    }
    return result + path[next...]
  }

  /// For each paragraph, how many of `barriers` come before it in the
  /// document; `nil` when none lies between two paragraphs.
  static func barrierCounts(_ paragraphs: [Block], _ barriers: [Block]) -> [Int]? {
    let offsets = barriers.map(\.byteRange.lowerBound).sorted()
    var counts = [Int](repeating: 0, count: paragraphs.count)
    var next = 0
    for (index, paragraph) in paragraphs.enumerated() {
      while next < offsets.count && offsets[next] < paragraph.byteRange.lowerBound { next += 1 }
      counts[index] = next
    }
    guard let first = counts.first, let last = counts.last, first != last else { return nil }
    return counts
  }

  /// One segment of the solved path.
  struct Step {
    var english: Range<Int>
    var chinese: Range<Int>
    var score: Double
  }

  /// The banded cost grid of one section.
  struct Grid {
    let aligner: LengthAligner
    let english: [AlignmentUnit]
    let chinese: [AlignmentUnit]
    let englishPrefix: [Int]
    let chinesePrefix: [Int]
    let englishSentences: [Int]
    let chineseSentences: [Int]
    /// What the length model expects of the translation of the English
    /// paragraphs `i ..< i + k`, at `3 * i + k - 1` (k = 1, 2, 3): every
    /// segment that starts at `i` with `k` paragraphs shares it.
    let englishExpectations: [LengthModel.Expectation]
    let englishAnchors: AnchorTable
    let chineseAnchors: AnchorTable
    /// Whether any paragraph has an anchor at all.
    let hasAnchors: Bool
    /// The anchors as bit sets, when the section has at most 256 distinct ones.
    let anchorBits: AnchorBits?
    /// Per paragraph, the barriers before it (see ``LengthAligner/barrierCounts(_:_:)``).
    var englishBarriers: [Int]?
    var chineseBarriers: [Int]?
    /// The paragraphs' words, for the lexical evidence (none: no such
    /// evidence, as in the first solve of every section and window).
    var words: LexicalWords?
    let lexicalEvidence = LexicalEvidence()
    /// The column each row's band is centred on, from an earlier alignment
    /// (see ``LengthAligner/centers(following:english:chinese:)``).
    var guide: [Int]?
    /// Whether segments cost their priors and lengths alone (Gale–Church's
    /// own cost) and the path goes unscored (every step scores 1), for a
    /// rough pass that only guides the band of the next.
    var lengthsOnly = false
    /// Each move's cost before any evidence (``LengthAligner/priors``).
    let priors: [Double]
    /// What leaving one English paragraph unpaired costs: the `1-0` prior
    /// and the missing length evidence.
    let unpairedEnglishCost: Double
    /// What leaving one Chinese paragraph unpaired costs.
    let unpairedChineseCost: Double

    /// The grid of `english` and `chinese`, whose anchors are in the tables
    /// (see ``AlignmentUnit/units(english:chinese:)``).
    init(
      aligner: LengthAligner, english: [AlignmentUnit], chinese: [AlignmentUnit], englishAnchors: AnchorTable,
      chineseAnchors: AnchorTable
    ) {
      self.englishAnchors = englishAnchors
      self.chineseAnchors = chineseAnchors
      hasAnchors = !englishAnchors.isEmpty || !chineseAnchors.isEmpty
      anchorBits = hasAnchors ? AnchorBits(english: englishAnchors, chinese: chineseAnchors) : nil
      self.aligner = aligner
      self.english = english
      self.chinese = chinese
      priors = aligner.priors
      unpairedEnglishCost = priors[1] + LengthAligner.unpairedLengthCost
      unpairedChineseCost = priors[2] + LengthAligner.unpairedLengthCost
      // By index: a key-path `map` copies each unit, retaining its three arrays.
      englishPrefix = Self.prefixSums(english.indices.map { english[$0].length })
      chinesePrefix = Self.prefixSums(chinese.indices.map { chinese[$0].length })
      englishSentences = Self.prefixSums(english.indices.map { english[$0].anchors.sentences })
      chineseSentences = Self.prefixSums(chinese.indices.map { chinese[$0].anchors.sentences })
      let prefix = englishPrefix
      let model = aligner.model
      englishExpectations = (0..<english.count * 3).map { index in
        let start = index / 3
        return model.expectation(english: prefix[min(start + index % 3 + 1, english.count)] - prefix[start])
      }
    }

    /// `[0, a, a + b, …]`.
    static func prefixSums(_ values: [Int]) -> [Int] {
      var sums = [0]
      sums.reserveCapacity(values.count + 1)
      for value in values { sums.append(sums[sums.count - 1] + value) }
      return sums
    }

    /// The column each row's band is centred on: the guide's, else the
    /// diagonal (or, interleaved, the document order).
    func centers() -> [Int] {
      if let guide { return guide }
      let n = english.count
      let m = chinese.count
      guard aligner.interleaved else {
        return (0...n).map { Int((Double($0) * Double(m) / Double(n)).rounded()) }
      }
      // Chinese paragraphs before the i-th English one in document order.
      var centers = [Int](repeating: m, count: n + 1)
      var j = 0
      for i in 0..<n {
        while j < m && chinese[j].position < english[i].position { j += 1 }
        centers[i] = aligner.englishFirst ? j : max(0, j - 1)
      }
      return centers
    }

    func solve() -> [Step] {
      let n = english.count
      let m = chinese.count
      let centers = centers()
      var width = guide == nil ? aligner.band : LengthAligner.guidedBand
      while true {
        let band = Band(centers: centers, width: width, columns: m)
        if let steps = solve(in: band), width >= max(n, m) || !band.touchesEdge(steps) {
          return steps
        }
        guard width < max(n, m) else {
          // Unreachable: a band as wide as the grid always has a path.
          return []
        }
        width *= 2
      }
    }

    /// Viterbi, forward and backward passes in `band`; `nil` if the band has no path.
    ///
    /// Each segment's cost is computed once, in the forward pass, and kept
    /// (per cell, per move) for the backward pass and the traceback.
    func solve(in band: Band) -> [Step]? {
      let n = english.count
      let m = chinese.count
      let cells = band.cellCount
      let moveCount = LengthAligner.moves.count
      let englishSteps = LengthAligner.moves.map(\.english)
      let chineseSteps = LengthAligner.moves.map(\.chinese)
      var best = [Double](repeating: .infinity, count: cells)
      var back = [UInt8](repeating: 0, count: cells)
      var forward = [Double](repeating: -.infinity, count: cells)
      var costs = [Double](repeating: .infinity, count: cells * moveCount)
      guard let origin = band.index(0, 0), let end = band.index(n, m) else { return nil }
      best[origin] = 0
      forward[origin] = 0
      var terms = [Double](repeating: 0, count: moveCount)
      for i in 0...n {
        for j in band.columns(i) where i > 0 || j > 0 {
          guard let here = band.index(i, j) else { continue }
          var bestCost = Double.infinity
          var bestMove = 0
          var termCount = 0
          for move in 0..<moveCount {
            let i0 = i - englishSteps[move]
            let j0 = j - chineseSteps[move]
            guard i0 >= 0, j0 >= 0, let previous = band.index(i0, j0), best[previous].isFinite else { continue }
            let cost = segmentCost(move: move, english: i0, chinese: j0)
            costs[here * moveCount + move] = cost
            let total = best[previous] + cost
            if total < bestCost {
              bestCost = total
              bestMove = move
            }
            terms[termCount] = forward[previous] - cost
            termCount += 1
          }
          best[here] = bestCost
          back[here] = UInt8(bestMove)
          // A rough pass keeps the best path alone, unscored.
          if !lengthsOnly { forward[here] = Self.logSumExp(terms, count: termCount) }
        }
      }
      guard best[end].isFinite else { return nil }

      var backward = [Double](repeating: -.infinity, count: cells)
      backward[end] = 0
      if !lengthsOnly {
        for i in stride(from: n, through: 0, by: -1) {
          for j in band.columns(i).reversed() where i < n || j < m {
            guard let here = band.index(i, j), forward[here] > -.infinity else { continue }
            var termCount = 0
            for move in 0..<moveCount {
              let i1 = i + englishSteps[move]
              let j1 = j + chineseSteps[move]
              guard i1 <= n, j1 <= m, let next = band.index(i1, j1), backward[next] > -.infinity else { continue }
              terms[termCount] = backward[next] - costs[next * moveCount + move]
              termCount += 1
            }
            backward[here] = Self.logSumExp(terms, count: termCount)
          }
        }
      }
      let total = forward[end]

      var steps: [Step] = []
      var i = n
      var j = m
      while i > 0 || j > 0 {
        guard let here = band.index(i, j) else { return nil }
        let move = Int(back[here])
        let i0 = i - englishSteps[move]
        let j0 = j - chineseSteps[move]
        guard let previous = band.index(i0, j0) else { return nil }
        let cost = costs[here * moveCount + move]
        let posterior = lengthsOnly ? 1 : exp(forward[previous] - cost + backward[here] - total)
        steps.append(
          Step(english: i0..<i, chinese: j0..<j, score: posterior.isFinite ? min(max(posterior, 0), 1) : 0))
        i = i0
        j = j0
      }
      return steps.reversed()
    }

    static func logSumExp(_ terms: [Double], count: Int) -> Double {
      guard count > 0 else { return -.infinity }
      var maximum = -Double.infinity
      for index in 0..<count where terms[index] > maximum { maximum = terms[index] }
      guard maximum > -.infinity else { return -.infinity }
      var sum = 0.0
      // exp(0) is exactly 1: the largest term needs no call.
      for index in 0..<count { sum += terms[index] == maximum ? 1 : exp(terms[index] - maximum) }
      return maximum + log(sum)
    }

    /// The cost of the segment of move `move` starting at English `i0`, Chinese `j0`.
    func segmentCost(move: Int, english i0: Int, chinese j0: Int) -> Double {
      let shape = LengthAligner.moves[move]
      let i1 = i0 + shape.english
      let j1 = j0 + shape.chinese
      var cost = priors[move]
      if let barriers = englishBarriers, shape.english > 1, barriers[i1 - 1] != barriers[i0] {
        return LengthAligner.forbiddenCost
      }
      if let barriers = chineseBarriers, shape.chinese > 1, barriers[j1 - 1] != barriers[j0] {
        return LengthAligner.forbiddenCost
      }

      // A translator's note stands alone.
      for j in j0..<j1 where chinese[j].isTranslatorNote {
        if shape.english == 0 && shape.chinese == 1 { return 0.5 }
        cost += 20
      }

      guard shape.english > 0 && shape.chinese > 0 else {
        return cost + LengthAligner.unpairedLengthCost
      }

      let delta = aligner.model.shortfallDeviation(
        chinese: chinesePrefix[j1] - chinesePrefix[j0], from: englishExpectations[3 * i0 + shape.english - 1])
      cost += min(delta * delta / 2, 40)
      if lengthsOnly { return cost }
      cost += sentenceCost(
        english: LengthAligner.runOnSentences(
          englishSentences[i1] - englishSentences[i0], length: englishPrefix[i1] - englishPrefix[i0],
          chinese: chineseSentences[j1] - chineseSentences[j0]),
        chinese: chineseSentences[j1] - chineseSentences[j0])
      // Anchors lower a cost by at most 8, the lexical evidence by at most 16
      // (4 per end paragraph of a merge, 8 for the whole segment) and the
      // sentence evidence by at most 4: a
      // segment that would still cost more than leaving each of its
      // paragraphs unpaired can never be on the best path, and is not worth
      // comparing (its posterior is negligible either way).
      let unpaired = Double(shape.english) * unpairedEnglishCost + Double(shape.chinese) * unpairedChineseCost
      if hasAnchors
        && cost < unpaired + LengthAligner.largestAnchorGain + LengthAligner.largestSentenceGain
          + LengthAligner.largestLexicalGain
      {
        cost += anchorCost(english: i0..<i1, chinese: j0..<j1)
      }
      if aligner.interleaved {
        let englishSpan = english[i0].position...english[i1 - 1].position
        let chineseSpan = chinese[j0].position...chinese[j1 - 1].position
        let lowest = min(englishSpan.lowerBound, chineseSpan.lowerBound)
        let highest = max(englishSpan.upperBound, chineseSpan.upperBound)
        if highest - lowest + 1 != shape.english + shape.chinese { cost += LengthAligner.scatteredCost }
        if englishSpan.upperBound < chineseSpan.lowerBound {
          if !aligner.englishFirst { cost += LengthAligner.reversedCost }
        } else if chineseSpan.upperBound < englishSpan.lowerBound {
          if aligner.englishFirst { cost += LengthAligner.reversedCost }
        } else {
          cost += LengthAligner.interwovenCost
        }
      }
      // The lexical evidence last but one, the dearest term: after the
      // interleaving's costs, fewer segments are left worth reading.
      if (shape.english == 1) != (shape.chinese == 1)
        && cost < unpaired + LengthAligner.largestSentenceGain + LengthAligner.largestLexicalGain
      {
        let headroom = unpaired + LengthAligner.largestSentenceGain + LengthAligner.largestSegmentLexicalGain - cost
        cost += lexicalCost(english: i0..<i1, chinese: j0..<j1, headroom: headroom)
      }
      if cost < unpaired + LengthAligner.largestSentenceGain + LengthAligner.largestSegmentLexicalGain {
        cost += segmentLexicalCost(english: i0..<i1, chinese: j0..<j1)
      }
      if cost < unpaired + LengthAligner.largestSentenceGain {
        // Run-on English (over twice the length per sentence end at which
        // translators close one) has sentences no translation keeps: that
        // its windows do not align says nothing (measured: penalties kept
        // from 150 characters per sentence on make two rows worse).
        let order = sentenceOrderCost(english: i0..<i1, chinese: j0..<j1)
        let runOn =
          englishPrefix[i1] - englishPrefix[i0]
          > 2 * LengthAligner.runOnSentenceLength * max(englishSentences[i1] - englishSentences[i0], 1)
        cost += runOn ? min(order, 0) : order
      }
      return cost
    }

    /// The lexical evidence of a whole segment that pairs paragraphs: the
    /// ratio of the English words with a partner anywhere in its Chinese
    /// paragraphs, and of the Chinese words in its English ones (see
    /// ``LexicalEvidence/wholeRatio(_:)`` and
    /// ``LexicalWords/counts(english:chinese:englishWords:evidence:)``), each within
    /// −``LengthAligner/segmentLexicalCap`` … +``LengthAligner/segmentLexicalGainCap``, times
    /// ``LengthAligner/segmentLexicalWeight``; `0` where no words are read.
    /// Without interleaving, a side of several paragraphs adds up each
    /// paragraph's ratio, capped, before its own cap.
    func segmentLexicalCost(english englishRange: Range<Int>, chinese chineseRange: Range<Int>) -> Double {
      guard let words else { return 0 }
      func capped(_ ratio: Double) -> Double {
        min(max(ratio, -LengthAligner.segmentLexicalCap), LengthAligner.segmentLexicalGainCap)
      }
      // The ratio of the words of one side (`englishWords`) against the
      // other: without interleaving, the sum of its paragraphs' ratios, each
      // capped, so that a paragraph whose words match far beyond the cap
      // cannot carry a stranger merged with it (an orphaned translation
      // read as part of its neighbour's: measured, blocks and two-files
      // `drop-source` 0.980 → 0.990 at 20 seeds; with interleaving,
      // where document order tells merges from orphans, English-first
      // `merge-sources` fell 0.990 → 0.980).
      func ratio(englishWords: Bool) -> Double {
        let read = englishWords ? englishRange : chineseRange
        guard read.count > 1, !aligner.interleaved else {
          return lexicalEvidence.wholeRatio(
            words.counts(
              english: englishRange, chinese: chineseRange, englishWords: englishWords, evidence: lexicalEvidence))
        }
        var total = 0.0
        for index in read {
          let one = index..<index + 1
          let counts = words.counts(
            english: englishWords ? one : englishRange, chinese: englishWords ? chineseRange : one,
            englishWords: englishWords, evidence: lexicalEvidence)
          total += capped(lexicalEvidence.wholeRatio(counts))
        }
        return total
      }
      return -LengthAligner.segmentLexicalWeight
        * (capped(ratio(englishWords: true)) + capped(ratio(englishWords: false)))
    }

    /// The lexical evidence of a `1-k` or `k-1` segment: whether its end
    /// paragraphs on the side of `k`, where they are at most
    /// ``LengthAligner/lexicalShare`` of it, translate the matching end of
    /// the other side (see ``LexicalEvidence``).
    ///
    /// `headroom` is how far the segment's cost so far lies below hopeless
    /// (see ``segmentCost(move:english:chinese:)``): where even the largest
    /// gain of the paragraphs to test cannot make up for it, nothing is read.
    func lexicalCost(english englishRange: Range<Int>, chinese chineseRange: Range<Int>, headroom: Double) -> Double {
      guard let words else { return 0 }
      let englishSide = englishRange.count > 1
      let range = englishSide ? englishRange : chineseRange
      let units = englishSide ? english : chinese
      let prefix = englishSide ? englishPrefix : chinesePrefix
      let total = Double(max(prefix[range.upperBound] - prefix[range.lowerBound], 1))
      let firstShare = Double(units[range.lowerBound].length) / total
      let lastShare = Double(units[range.upperBound - 1].length) / total
      let tested =
        (firstShare <= LengthAligner.lexicalShare ? 1.0 : 0) + (lastShare <= LengthAligner.lexicalShare ? 1 : 0)
      guard tested > 0, headroom + tested * LengthAligner.lexicalWeight * LengthAligner.lexicalGainCap > 0 else {
        return 0
      }
      var evidence = 0.0
      func test(_ index: Int, share: Double, atEnd: Bool) {
        guard share <= LengthAligner.lexicalShare else { return }
        let paragraph = englishSide ? words.english(index) : words.chinese(index)
        let other = englishSide ? words.chinese(chineseRange.lowerBound) : words.english(englishRange.lowerBound)
        let neighbour = atEnd ? index - 1 : index + 1
        let sibling = englishSide ? words.english(neighbour) : words.chinese(neighbour)
        let ratio = lexicalEvidence.ratio(
          paragraph, other, share: share, atEnd: atEnd, sibling: sibling, scratch: &words.scratch)
        evidence += min(max(ratio, -LengthAligner.lexicalCap), LengthAligner.lexicalGainCap)
      }
      test(range.lowerBound, share: firstShare, atEnd: false)
      test(range.upperBound - 1, share: lastShare, atEnd: true)
      return -LengthAligner.lexicalWeight * evidence
    }

    /// Translators keep sentences: the deviation `d = (z − e) / √(e + 1)` of
    /// the Chinese sentence count `z` from the English one `e` is near 0 for
    /// most true pairs (median d² ≈ 0.06 on the bundled transcript) but has
    /// heavy tails, so its cost is that of a two-component normal mixture,
    /// 0 at d = 0.
    func sentenceCost(english: Int, chinese: Int) -> Double {
      let side = LengthAligner.sentenceCostTableSide
      if english < side && chinese < side { return LengthAligner.sentenceCostTable[english * side + chinese] }
      return LengthAligner.computeSentenceCost(english: english, chinese: chinese)
    }

    /// Translators keep sentences and their order, so the first sentences of
    /// a true segment's two sides align with one another, one to one or
    /// nearly, and so do the last ones. A merged translation starts with the
    /// translation of the first source paragraph; a paragraph paired with a
    /// translation that starts with a stray short sentence does not.
    ///
    /// The first (and last) up to three sentences of each side are aligned by
    /// a small Gale–Church dynamic program with free end (it stops where
    /// either window runs out, unless a window holds its whole side). Its
    /// cost, capped at ``LengthAligner/sentenceAlignmentCap``, less
    /// ``LengthAligner/typicalSentenceAlignmentCost``, is added: a term of
    /// −2 … +1 per window, tuned on the evaluation harness (see
    /// `Docs/Alignment.md`).
    func sentenceOrderCost(english englishRange: Range<Int>, chinese chineseRange: Range<Int>) -> Double {
      let englishHead = window(english, englishRange, tail: false)
      let chineseHead = window(chinese, chineseRange, tail: false)
      if englishHead.complete && chineseHead.complete && englishHead.lengths.count == 1
        && chineseHead.lengths.count == 1
      {
        return 0  // One sentence each: the length term has said it all.
      }
      let cap = LengthAligner.sentenceAlignmentCap
      let typical = LengthAligner.typicalSentenceAlignmentCost
      var cost = min(sentenceAlignmentCost(englishHead, chineseHead, reversed: false), cap) - typical
      if !(englishHead.complete && chineseHead.complete) {
        let englishTail = window(english, englishRange, tail: true)
        let chineseTail = window(chinese, chineseRange, tail: true)
        cost += min(sentenceAlignmentCost(englishTail, chineseTail, reversed: true), cap) - typical
      }
      return cost
    }

    /// The first (or last) sentences of a segment side, and whether they are all of it.
    struct Window {
      var lengths = SentenceLengths()
      var complete = true
    }

    /// The first (or, with `tail`, the last) up to three sentences of the
    /// paragraphs `units[range]`, read across paragraph boundaries.
    func window(_ units: [AlignmentUnit], _ range: Range<Int>, tail: Bool) -> Window {
      var result = Window()
      let capacity = SentenceLengths.capacity
      // Tails are collected from the end backwards, then put in document order.
      var collected = SentenceLengths()
      var index = tail ? range.upperBound - 1 : range.lowerBound
      while range.contains(index) {
        // Read the two fields in place: binding the whole `Anchors` would copy
        // (and retain) its three arrays for every window of every segment.
        let part = tail ? units[index].anchors.tail : units[index].anchors.head
        for k in 0..<part.count {
          guard collected.count < capacity else {
            result.complete = false
            break
          }
          collected.append(part[tail ? part.count - 1 - k : k])
        }
        if units[index].anchors.sentenceSpans > part.count { result.complete = false }
        index += tail ? -1 : 1
        if collected.count == capacity {
          if range.contains(index) { result.complete = false }
          break
        }
      }
      if tail {
        for k in 0..<collected.count { result.lengths.append(collected[collected.count - 1 - k]) }
      } else {
        result.lengths = collected
      }
      return result
    }

    /// The cost of the best sentence alignment of two windows (moves 1–1,
    /// 1–2, 2–1, 1–0, 0–1); from their start, or for tails (`reversed`)
    /// from their end.
    func sentenceAlignmentCost(_ english: Window, _ chinese: Window, reversed: Bool) -> Double {
      let p = english.lengths.count
      let q = chinese.lengths.count
      guard p > 0, q > 0 else { return 0 }
      // The lengths in the order they are aligned (a tail's from its end), in locals.
      var e = (0, 0, 0)
      var c = (0, 0, 0)
      for k in 0..<p { Self.set(&e, k, english.lengths[reversed ? p - 1 - k : k]) }
      for k in 0..<q { Self.set(&c, k, chinese.lengths[reversed ? q - 1 - k : k]) }
      let model = aligner.model
      // Each English sentence, and each two merged, meets several Chinese
      // ones: its expectation (a square root) is computed once.
      let single = (
        model.expectation(english: e.0), model.expectation(english: e.1), model.expectation(english: e.2)
      )
      let merged = (model.expectation(english: e.0 + e.1), model.expectation(english: e.1 + e.2))
      func pair(_ expectation: LengthModel.Expectation, _ chineseLength: Int) -> Double {
        let d = model.deviation(chinese: chineseLength, from: expectation)
        return min(d * d / 2, 10)
      }
      // Where the alignment may end: at the end of each window that holds its
      // whole side; at the end of either when neither does.
      let endsOnEither = !english.complete && !chinese.complete
      // Cells (i, j), i in 0...p, j in 0...q, row-major; p, q ≤ 3.
      return withUnsafeTemporaryAllocation(of: Double.self, capacity: 16) { table in
        table.initialize(repeating: .infinity)
        table[0] = 0
        var best = Double.infinity
        for i in 0...p {
          for j in 0...q where i > 0 || j > 0 {
            var cost = Double.infinity
            if i > 0 && j > 0 {
              cost = min(cost, table[(i - 1) * 4 + j - 1] + pair(Self.get(single, i - 1), Self.get(c, j - 1)))
            }
            if i > 1 && j > 0 {
              cost = min(
                cost,
                table[(i - 2) * 4 + j - 1] + LengthAligner.sentenceMergeCost
                  + pair(i == 2 ? merged.0 : merged.1, Self.get(c, j - 1)))
            }
            if i > 0 && j > 1 {
              cost = min(
                cost,
                table[(i - 1) * 4 + j - 2] + LengthAligner.sentenceMergeCost
                  + pair(Self.get(single, i - 1), Self.get(c, j - 2) + Self.get(c, j - 1)))
            }
            if i > 0 {
              let skip =
                Self.get(e, i - 1) <= LengthAligner.fillerSentenceLength
                ? LengthAligner.fillerSkipCost : LengthAligner.sentenceSkipCost
              cost = min(cost, table[(i - 1) * 4 + j] + skip)
            }
            if j > 0 { cost = min(cost, table[i * 4 + j - 1] + LengthAligner.sentenceSkipCost) }
            table[i * 4 + j] = cost
            let ends =
              endsOnEither
              ? i == p || j == q : (!english.complete || i == p) && (!chinese.complete || j == q)
            if ends { best = min(best, cost) }
          }
        }
        return best
      }
    }

    @inline(__always)
    private static func get<T>(_ tuple: (T, T, T), _ index: Int) -> T {
      index == 0 ? tuple.0 : index == 1 ? tuple.1 : tuple.2
    }

    @inline(__always)
    private static func set(_ tuple: inout (Int, Int, Int), _ index: Int, _ value: Int) {
      switch index {
      case 0: tuple.0 = value
      case 1: tuple.1 = value
      default: tuple.2 = value
      }
    }

    /// Shared anchors lower the cost; anchors one side lacks raise it.
    func anchorCost(english englishRange: Range<Int>, chinese chineseRange: Range<Int>) -> Double {
      // Asked in place: `if let anchorBits` would copy (retain and release) its six arrays.
      if let counts = anchorBits?.counts(english: englishRange, chinese: chineseRange) {
        return -1.0 * Double(min(counts.matched, 8)) + 0.7 * Double(min(counts.missing, 8))
      }
      let source = englishAnchors
      let target = chineseAnchors
      var matched = 0
      var missing = 0
      // Often one side has no anchor at all: nothing is shared, and each
      // anchor of the other side that counts as missing does (no list to merge).
      let englishHasAnchors = source.hasValues(englishRange)
      let chineseHasAnchors = target.hasValues(chineseRange)
      guard englishHasAnchors && chineseHasAnchors else {
        if chineseHasAnchors {
          for j in chineseRange { missing += target.significant[j].count + target.tokens[j].count }
        }
        if englishHasAnchors {
          for i in englishRange { missing += source.significant[i].count }
        }
        return -1.0 * Double(min(matched, 8)) + 0.7 * Double(min(missing, 8))
      }
      for j in chineseRange {
        // Numbers the English side shares count; missing ones only if significant.
        matched += AnchorTable.sharedCount(
          of: target.numbers[j], in: target, among: source.numbers, englishRange, of: source)
        missing +=
          target.significant[j].count
          - AnchorTable.sharedCount(
            of: target.significant[j], in: target, among: source.numbers, englishRange, of: source)
        let tokens = AnchorTable.sharedCount(
          of: target.tokens[j], in: target, among: source.tokens, englishRange, of: source)
        matched += tokens
        missing += target.tokens[j].count - tokens
      }
      for i in englishRange {
        missing +=
          source.significant[i].count
          - AnchorTable.sharedCount(
            of: source.significant[i], in: source, among: target.numbers, chineseRange, of: target)
      }
      return -1.0 * Double(min(matched, 8)) + 0.7 * Double(min(missing, 8))
    }
  }

  /// The anchors of a side's paragraphs in one flat array, so that comparing
  /// them in the inner loop touches no reference-counted storage per paragraph.
  struct AnchorTable {
    var values: [UInt64] = []
    var numbers: [Range<Int>] = []
    var tokens: [Range<Int>] = []
    var significant: [Range<Int>] = []

    /// The table of units that keep their anchors' lists themselves (made
    /// from ``Anchors`` of a text, as tests do; ``AlignmentUnit/units(english:chinese:)``
    /// moves the lists into tables of its own instead).
    init(_ units: [AlignmentUnit]) {
      for unit in units {
        numbers.append(append(unit.anchors.numbers))
        tokens.append(append(unit.anchors.tokens))
        significant.append(append(unit.anchors.significantNumbers))
      }
    }

    /// An empty table, to be filled paragraph by paragraph by ``append(_:)``.
    init() {}

    /// Adds the next paragraph's anchors.
    mutating func append(_ lists: Anchors.Lists) {
      numbers.append(append(lists.numbers))
      tokens.append(append(lists.tokens))
      significant.append(append(lists.significant))
    }

    private mutating func append(_ list: [UInt64]) -> Range<Int> {
      let start = values.count
      values += list
      return start..<values.count
    }

    var isEmpty: Bool { values.isEmpty }

    /// Whether any of `paragraphs` has an anchor (their values are contiguous).
    func hasValues(_ paragraphs: Range<Int>) -> Bool {
      numbers[paragraphs.lowerBound].lowerBound != significant[paragraphs.upperBound - 1].upperBound
    }

    func contains(_ value: UInt64, in range: Range<Int>) -> Bool {
      for index in range where values[index] == value { return true }
      return false
    }

    /// How many values of the sorted list `list` of `table` occur in at
    /// least one of the sorted lists `lists[paragraphs]` of `other`: merges
    /// of sorted lists, no allocation.
    static func sharedCount(
      of list: Range<Int>, in table: AnchorTable, among lists: [Range<Int>], _ paragraphs: Range<Int>,
      of other: AnchorTable
    ) -> Int {
      guard !list.isEmpty else { return 0 }
      if paragraphs.count == 1 {
        var count = 0
        forEachShared(table.values, list, other.values, lists[paragraphs.lowerBound]) { _ in count += 1 }
        return count
      }
      guard list.count <= 64 else {
        return list.count { index in
          paragraphs.contains { other.contains(table.values[index], in: lists[$0]) }
        }
      }
      // A value shared with several paragraphs counts once: a bit per value.
      var found: UInt64 = 0
      for paragraph in paragraphs {
        forEachShared(table.values, list, other.values, lists[paragraph]) { found |= 1 << UInt64($0) }
      }
      return found.nonzeroBitCount
    }

    /// Calls `body` with the position in `aRange` (from 0) of each value that
    /// the sorted, duplicate-free lists `a[aRange]` and `b[bRange]` share.
    @inline(__always)
    static func forEachShared(
      _ a: [UInt64], _ aRange: Range<Int>, _ b: [UInt64], _ bRange: Range<Int>, _ body: (Int) -> Void
    ) {
      var i = aRange.lowerBound
      var j = bRange.lowerBound
      while i < aRange.upperBound && j < bRange.upperBound {
        let x = a[i]
        let y = b[j]
        if x == y {
          body(i - aRange.lowerBound)
          i += 1
          j += 1
        } else if x < y {
          i += 1
        } else {
          j += 1
        }
      }
    }
  }

  /// The cells of the grid the aligner evaluates: per row, a run of columns.
  struct Band {
    private var lower: [Int]
    private var upper: [Int]
    private var offsets: [Int]
    let columnCount: Int

    init(centers: [Int], width: Int, columns: Int) {
      columnCount = columns
      lower = centers.map { max(0, $0 - width) }
      upper = centers.map { min(columns, $0 + width) }
      let rows = centers.count
      lower[0] = 0
      upper[rows - 1] = columns
      // Keep consecutive rows overlapping so that every row is reachable.
      for row in 1..<rows {
        lower[row] = max(lower[row], lower[row - 1])
        lower[row] = min(lower[row], upper[row - 1])
        upper[row] = max(upper[row], upper[row - 1], lower[row])
      }
      offsets = [Int](repeating: 0, count: rows + 1)
      for row in 0..<rows { offsets[row + 1] = offsets[row] + upper[row] - lower[row] + 1 }
      cells = (0..<rows).map { Cells(lower: lower[$0], upper: upper[$0], origin: offsets[$0] - lower[$0]) }
    }

    /// One row's columns, and the index its column 0 would have: what
    /// ``index(_:_:)``, asked about eight moves at every cell, reads in one load.
    private struct Cells {
      var lower: Int
      var upper: Int
      var origin: Int
    }

    private var cells: [Cells] = []

    var cellCount: Int { offsets[offsets.count - 1] }

    func columns(_ row: Int) -> ClosedRange<Int> { lower[row]...upper[row] }

    @inline(__always)
    func index(_ row: Int, _ column: Int) -> Int? {
      guard row >= 0, row < cells.count else { return nil }
      let cells = cells[row]
      guard column >= cells.lower, column <= cells.upper else { return nil }
      return cells.origin + column
    }

    /// Whether the path runs along an edge of the band that is not an edge of the grid.
    func touchesEdge(_ steps: [Step]) -> Bool {
      steps.contains { step in
        let row = step.english.upperBound
        let column = step.chinese.upperBound
        return (column <= lower[row] + 1 && lower[row] > 0)
          || (column >= upper[row] - 1 && upper[row] < columnCount)
      }
    }
  }
}
