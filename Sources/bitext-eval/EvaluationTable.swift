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
      var tally = ScoreTally()
      var ordinalWorst = 1.0
      for seed in seeds {
        let test = generator.generate(
          Perturbation(rawValue: row.perturbation), density: row.density, layout: row.layout, seed: seed)
        let alignment = try test.align(with: aligner)
        let naive = try test.align(with: Aligner(options: .init(strategy: .ordinal)))
        tally.add(test.score(alignment))
        ordinalWorst = min(ordinalWorst, test.score(naive).f1)
      }
      let format = ScoreTally.format
      Swift.print(
        "| \(row.perturbation) | \(Int(row.density * 100))% | \(row.layout.name) | \(format(tally.worst)) | \(format(tally.mean)) | \(tally.irregularFoundText) (\(format(tally.worstIrregular))) | \(format(ordinalWorst)) |"
      )
    }
  }
}
