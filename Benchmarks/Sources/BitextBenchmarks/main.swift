import Bitext
import Foundation

// bitext-benchmarks [--sizes 1,10,100] [--runs 5] [--only NAME,...] [--fixture PATH]
// Prints one row per (benchmark, size): median seconds, MB/s, and the process's peak RSS so far.
// bitext-benchmarks --align-file PATH [--runs 5]
// Times the in-process alignment of one file (parsed once, not timed), as Scripts/nltk-speed.py
// compares it with NLTK's Gale-Church on the same sections.

var sizesMB = [1, 10, 100]
var runs = 5
var only: Set<String> = []
var fixture = "Fixtures/bg2-open-source-ai.md"
var writePath: String?
var dropRate = 0.0
var alignFile: String?
var arguments = Array(CommandLine.arguments.dropFirst())
while !arguments.isEmpty {
  let flag = arguments.removeFirst()
  let value = arguments.isEmpty ? "" : arguments.removeFirst()
  switch flag {
  case "--sizes": sizesMB = value.split(separator: ",").compactMap { Int($0) }
  case "--runs": runs = Int(value) ?? runs
  case "--only": only = Set(value.split(separator: ",").map(String.init))
  case "--fixture": fixture = value
  case "--write": writePath = value
  case "--drop-rate": dropRate = Double(value) ?? dropRate
  case "--align-file": alignFile = value
  default:
    print(
      "usage: bitext-benchmarks [--sizes 1,10,100,1000] [--runs 5] "
        + "[--only parse,parse+align,align,align-perturbed,check,export,export-tmx,...] [--fixture PATH]\n"
        + "       bitext-benchmarks --write PATH [--sizes MB] [--drop-rate 0.05]   (write one generated input)\n"
        + "       bitext-benchmarks --align-file PATH [--runs 5]   (time aligning one file in process)")
    exit(64)
  }
}

if let alignFile {
  exit(FileAlignment.run(path: alignFile, runs: runs))
}

let seed: BilingualDocument
do {
  seed = try BilingualDocument(contentsOf: fixture)
} catch {
  print("cannot read the fixture: \(error)  (run from the package root or pass --fixture)")
  exit(2)
}
let generator = CorpusGenerator(document: seed)

if let writePath {
  let text = generator.generate(size: (sizesMB.first ?? 10) * 1_000_000, dropRate: dropRate)
  do {
    try text.write(toFile: writePath, atomically: false, encoding: .utf8)
  } catch {
    print("cannot write \(writePath): \(error)")
    exit(2)
  }
  exit(0)
}

print("benchmark               size_MB  median_s   MB/s   peak_RSS_MB")
@MainActor func report(_ name: String, bytes: Int, seconds: Double) {
  let megabytes = Double(bytes) / 1e6
  let line = [
    name.padding(toLength: 22, withPad: " ", startingAt: 0),
    String(format: "%8.1f", megabytes),
    String(format: "%9.4f", seconds),
    String(format: "%7.0f", megabytes / seconds),
    String(format: "%10.0f", Double(Measurement.peakResidentBytes()) / 1e6),
  ]
  print(line.joined(separator: " "))
}

@MainActor func wanted(_ name: String) -> Bool { only.isEmpty || only.contains(name) }

for size in sizesMB {
  let clean = generator.generate(size: size * 1_000_000)
  let bytes = clean.utf8.count

  if wanted("parse") {
    let seconds = Measurement.median(runs: runs) {
      blackHole(try? BilingualDocument(parsing: clean))
    }
    report("parse", bytes: bytes, seconds: seconds)
  }
  guard let document = try? BilingualDocument(parsing: clean) else { continue }
  if wanted("parse+align") {
    let seconds = Measurement.median(runs: runs) {
      if let parsed = try? BilingualDocument(parsing: clean) { blackHole(Aligner().align(parsed)) }
    }
    report("parse+align", bytes: bytes, seconds: seconds)
  }
  let alignment = Aligner().align(document)
  if wanted("check") {
    let seconds = Measurement.median(runs: runs) { blackHole(CoverageChecker().check(document)) }
    report("check", bytes: bytes, seconds: seconds)
  }
  if wanted("align") {
    let seconds = Measurement.median(runs: runs) { blackHole(Aligner().align(document)) }
    report("align", bytes: bytes, seconds: seconds)
  }
  if wanted("align-perturbed") {
    let perturbed = generator.generate(size: size * 1_000_000, dropRate: 0.05)
    if let parsed = try? BilingualDocument(parsing: perturbed) {
      let seconds = Measurement.median(runs: runs) { blackHole(Aligner().align(parsed)) }
      report("align-perturbed-5%", bytes: perturbed.utf8.count, seconds: seconds)
    }
  }
  let exports: [(String, (inout ByteCounter) -> Void)] = [
    ("export-json", { AlignmentJSON.write(alignment, prettyPrinted: false, to: &$0) }),
    ("export-jsonl", { JSONLinesWriter().write(alignment, to: &$0) }),
    ("export-tsv", { TSVWriter().write(alignment, to: &$0) }),
    ("export-tmx", { TMXWriter().write(alignment, to: &$0) }),
    ("export-interleaved", { InterleavedMarkdownWriter().write(alignment, to: &$0) }),
  ]
  for (name, write) in exports where wanted(name) || wanted("export") {
    let seconds = Measurement.median(runs: runs) {
      var sink = ByteCounter()
      write(&sink)
      blackHole(sink.count)
    }
    report(name, bytes: bytes, seconds: seconds)
  }
  let views: [(String, (inout ByteCounter) -> Void)] = [
    ("show-text", { SideBySideRenderer().write(alignment, to: &$0) }),
    ("show-markdown", { MarkdownTableRenderer().write(alignment, to: &$0) }),
    ("show-html", { HTMLRenderer().write(alignment, to: &$0) }),
  ]
  for (name, write) in views where wanted(name) || wanted("show") {
    let seconds = Measurement.median(runs: runs) {
      var sink = ByteCounter()
      write(&sink)
      blackHole(sink.count)
    }
    report(name, bytes: bytes, seconds: seconds)
  }
  if wanted("display-width") {
    let seconds = Measurement.median(runs: runs) { blackHole(DisplayWidth.default.width(of: clean)) }
    report("display-width", bytes: bytes, seconds: seconds)
  }
}
