import Bitext
import Foundation

/// The rows of the table in Docs/Alignment.md: per perturbation and layout,
/// the worst and mean strict link F1 and irregular-segment recall over seeds,
/// for Bitext and for naive ordinal pairing.
struct EvaluationTable {
  let generator: PerturbationGenerator
  let seeds: ClosedRange<UInt64>
  /// Bitext's aligner, as configured on the command line.
  var aligner = Aligner()

  struct Row {
    var perturbation: String
    var density: Double
    var layout: EvaluationLayout
  }

  var rows: [Row] {
    var rows: [Row] = []
    for layout in [EvaluationLayout(), EvaluationLayout(chineseFirst: true)] {
      rows.append(Row(perturbation: "none", density: 0, layout: layout))
      for perturbation in Perturbation.pairLevel {
        rows.append(Row(perturbation: perturbation.rawValue, density: 0.15, layout: layout))
      }
      for density in [0.05, 0.10, 0.15] {
        rows.append(Row(perturbation: Perturbation.combined.rawValue, density: density, layout: layout))
      }
    }
    // Without interleaving: every type but swap-order (which only reorders a pair in place).
    for layout in [EvaluationLayout(blocks: true), EvaluationLayout(twoFiles: true)] {
      rows.append(Row(perturbation: "none", density: 0, layout: layout))
      for perturbation in Perturbation.pairLevel where perturbation != .swapOrder {
        rows.append(Row(perturbation: perturbation.rawValue, density: 0.15, layout: layout))
      }
      for density in [0.05, 0.10, 0.15] {
        rows.append(Row(perturbation: Perturbation.combined.rawValue, density: density, layout: layout))
      }
    }
    for layout in [
      EvaluationLayout(chineseFirst: true, blocks: true), EvaluationLayout(windowsLineEndings: true),
      EvaluationLayout(noFrontMatter: true), EvaluationLayout(windowsLineEndings: true, noFrontMatter: true),
    ] {
      rows.append(Row(perturbation: "none", density: 0, layout: layout))
      rows.append(Row(perturbation: Perturbation.combined.rawValue, density: 0.15, layout: layout))
    }
    return rows
  }

  /// Throws where a generated case fails to align: a seed left out would
  /// flatter the worst figure.
  func print() throws {
    Swift.print(
      "| perturbation | density | layout | Bitext worst F1 | Bitext mean F1 | Bitext worst irregular found | ordinal worst F1 |"
    )
    Swift.print("|---|---|---|---|---|---|---|")
    for row in rows {
      var worst = 1.0
      var sum = 0.0
      var worstIrregular = 1.0
      var ordinalWorst = 1.0
      var irregular = 0
      var irregularFound = 0
      for seed in seeds {
        let test = generator.generate(
          Perturbation(rawValue: row.perturbation), density: row.density, layout: row.layout, seed: seed)
        let alignment = try test.align(with: aligner)
        let naive = try test.align(with: Aligner(options: .init(strategy: .ordinal)))
        let score = test.score(alignment)
        let ordinal = test.score(naive)
        worst = min(worst, score.f1)
        sum += score.f1
        worstIrregular = min(worstIrregular, score.irregularRecall)
        irregular += score.irregular
        irregularFound += score.irregularFound
        ordinalWorst = min(ordinalWorst, ordinal.f1)
      }
      let mean = sum / Double(seeds.count)
      Swift.print(
        "| \(row.perturbation) | \(Int(row.density * 100))% | \(row.layout.name) | \(format(worst)) | \(format(mean)) | \(irregular == 0 ? "–" : format(Double(irregularFound) / Double(irregular))) (\(format(worstIrregular))) | \(format(ordinalWorst)) |"
      )
    }
  }

  /// Three places, rounded down: a worst F1 of 0.9895 reads 0.989, not a
  /// passing 0.990 (the 1e-9 keeps an exact 0.99 from reading 0.989).
  func format(_ value: Double) -> String {
    String(format: "%.3f", ((value + 1e-9) * 1000).rounded(.down) / 1000)
  }
}
