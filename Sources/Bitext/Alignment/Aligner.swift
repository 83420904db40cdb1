/// Pairs each section's English paragraphs with their Chinese translations.
///
/// ```swift
/// let document = try BilingualDocument(contentsOf: "talk.md")
/// let alignment = Aligner().align(document)
/// for segment in alignment.segments {
///   print(segment.kind, segment.english.first?.text ?? "", segment.chinese.first?.text ?? "")
/// }
/// ```
///
/// Sections are kept as the document has them. With the default
/// ``AlignmentStrategy/automatic`` strategy, a section that pairs cleanly
/// (as many English as Chinese paragraphs, each pair adjacent in an
/// interleaved document, lengths plausible) pairs the k-th English paragraph
/// with the k-th Chinese one (``AlignmentMethod/ordinal``); any other section
/// goes to a length-based dynamic-programming aligner that also weighs the
/// interleaving and shared numbers and names (``AlignmentMethod/length``),
/// producing `1-0`, `0-1`, `2-1`, `1-2`, `3-1`, `1-3` and `2-2` segments where
/// the translator dropped, added, merged or split paragraphs. In an
/// interleaved document that aligner sees only the stretches around a
/// section's irregularities; a paragraph next to its plausible translation
/// elsewhere in the section stays an ``AlignmentMethod/ordinal`` pair. Each
/// segment's ``Segment/score`` is a probability; see `Docs/Alignment.md`.
public struct Aligner: Sendable {
  /// How the aligner pairs paragraphs.
  public struct Options: Sendable, Hashable {
    /// A fixed length model, or `nil` to estimate one from each document.
    public var lengthModel: LengthModel?
    /// Ordinal pairing, the dynamic-programming aligner, or each where it fits.
    public var strategy: AlignmentStrategy
    /// Where translations sit relative to their source; detected by default.
    /// Two-file documents are always aligned as ``DocumentLayout/blocks``.
    public var layout: DocumentLayout
    /// Whether the dynamic-programming aligner learns from the document's
    /// own irregular segments which kinds its translator makes (dropped,
    /// merged or split paragraphs) and weighs its doubtful decisions by
    /// that mix; `false` keeps the fixed default priors, so that each
    /// section aligns the same whatever irregularities the rest of the
    /// document holds (its length model is still the document's).
    public var learnsMovePriors: Bool
    /// Whether a pair made by position (in a section that pairs cleanly, or
    /// chained in an interleaved one) must also pass its words: where the
    /// words of the two paragraphs say they are strangers (few found either
    /// way, see `Docs/Alignment.md`), the section (or that stretch) goes to
    /// the dynamic-programming aligner instead, which then reads words
    /// wherever it aligns. This catches a missing translation next to a
    /// missing source, whose two strangers pair by position with plausible
    /// lengths, at the cost of reading every paragraph's words: tens of
    /// megabytes a second instead of a gigabyte. The aligner weighs words
    /// at half their weight and may still pair strangers whose words say
    /// less, often at a low score; ``CoverageChecker`` with such an aligner
    /// reports them. With ``AlignmentStrategy/ordinal`` it does nothing
    /// (that strategy pairs by position whatever the words); with
    /// ``AlignmentStrategy/length`` the aligner reads words wherever it
    /// aligns.
    public var verifiesPairsByWords: Bool

    /// Creates options.
    public init(
      lengthModel: LengthModel? = nil, strategy: AlignmentStrategy = .automatic,
      layout: DocumentLayout = .automatic, learnsMovePriors: Bool = true, verifiesPairsByWords: Bool = false
    ) {
      self.lengthModel = lengthModel
      self.strategy = strategy
      self.layout = layout
      self.learnsMovePriors = learnsMovePriors
      self.verifiesPairsByWords = verifiesPairsByWords
    }

    /// Estimate the length model from the document.
    public static let `default` = Options()
  }

  /// The aligner's options.
  public var options: Options

  /// Creates an aligner.
  public init(options: Options = .default) {
    self.options = options
  }

