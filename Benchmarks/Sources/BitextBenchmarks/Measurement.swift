#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Wall-clock timing of repeated runs, reported as the median.
enum Measurement {
  /// Nanoseconds of a monotonic clock.
  static func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }

  /// The median seconds of `runs` calls of `body`.
  static func median(runs: Int, _ body: () -> Void) -> Double {
    var seconds: [Double] = []
    for _ in 0..<max(runs, 1) {
      let start = now()
      body()
      seconds.append(Double(now() - start) / 1e9)
    }
    seconds.sort()
    return seconds[seconds.count / 2]
  }

  /// The process's peak resident set size in bytes (from /proc/self/status, VmHWM).
  static func peakResidentBytes() -> Int {
    guard let file = fopen("/proc/self/status", "r") else { return 0 }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
      let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      if text.hasPrefix("VmHWM:") {
        let digits = text.filter(\.isNumber)
        return (Int(digits) ?? 0) * 1024
      }
    }
    return 0
  }
}

/// Keeps a value alive so the optimizer cannot drop the work that made it.
@inline(never)
func blackHole<T>(_ value: T) {
  withExtendedLifetime(value) {}
}

/// A text stream that only counts bytes (exports are measured without I/O).
struct ByteCounter: TextOutputStream {
  var count = 0

  mutating func write(_ string: String) {
    count += string.utf8.count
  }
}
