import Bitext
import Foundation

// bitext-eval: the evaluation harness of Docs/Alignment.md (not part of the CLI).
//
//   bitext-eval table [--seeds N] [--fixture PATH]   strict link F1 per perturbation
//   bitext-eval small [--pairs N] [--seeds N] [--write DIR]
//                                                    short documents: runs of N pairs (default 8);
//                                                    --write keeps each case not aligned exactly
//   bitext-eval bench [--pairs N] [--density D] [--blocks|--two-files] [--write PATH]
//                                                    time one large perturbed section
//   bitext-eval export DIR [--seeds N]               cases for Scripts/nltk_gale_church.py
//   bitext-eval calibration [--seeds N]              accuracy of length segments by score
//   bitext-eval debug [--type T] [--seed S] [--density D] [--zh-first|--blocks|--two-files]
//                                                    the wrong and missed segments of one case;
//                                                    without --seed, each seed's F1 (--seeds N);
//                                                    --write PATH keeps the case's text (two files: NAME.zh.md beside it)
//   --fixed-priors (any command)                     the aligner without learned move priors
//   --verify-words (any command)                     pairs made by position verified by their words

let command = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "table"
let arguments = Array(CommandLine.arguments.dropFirst(2))

@MainActor func option(_ name: String, default value: String) -> String {
  guard let index = arguments.firstIndex(of: "--" + name), index + 1 < arguments.count else { return value }
  return arguments[index + 1]
}

/// The value of `--name PATH`, `nil` without the option; exits 64 where the
/// path is missing (the end of the line, or another option in its place).
@MainActor func pathOption(_ name: String) -> String? {
  guard arguments.contains("--" + name) else { return nil }
  let path = option(name, default: "")
  guard !path.isEmpty, !path.hasPrefix("--") else {
    FileHandle.standardError.write(Data("bitext-eval: --\(name) needs a path\n".utf8))
    exit(64)
  }
  return path
}

/// The value of `--name N`, `value` without the option; exits 64 where it
/// is not a whole number of at least `minimum`.
@MainActor func countOption(_ name: String, default value: Int, minimum: Int = 1) -> Int {
  let text = option(name, default: String(value))
  guard let count = Int(text), count >= minimum else {
    FileHandle.standardError.write(
      Data("bitext-eval: --\(name) needs a whole number of at least \(minimum), not '\(text)'\n".utf8))
    exit(64)
  }
  return count
}

/// The value of `--name D`, `value` without the option; exits 64 where it
/// is not a number from 0 to 1.
@MainActor func densityOption(_ name: String, default value: Double) -> Double {
  let text = option(name, default: String(value))
  guard let density = Double(text), (0...1).contains(density) else {
    FileHandle.standardError.write(Data("bitext-eval: --\(name) needs a number from 0 to 1, not '\(text)'\n".utf8))
    exit(64)
  }
  return density
}

let fixture = option(
  "fixture",
  default: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/bg2-open-source-ai.md").path)
let seeds = UInt64(countOption("seeds", default: 20))
let aligner = Aligner(
  options: .init(
    learnsMovePriors: !arguments.contains("--fixed-priors"),
    verifiesPairsByWords: arguments.contains("--verify-words")))

do {
  let document = try BilingualDocument(contentsOf: fixture)
  let generator = PerturbationGenerator(cleanDocument: document)
  switch command {
  case "table":
    try EvaluationTable(generator: generator, seeds: 1...seeds, aligner: aligner).print()
  case "small":
    let pairs = countOption("pairs", default: 8)
    try SmallDocuments(
      generator: generator, pairs: pairs, seeds: 1...seeds, aligner: aligner, writeFailures: pathOption("write")
    ).print()
  case "calibration":
    try Calibration(generator: generator, seeds: 1...seeds, aligner: aligner).print()
  case "bench":
    let pairs = countOption("pairs", default: 10000)
    let density = densityOption("density", default: 0.05)
    try Benchmark(
      generator: generator.repeated(toPairs: pairs), density: density, aligner: aligner,
      layout: EvaluationLayout(blocks: arguments.contains("--blocks"), twoFiles: arguments.contains("--two-files")),
      write: pathOption("write")
    ).run()
  case "debug":
    let kind = Perturbation(rawValue: option("type", default: "combined"))
    let seed = UInt64(countOption("seed", default: 1))
    let density = densityOption("density", default: 0.15)
    let layout = EvaluationLayout(
      chineseFirst: arguments.contains("--zh-first"), blocks: arguments.contains("--blocks"),
      twoFiles: arguments.contains("--two-files"))
    guard arguments.contains("--seed") else {
      // No seed: one line per seed of the table's range, the F1 to four places.
      for seed in 1...seeds {
        let test = generator.generate(kind, density: density, layout: layout, seed: seed)
        let score = test.score(try test.align(with: aligner))
        print("seed", seed, String(format: "F1 %.4f", score.f1), "irregular \(score.irregularFound)/\(score.irregular)")
      }
      break
    }
    let test = generator.generate(kind, density: density, layout: layout, seed: seed)
    if let path = pathOption("write") { try test.write(to: path) }
    let alignment = try test.align(with: aligner)
    let predicted = Set(alignment.segments.map(GoldSegment.init))
    let gold = Set(test.gold)
    for segment in alignment.segments where !gold.contains(GoldSegment(segment)) {
      print(
        "wrong:", segment.english.map(\.line), segment.chinese.map(\.line), segment.method, segment.score,
        segment.english.map { $0.text.unicodeScalars.count }, segment.chinese.map { $0.text.unicodeScalars.count },
        segment.english.first.map { String($0.text.prefix(60)) } ?? "")
    }
    for segment in test.gold where !predicted.contains(segment) {
      print("missed:", segment.english, segment.chinese)
    }
  case "export":
    guard let directory = arguments.first(where: { !$0.hasPrefix("--") }) else {
      FileHandle.standardError.write(Data("usage: bitext-eval export DIR [--seeds N]\n".utf8))
      exit(64)
    }
    try CaseExport(generator: generator, seeds: 1...seeds, aligner: aligner).write(to: directory)
  default:
    FileHandle.standardError.write(Data("usage: bitext-eval table|small|bench|export|calibration|debug\n".utf8))
    exit(64)
  }
} catch {
  FileHandle.standardError.write(Data("bitext-eval: \(error)\n".utf8))
  exit(2)
}