  /// Aligns every section of `document`.
  public func align(_ document: BilingualDocument) -> Alignment {
    let sections = document.sections.map { section in
      var input = SectionInput(heading: section.heading, english: [], chinese: [])
      // What `alignableParagraphs(in:)` and `bilingualUnits()` select, with the
      // blocks read in place (see `BlockFields`) and copied once each, into
      // arrays of the right size.
      section.blocks.withUnsafeBufferPointer { blocks in
        let roles = blocks.indices.map { BlockFields.alignmentRole(of: blocks.baseAddress! + $0) }
        input.english.reserveCapacity(roles.count { $0 == .english })
        input.chinese.reserveCapacity(roles.count { $0 == .chinese })
        for (index, role) in roles.enumerated() {
          switch role {
          case .english: input.english.append(blocks[index])
          case .chinese: input.chinese.append(blocks[index])
          case .neutral: input.bilingual.append(blocks[index])
          case nil: break
          }
        }
      }
      return input
    }
    return align(sections, source: document.source, frontMatter: document.frontMatter, oneFile: true)
  }

  /// Aligns a document kept in two files: `english` holds the source and
  /// `chinese` the translation, with the same sections in the same order.
  ///
  /// Sections are paired by position; the heading is the English file's
  /// (or the Chinese file's, where the English file has fewer sections),
  /// with the Chinese file's as its ``Heading/translation`` where the two
  /// are in different languages.
  /// The result's ``Alignment/translationSource`` names the Chinese file.
  public func align(english: BilingualDocument, chinese: BilingualDocument) -> Alignment {
    let count = max(english.sections.count, chinese.sections.count)
    let sections = (0..<count).map { index in
      let source = index < english.sections.count ? english.sections[index] : nil
      let translation = index < chinese.sections.count ? chinese.sections[index] : nil
      return SectionInput(
        heading: Self.heading(source?.heading, translatedBy: translation?.heading),
        english: source?.alignableParagraphs(in: .english) ?? [],
        chinese: translation?.alignableParagraphs(in: .chinese) ?? [],
        bilingual: (source?.bilingualUnits().filter { $0.language == .english } ?? [])
          + (translation?.bilingualUnits().filter { $0.language == .chinese } ?? []))
    }
    var alignment = align(
      sections, source: english.source, frontMatter: english.frontMatter ?? chinese.frontMatter,
      oneFile: false)
    alignment.translationSource = chinese.source
    return alignment
  }

  /// The heading of a section kept in two files: the English file's, with
  /// the Chinese file's as its translation where the two are in different
  /// languages (`### Economy` and `### 经济`), as a doubled heading in one file
  /// would be; else whichever there is.
  static func heading(_ source: Heading?, translatedBy translation: Heading?) -> Heading? {
    guard var heading = source else { return translation }
    if let translation, heading.translation == nil, heading.language != .neutral, translation.language != .neutral,
      translation.language != heading.language
    {
      heading.translation = translation.text
    }
    return heading
  }

  /// English paragraphs whose first alignment estimates the length model
  /// where no section pairs by count: a median over thousands of pairs
  /// moves little, and the full pass over a 10,000-pair section was a third
  /// of its time.
  static let estimatingParagraphs = 2000

  /// A section's first alignment, made to estimate the length model, and
  /// the units it read: the second alignment follows it and reuses them.
  struct FirstPass {
    var segments: [Segment]
    var units: AlignmentUnit.SectionUnits
    /// How many of the first `segments` the full pass made (the rest, past
    /// the estimating budget, are the rough pass's).
    var estimated: Int
  }

  /// One section's paragraphs, ready to be paired.
  struct SectionInput {
    var heading: Heading?
    var english: [Block]
    var chinese: [Block]
    /// One-line paragraphs in both languages (``Block/isBilingualUnit``):
    /// each becomes a one-sided segment of its own at its place, so that it
    /// does not shift the pairs around it.
    var bilingual: [Block] = []
  }

