import Bitext

/// Short documents cut from the bundled transcript: each run of `pairs`
/// consecutive pairs becomes a one-section document, perturbed as the
/// evaluation table's are. The table measures one 102-pair document, whose
/// length model and move priors rest on a hundred pairs; a short document
/// has a handful, and is where an estimate from its own pairs is least sure.
struct SmallDocuments {
  let generator: PerturbationGenerator
  /// Pairs per document.
  let pairs: Int
  let seeds: ClosedRange<UInt64>
  /// Bitext's aligner, as configured on the command line.
  var aligner = Aligner()
  /// Where set, each case not aligned exactly right is written there
  /// (`NAME-doc-seed.md`) and listed.
  var writeFailures: String? = nil

  /// One row per layout and perturbation (each at 15 %, at least one pair):
  /// how many cases, how many aligned exactly right, the mean and worst
  /// strict link F1 and the share of irregular segments found.
  func print() throws {
    let documents = generator.runs(ofPairs: pairs)
    Swift.print("\(documents.count) documents of \(pairs) pairs, seeds \(seeds.lowerBound)–\(seeds.upperBound)\n")
    Swift.print("| perturbation | layout | cases | exactly right | mean F1 | worst F1 | irregular found |")
    Swift.print("|---|---|---|---|---|---|---|")
    let layouts = [
      EvaluationLayout(), EvaluationLayout(chineseFirst: true), EvaluationLayout(blocks: true),
      EvaluationLayout(twoFiles: true),
    ]
    for layout in layouts {
      let interleaved = !layout.blocks && !layout.twoFiles
      let kinds: [Perturbation?] =
        [nil] + Perturbation.pairLevel.filter { interleaved || $0 != .swapOrder } + [.combined]
      for kind in kinds {
        var tally = ScoreTally()
        for (index, document) in documents.enumerated() {
          // 15 %, and at least one pair: a few pairs at 15 % round to none.
          let density = kind == nil ? 0 : max(0.15, 1 / Double(pairs))
          for seed in seeds {
            let test = document.generate(kind, density: density, layout: layout, seed: seed)
            let score = test.score(try test.align(with: aligner))
            tally.add(score)
            if score.f1 < 1, let directory = writeFailures {
              let name = "\(kind?.rawValue ?? "none")-\(layout.name)-\(index)-\(seed)"
              try test.write(to: "\(directory)/\(name).md")
              Swift.print("  \(name): F1 \(ScoreTally.format(score.f1))")
            }
          }
        }
        let format = ScoreTally.format
        Swift.print(
          "| \(kind?.rawValue ?? "none") | \(layout.name) | \(tally.cases) | \(format(tally.exactShare)) | \(format(tally.mean)) | \(format(tally.worst)) | \(tally.irregularFoundText) |"
        )
      }
    }
  }
}
