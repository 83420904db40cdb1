// The fuzz driver. Built with `Scripts/fuzz.sh` (-D FUZZING, -sanitize=fuzzer,address, lld),
// it hands control to libFuzzer. Built normally, it replays the files it is given through the
// same target, so a crash input from Fixtures/fuzz-regressions can be rerun in a debugger.
import Foundation

#if FUZZING
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
  ) -> Int32

  // libFuzzer's own main (FuzzerMain.o) references this symbol; whichever main the
  // linker keeps, every input goes through FuzzTarget.
  @_cdecl("LLVMFuzzerTestOneInput")
  func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTarget.run(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
    return 0
  }

  var argc = CommandLine.argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
  let status = runFuzzerDriver(&argc, &argv) { data, size in
    FuzzTarget.run(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
    return 0
  }
  exit(status)
#else
  let paths = CommandLine.arguments.dropFirst()
  if paths.isEmpty {
    print("usage: bitext-fuzz FILE...  (replays inputs through the fuzz target; see Scripts/fuzz.sh)")
    exit(64)
  }
  for path in paths {
    guard let data = FileManager.default.contents(atPath: path) else {
      print("cannot read \(path)")
      exit(2)
    }
    Array(data).withUnsafeBufferPointer { FuzzTarget.run($0) }
    print("ok \(path)")
  }
#endif