  private func align(
    _ sections: [SectionInput], source: String?, frontMatter: FrontMatter?, oneFile: Bool
  ) -> Alignment {
    let pairs: [(english: [Block], chinese: [Block])] = sections.map { ($0.english, $0.chinese) }
    var interleaved = false
    var englishFirst = true
    if oneFile {
      let detected = DocumentLayout.detect(pairs)
      let layout = options.layout == .automatic ? detected.layout : options.layout
      interleaved = layout == .interleaved
      englishFirst = detected.englishFirst
    }
    var configuration = configure(sections, pairs: pairs, interleaved: interleaved, englishFirst: englishFirst)
    // Which language a document's sections open with is a vote that an
    // untranslated paragraph at the start of a section can swing; where it
    // matters (a section that does not pair cleanly), the direction whose
    // neighbouring paragraphs pair with a far tighter length spread wins.
    if interleaved, options.lengthModel == nil, configuration.ordinal.contains(false) {
      // The sections that need the aligner tell (and a hundred of them are plenty).
      let needing = pairs.indices.lazy.filter { !configuration.ordinal[$0] }.prefix(Self.sectionsForADirection)
        .map { pairs[$0] }
      let backward = lengthPairs(Array(needing), interleaved: true, englishFirst: !englishFirst, length: .alignment)
      // Weighed with the same prior as the forward estimate: the two are compared.
      let reversed = LengthModel(estimatingFrom: backward, measuredAs: .alignment)
      let forward = {
        self.lengthPairs(Array(needing), interleaved: true, englishFirst: englishFirst, length: .alignment)
      }
      let overruled =
        configuration.estimatedFrom >= Self.pairsForADirection && backward.count >= Self.pairsForADirection
        ? reversed.variance * Self.directionMargin < configuration.estimate.variance
        // Too few neighbours to estimate a spread each way: the transcript's
        // model judges both.
        : Self.fitsFarBetter(backward, than: forward())
      if overruled {
        englishFirst.toggle()
        configuration = configure(sections, pairs: pairs, interleaved: interleaved, englishFirst: englishFirst)
      }
    }
    let ordinal = configuration.ordinal
    let guides = configuration.guides
    var aligner = configuration.aligner
    aligner.readsWords = options.verifiesPairsByWords
    // In an interleaved document a section that does not pair cleanly as a
    // whole is aligned by the DP aligner only around its irregularities.
    let windowed = interleaved && options.strategy == .automatic
    // Ordinal pairs are scored with the model of plain character counts, as
    // the core always did, with the aligner's variance floor: estimated from
    // a few pairs, the variance can be so narrow that a terse but right
    // translation scored 0.007 in a section the same floor judged clean.
    let pairing =
      ordinal.contains(true) || (windowed && ordinal.contains(false))
      ? OrdinalPairing(
        model: Self.floored(
          options.lengthModel ?? estimateModel(pairs, interleaved: interleaved, englishFirst: englishFirst)))
      : nil
    // Each section's segments, in parts: the chained pairs and the
    // irregular stretches of an interleaved section, else one part. With
    // `revising`, an earlier alignment's parts, only what holds a doubtful
    // segment is aligned again: an irregular stretch, or the windows of
    // steps around each doubtful segment of a section aligned whole.
    var partsBySection = [[IrregularWindows.Part]?](repeating: nil, count: sections.count)
    func alignParts(_ index: Int, with aligner: LengthAligner, revising earlier: [[Segment]]? = nil) -> [[Segment]] {
      let section = sections[index]
      let englishBarriers = oneFile ? section.bilingual : section.bilingual.filter { $0.language == .english }
      let chineseBarriers = oneFile ? section.bilingual : section.bilingual.filter { $0.language != .english }
      if ordinal[index], let pairing {
        return [pairing.pair(english: section.english, chinese: section.chinese)]
      } else if windowed, let pairing {
        // The parts depend on the length model alone, which revising keeps.
        let parts =
          partsBySection[index]
          ?? Self.windowParts(section, aligner: aligner, verifyingWords: options.verifiesPairsByWords)
        partsBySection[index] = parts
        return alignAroundIrregularities(
          section, parts: parts, aligner: aligner, pairing: pairing, revising: earlier)
      } else if let earlier {
        return [
          aligner.revising(
            earlier[0], english: section.english, chinese: section.chinese, englishBarriers: englishBarriers,
            chineseBarriers: chineseBarriers)
        ]
      }
      // Without interleaving the band follows a first pass: the estimating
      // one, or else a rough pass of lengths alone (a long section drifts
      // from the diagonal).
      let guide =
        guides?[index]
        ?? (interleaved ? nil : Self.roughPass(english: section.english, chinese: section.chinese, with: aligner))
      return [
        aligner.align(
          english: section.english, chinese: section.chinese, englishBarriers: englishBarriers,
          chineseBarriers: chineseBarriers, guide: guide?.segments, units: guide?.units)
      ]
    }
    let learning = options.learnsMovePriors && ordinal.contains(false)
    // The sections whose segments tell the translator's habits.
    let telling = sections.indices.lazy.filter { MovePriors.tells(ordinal: ordinal[$0], pairs[$0]) }
    // The estimating pass, where there was one, tells them before the real
    // pass; else the real pass does, and its doubtful parts are aligned
    // again with what it told.
    if learning, let guides {
      let counts = MovePriors.counts(telling.flatMap { guides[$0].segments.prefix(guides[$0].estimated) })
      aligner.adaptedPriors = MovePriors.adapted(aligner.priors, counts: counts)
    }
    var parts = sections.indices.map { alignParts($0, with: aligner) }
    if learning, guides == nil {
      let counts = MovePriors.counts(telling.flatMap { parts[$0].joined() })
      let adapted = MovePriors.adapted(aligner.priors, counts: counts)
      if adapted != aligner.priors {
        aligner.adaptedPriors = adapted
        for index in sections.indices where !ordinal[index] {
          parts[index] = alignParts(index, with: aligner, revising: parts[index])
        }
      }
    }
    let aligned = sections.indices.map { index in
      AlignedSection(
        heading: sections[index].heading,
        segments: Self.inserting(
          sections[index].bilingual, into: Array(parts[index].joined()), method: ordinal[index] ? .ordinal : .length))
    }
    return Alignment(source: source, frontMatter: frontMatter, sections: aligned)
  }

  /// How a document is to be aligned.
  struct Configuration {
    /// The DP aligner of the document.
    var aligner: LengthAligner
    /// Whether each section pairs cleanly.
    var ordinal: [Bool]
    /// The length model as estimated, before the aligner's variance floor.
    var estimate: LengthModel
    /// How many pairs it was estimated from (0 when it was not estimated
    /// from the document's neighbouring pairs).
    var estimatedFrom: Int
    /// Where a first alignment of every section estimated the model, that
    /// alignment per section, to guide the band of the second (and to tell
    /// the translator's habits, see ``MovePriors``).
    var guides: [FirstPass]?
  }

  /// The configuration of a document's alignment.
  private func configure(
    _ sections: [SectionInput], pairs: [(english: [Block], chinese: [Block])], interleaved: Bool,
    englishFirst: Bool
  ) -> Configuration {
    let countMatchedPairs = pairs.reduce(0) { $0 + ($1.english.count == $1.chinese.count ? $1.english.count : 0) }
    let alignerModel: LengthModel
    var estimatedFrom = 0
    var guides: [FirstPass]?
    if let fixed = options.lengthModel {
      alignerModel = fixed
    } else if !interleaved && countMatchedPairs < Self.pairsForAnEstimate {
      // Too few sections pair by count for a trustworthy estimate (a few
      // sections give a ratio and, worse, a variance far from the
      // document's): align once with the document's overall length ratio,
      // then learn the model from the confident pairs of every section.
      let english = pairs.reduce(0) { total, pair in pair.english.reduce(total) { $0 + $1.alignmentLength } }
      let chinese = pairs.reduce(0) { total, pair in pair.chinese.reduce(total) { $0 + $1.alignmentLength } }
      let ratio =
        english > 0 && chinese > 0 ? Double(chinese) / Double(english) : LengthModel.englishToChinese.ratio
      let first = LengthAligner(model: LengthModel(ratio: ratio, variance: 0.5), interleaved: false)
      var budget = Self.estimatingParagraphs
      var estimating: [Segment] = []
      let firstPass = pairs.map { pair in
        Self.firstPass(english: pair.english, chinese: pair.chinese, with: first, budget: &budget, into: &estimating)
      }
      alignerModel = reestimateModel(from: estimating)
      guides = firstPass
    } else {
      let lengths = lengthPairs(pairs, interleaved: interleaved, englishFirst: englishFirst, length: .alignment)
      alignerModel = LengthModel(estimatingFrom: lengths, measuredAs: .alignment)
      estimatedFrom = lengths.count
    }
    let aligner = LengthAligner(model: Self.floored(alignerModel), interleaved: interleaved, englishFirst: englishFirst)
    let ordinal = sections.map { section in
      switch options.strategy {
      case .ordinal: true
      case .length: false
      case .automatic:
        pairsCleanly(
          english: section.english, chinese: section.chinese, interleaved: interleaved, englishFirst: englishFirst,
          model: aligner.model)
      }
    }
    return Configuration(
      aligner: aligner, ordinal: ordinal, estimate: alignerModel, estimatedFrom: estimatedFrom, guides: guides)
  }

  /// The first alignment of one section where it estimates the length
  /// model, with `first`'s rough guess of it.
  ///
  /// Lengths alone first, around the diagonal, to guide the band of the full
  /// pass: a long section drifts from the diagonal by tens of paragraphs,
  /// which a band wide enough to hold costs (a 10,000-pair section in blocks
  /// took 1.7 s; a first pass of lengths alone for the model itself lowers
  /// blocks `drop-source` irregular found 99 → 97 %). The model needs a few
  /// thousand pairs, not every one: the full pass covers at most `budget`
  /// English paragraphs (spent here), the section cut where the rough path
  /// has a step boundary, and its segments go `into` the estimate; past the
  /// budget the rough pass alone guides the real one.
  static func firstPass(
    english: [Block], chinese: [Block], with first: LengthAligner, budget: inout Int, into estimating: inout [Segment]
  ) -> FirstPass {
    let roughPass = roughPass(english: english, chinese: chinese, with: first)
    guard budget > 0 else { return roughPass }
    let (rough, units) = (roughPass.segments, roughPass.units)
    // The rough steps that end within the budget (all of them where the section fits).
    var cut = 0
    var englishCount = 0
    var chineseCount = 0
    while cut < rough.count && englishCount + rough[cut].englishBlocks.count <= budget {
      englishCount += rough[cut].englishBlocks.count
      chineseCount += rough[cut].chineseBlocks.count
      cut += 1
    }
    let whole = cut == rough.count
    budget = whole ? budget - englishCount : 0
    let segments =
      whole
      ? first.align(english: english, chinese: chinese, guide: rough, units: units)
      : first.align(
        english: Array(english[..<englishCount]), chinese: Array(chinese[..<chineseCount]),
        guide: Array(rough[..<cut]))
    estimating += segments
    return FirstPass(segments: whole ? segments : segments + rough[cut...], units: units, estimated: segments.count)
  }

  /// A section's units and its alignment by `aligner` on lengths alone
  /// (Viterbi only), to guide the band of a full pass.
  static func roughPass(english: [Block], chinese: [Block], with aligner: LengthAligner) -> FirstPass {
    let units = AlignmentUnit.units(english: english, chinese: chinese)
    let rough = aligner.align(english: english, chinese: chinese, lengthsOnly: true, units: units)
    return FirstPass(segments: rough, units: units, estimated: 0)
  }

  /// How much tighter the reversed direction's length spread must be to
  /// overrule the sections' vote on which language comes first (neighbours
  /// that are not translations spread many times wider than true pairs).
  static let directionMargin = 2.0

  /// Fewest neighbouring pairs each way for the length spreads to overrule
  /// the vote: a short document's few neighbours can pair evenly by chance.
  static let pairsForADirection = 6

  /// Whether the `(english, chinese)` lengths of `pairs` fit the
  /// transcript's length model far better than those of `others` do: by a
  /// mean δ² at least ``shortDirectionMargin`` lower, each of at least two
  /// pairs, and well enough to be translations (a mean δ² of at most
  /// ``translationsMeanSquare``). A short document (a section of four pairs
  /// whose first source is missing opens with Chinese, and so votes
  /// Chinese-first) has too few neighbours to estimate a spread each way,
  /// but neighbours that are not translations stand out against a fixed
  /// model.
  static func fitsFarBetter(_ pairs: [(english: Int, chinese: Int)], than others: [(english: Int, chinese: Int)])
    -> Bool
  {
    guard pairs.count >= 2, others.count >= 2 else { return false }
    let model = floored(LengthModel.transcriptAlignment)
    func meanSquare(_ pairs: [(english: Int, chinese: Int)]) -> Double {
      pairs.reduce(0) { total, pair in
        let delta = model.shortfallDeviation(chinese: pair.chinese, from: model.expectation(english: pair.english))
        return total + min(delta * delta, Self.squaredDeviationCap)
      } / Double(pairs.count)
    }
    // The overruling direction must itself look like translations: loose
    // but true pairs (a long answer summed up in a line) must not lose to
    // strangers that merely fit less badly.
    let fit = meanSquare(pairs)
    return fit <= Self.translationsMeanSquare && fit + shortDirectionMargin < meanSquare(others)
  }

  /// The largest mean δ² of neighbours that may overrule the vote in a
  /// short document: the transcript's own pairs have a median δ² of 0.455
  /// under its model (its variance is their median squared deviation over
  /// 0.455), so 4 leaves room for a loose pair or two.
  static let translationsMeanSquare = 4.0

  /// How much lower the mean δ² of one direction's neighbours must be (see
  /// ``fitsFarBetter(_:than:)``).
  static let shortDirectionMargin = 8.0
  /// The largest δ² one pair adds there (a stray pair of a long and a short
  /// paragraph must not decide alone).
  static let squaredDeviationCap = 80.0

  /// Most sections whose reversed neighbours are measured.
  static let sectionsForADirection = 100

  /// The chained pairs and irregular stretches of an interleaved section
  /// (see ``IrregularWindows``), chained by `aligner`'s length model.
  /// With `verifyingWords`, a pair whose words say it is two strangers
  /// (see ``areStrangers(_:_:in:)``) does not chain.
  static func windowParts(_ section: SectionInput, aligner: LengthAligner, verifyingWords: Bool = false)
    -> [IrregularWindows.Part]
  {
    let words = verifyingWords ? LexicalWords(english: section.english, chinese: section.chinese) : nil
    return IrregularWindows.parts(
      english: section.english, chinese: section.chinese, englishFirst: aligner.englishFirst,
      barriers: section.bilingual
    ) { english, chinese in
      let model = aligner.model
      let deviation = abs(
        model.shortfallDeviation(
          chinese: section.chinese[chinese].alignmentLength,
          from: model.expectation(english: section.english[english].alignmentLength)))
      if deviation > Self.chainedDeviation { return .broken }
      if let words, Self.areStrangers(english, chinese, in: words) { return .broken }
      return deviation > Self.sureChainedDeviation ? .doubtful : .sure
    }
  }

  /// The weight of the words of two paragraphs below which they are
  /// strangers, not a pair (``Options/verifiesPairsByWords``): the
  /// log-likelihood ratios of ``LexicalEvidence/wholeRatio(_:)`` both ways,
  /// added. Every true pair of the bundled transcript weighs above −4
  /// (lowest −3.2); of the paragraphs one pair apart, 154 of 188 weigh
  /// below −4 and half below −26.
  static let strangerWeight = -8.0

  /// The weight each direction must also be below for strangers: neither
  /// side's words find partners in the other. A translation cut short (or a
  /// source with a long aside the translator left out) weighs far below
  /// ``strangerWeight`` in one direction, as the longer side's words are
  /// missing from the shorter, while the shorter side's words are found:
  /// it is a bad translation, not a stranger (measured: of the transcript's
  /// 102 translations cut to a fifth, 24 weigh below −8 in all, 2 of them
  /// below −2 both ways; cut to a half, 5 and 4).
  static let strangerDirectionWeight = -2.0

  /// Whether English paragraph `english` and Chinese paragraph `chinese`
  /// are strangers (see ``strangerWeight``, ``strangerDirectionWeight``).
  static func areStrangers(english: Block, chinese: Block) -> Bool {
    areStrangers(0, 0, in: LexicalWords(english: [english], chinese: [chinese]))
  }

  /// Whether English paragraph `english` and Chinese paragraph `chinese`
  /// of a section whose words are `words` are strangers.
  static func areStrangers(_ english: Int, _ chinese: Int, in words: LexicalWords) -> Bool {
    let weights = pairWeights(english, chinese, in: words)
    return weights.english + weights.chinese < strangerWeight
      && max(weights.english, weights.chinese) < strangerDirectionWeight
  }

  /// The words' weight of a pair each way: its English words found in the
  /// Chinese paragraph, and its Chinese words in the English one.
  static func pairWeights(_ english: Int, _ chinese: Int, in words: LexicalWords) -> (
    english: Double, chinese: Double
  ) {
    let evidence = LexicalEvidence()
    func weight(_ englishWords: Bool) -> Double {
      evidence.wholeRatio(
        words.pairCounts(english: english, chinese: chinese, englishWords: englishWords, evidence: evidence))
    }
    return (weight(true), weight(false))
  }

  /// Aligns an interleaved section whose
  /// ``windowParts(_:aligner:verifyingWords:)`` are `parts`: chained pairs
  /// as ordinal pairs, the stretches around irregularities with `aligner`;
  /// returns each part's segments.
  ///
  /// With `earlier`, the parts of an alignment of the same section with
  /// other move priors (the same length model, so the same parts), a
  /// stretch none of whose segments ``MovePriors/needsRevising(_:)``
  /// keeps them, as do chained pairs.
  func alignAroundIrregularities(
    _ section: SectionInput, parts: [IrregularWindows.Part], aligner: LengthAligner, pairing: OrdinalPairing,
    revising earlier: [[Segment]]? = nil
  ) -> [[Segment]] {
    parts.indices.map { index in
      switch parts[index] {
      case .chained(let english, let chinese):
        // Chained pairs do not depend on the priors.
        return earlier?[index] ?? pairing.pair(english: section.english[english], chinese: section.chinese[chinese])
      case .irregular(let english, let chinese):
        if let earlier, !MovePriors.needsRevising(earlier[index]) { return earlier[index] }
        return aligner.align(
          english: Array(section.english[english]), chinese: Array(section.chinese[chinese]),
          englishBarriers: section.bilingual, chineseBarriers: section.bilingual)
      }
    }
  }

  /// `model` with at least ``LengthAligner/minimumVariance``.
  static func floored(_ model: LengthModel) -> LengthModel {
    LengthModel(ratio: model.ratio, variance: max(model.variance, LengthAligner.minimumVariance))
  }

  /// The largest normalized length deviation |δ| a clean ordinal pair may have.
  static let cleanDeviation = 4.5

  /// The largest log length ratio of a clean ordinal pair, in units of
  /// ``LengthModel/logRatioSpread``: δ forgives a short source almost any
  /// length of translation.
  static let cleanLogRatioDeviation = 3.5

  /// The largest |δ| of a pair chained outside the aligner's windows (see
  /// ``IrregularWindows``): stricter than ``cleanDeviation``, since a chained
  /// pair next to an irregularity may be two unrelated paragraphs that the
  /// irregularities brought together.
  static let chainedDeviation = 3.0

  /// The largest |δ| of a chained pair that counts toward the margin of an
  /// irregular stretch (see ``IrregularWindows/Link/doubtful``).
  static let sureChainedDeviation = 2.0

  /// Whether ordinal pairing is safe for a section: as many English as
  /// Chinese paragraphs, no translator's note, in an interleaved document
  /// each k-th pair adjacent, no pair whose lengths are implausible, and
  /// with ``Options/verifiesPairsByWords`` no pair of strangers.
  func pairsCleanly(
    english: [Block], chinese: [Block], interleaved: Bool, englishFirst: Bool, model: LengthModel
  ) -> Bool {
    guard english.count == chinese.count else { return false }
    let plausible = english.withUnsafeBufferPointer { english in
      chinese.withUnsafeBufferPointer { chinese in
        // Read in place: no copy of each block, no retain and release of its text.
        for index in english.indices {
          let source = english.baseAddress! + index
          let translation = chinese.baseAddress! + index
          if translation.pointee.traits.startsWithTranslatorNote { return false }
          // Plain δ, and the log ratio (a translation far shorter or longer
          // than a short source is out by its ratio); ordinal scores keep plain δ.
          let chineseLength = BlockFields.alignmentLength(of: translation)
          let expectation = model.expectation(english: BlockFields.alignmentLength(of: source))
          if abs(model.deviation(chinese: chineseLength, from: expectation)) > Self.cleanDeviation
            || abs(model.logRatioDeviation(chinese: chineseLength, from: expectation)) > Self.cleanLogRatioDeviation
          {
            return false
          }
        }
        return true
      }
    }
    guard plausible else { return false }
    if interleaved {
      // Each pair must occupy positions 2k and 2k + 1 of the section's
      // paragraphs (both carry index k), the document's first language first:
      // a swapped pair is the aligner's to judge, as a dropped source next to
      // a dropped translation looks like one.
      for (position, entry) in DocumentOrder(english: english, chinese: chinese).enumerated()
      where entry.index != position / 2 || entry.isEnglish != (englishFirst == position.isMultiple(of: 2)) {
        return false
      }
    }
    // The words last, the dearest test.
    guard options.verifiesPairsByWords else { return true }
    let words = LexicalWords(english: english, chinese: chinese)
    return !english.indices.contains { Self.areStrangers($0, $0, in: words) }
  }

  /// The length model of a document, estimated from the pairs most likely
  /// right: in an interleaved document, each paragraph followed (preceded
  /// in a Chinese-first one) by a paragraph of the other language; else the
  /// ordinal pairs of the sections whose paragraph counts match.
  func estimateModel(
    _ sections: [(english: [Block], chinese: [Block])], interleaved: Bool = false, englishFirst: Bool = true,
    length: BlockFields.Length = .characters
  ) -> LengthModel {
    LengthModel(
      estimatingFrom: lengthPairs(sections, interleaved: interleaved, englishFirst: englishFirst, length: length),
      measuredAs: length)
  }

  /// The `(english, chinese)` lengths of the pairs ``estimateModel(_:interleaved:englishFirst:length:)`` learns from.
  func lengthPairs(
    _ sections: [(english: [Block], chinese: [Block])], interleaved: Bool, englishFirst: Bool,
    length: BlockFields.Length
  ) -> [(english: Int, chinese: Int)] {
    var pairs: [(english: Int, chinese: Int)] = []
    if interleaved {
      for section in sections {
        // A paragraph of the first language and the next one, of the other, are a pair.
        var pending: (isEnglish: Bool, length: Int)?
        // Lengths first, read in place: an array's elements would be copied, their text retained.
        let englishLengths = BlockFields.lengths(of: section.english, length)
        let chineseLengths = BlockFields.lengths(of: section.chinese, length)
        for entry in DocumentOrder(english: section.english, chinese: section.chinese) {
          let value = entry.isEnglish ? englishLengths[entry.index] : chineseLengths[entry.index]
          let current = (isEnglish: entry.isEnglish, length: value)
          if let first = pending, first.isEnglish == englishFirst && current.isEnglish != englishFirst {
            pairs.append(englishFirst ? (first.length, current.length) : (current.length, first.length))
            pending = nil
          } else {
            pending = current
          }
        }
      }
    } else {
      for section in sections where section.english.count == section.chinese.count {
        for (english, chinese) in zip(
          BlockFields.lengths(of: section.english, length), BlockFields.lengths(of: section.chinese, length))
        {
          pairs.append((english, chinese))
        }
      }
    }
    return pairs
  }

  /// The number of pairs, from sections whose counts match, below which a
  /// document without interleaving learns its model from a first alignment.
  static let pairsForAnEstimate = 60

  /// The model of the pairs a first alignment found `1-1`: the estimate
  /// when too few sections pair by count. All of them, not only the
  /// confident ones: those are the pairs that already fit a model, and
  /// keeping only them made the variance about half the document's
  /// (0.17–0.21 against 0.38–0.43 for the same pairs read from an
  /// interleaved copy, on four seeds of the harness), so
  /// true pairs of ordinary spread were left unpaired. The estimate takes
  /// medians, so the few wrong pairs do not move it.
  func reestimateModel(from segments: [Segment]) -> LengthModel {
    LengthModel(
      estimatingFrom: segments.filter { $0.kind == .oneToOne }.map {
        ($0.english[0].alignmentLength, $0.chinese[0].alignmentLength)
      }, measuredAs: .alignment)
  }
}

extension Aligner {
  /// `segments` with each of `units` added as a one-sided segment (score 1)
  /// before the first segment that holds a later paragraph of either
  /// language, and after every segment that holds an earlier paragraph of
  /// its own language.
  static func inserting(_ units: [Block], into segments: [Segment], method: AlignmentMethod) -> [Segment] {
    var result = segments
    for unit in units {
      let isEnglish = unit.language == .english
      let key = unit.byteRange.lowerBound
      // Before the first segment that holds anything later in the document,
      // but never before one that holds an earlier paragraph of its language
      // (the aligner keeps segments from spanning it, so both can hold).
      let firstLater =
        result.firstIndex { segment in
          segment.englishBlocks.contains { $0.byteRange.lowerBound > key }
            || segment.chineseBlocks.contains { $0.byteRange.lowerBound > key }
        } ?? result.count
      let lastEarlier =
        result.lastIndex { segment in
          (isEnglish ? segment.englishBlocks : segment.chineseBlocks).contains { $0.byteRange.lowerBound < key }
        } ?? -1
      result.insert(
        Segment(english: isEnglish ? [unit] : [], chinese: isEnglish ? [] : [unit], method: method, score: 1),
        at: max(firstLater, lastEarlier + 1))
    }
    return result
  }
}

extension Section {
  /// The section's translatable one-line paragraphs in both languages.
  func bilingualUnits() -> [Block] {
    blocks.filter { $0.isTranslatable && $0.isBilingualUnit }
  }

  /// The paragraphs in `language` that the aligner pairs: bilingual one-line
  /// units (``Block/isBilingualUnit``) are left out.
  func alignableParagraphs(in language: Language) -> [Block] {
    blocks.filter { $0.isTranslatable && $0.language == language && !$0.isBilingualUnit }
  }
}

extension Block {
  /// The length the dynamic-programming aligner compares: Unicode scalars,
  /// except that Latin letters inside Chinese text (names such as
  /// `Sunny Madra`, which keep their English length) count a third each.
  var alignmentLength: Int {
    Self.alignmentLength(characterCount: characterCount, latinLetters: latinLetterCount, language: language)
  }

  /// ``alignmentLength`` from the fields it is computed from.
  @inline(__always)
  static func alignmentLength(characterCount: Int, latinLetters: Int, language: Language) -> Int {
    guard language == .chinese else { return characterCount }
    return characterCount - latinLetters + latinLetters / 3
  }
}
