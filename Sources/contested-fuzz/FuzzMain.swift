import ContestedFuzz

#if canImport(Glibc)
  import Glibc
#endif

// Built normally: `contested-fuzz TARGET FILE...` replays inputs (crash reproducers, a corpus) through one entry
// point. Built with `-sanitize=fuzzer -DFUZZING` it is a libFuzzer binary; `CONTESTED_FUZZ_TARGET` picks the
// entry point. See docs/architecture.md, "Fuzzing".

#if FUZZING
  nonisolated(unsafe) private var selected: FuzzTargets.Target?

  @_silgen_name("LLVMFuzzerRunDriver")
  func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  // SwiftPM links an executable target's entry point as `<module>_main` (so tests can link the module); with no
  // @main here, this is it, and it hands the command line to libFuzzer.
  @_cdecl("contested_fuzz_main")
  public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var args = argv
    return runDriver(&count, &args, fuzzOne)
  }

  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    if selected == nil {
      let name = getenv("CONTESTED_FUZZ_TARGET").map { String(cString: $0) } ?? ""
      guard let target = FuzzTargets.named(name) else {
        fatalError(
          "set CONTESTED_FUZZ_TARGET to one of \(FuzzTargets.all.map(\.name).joined(separator: ", ")), not '\(name)'")
      }
      selected = target
    }
    selected!.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
  }
#else
  @main struct FuzzReplay {
    static func main() {
      var args = Array(CommandLine.arguments.dropFirst())
      // `contested-fuzz --seeds DIR TARGET` writes the target's seed inputs into DIR (a starting corpus).
      if args.first == "--seeds", args.count == 3, let target = FuzzTargets.named(args[2]) {
        for (k, seed) in FuzzSeeds.seeds(for: target.name).enumerated() {
          guard let f = fopen("\(args[1])/seed-\(k)", "wb") else { exit(73) }
          _ = seed.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
          fclose(f)
        }
        return
      }
      args = args.filter { !$0.hasPrefix("-") }
      guard let name = args.first, let target = FuzzTargets.named(name) else {
        var usage = "usage: contested-fuzz TARGET FILE...  |  contested-fuzz --seeds DIR TARGET\n\ntargets:\n"
        for t in FuzzTargets.all { usage += "  \(t.name)  \(t.about)\n" }
        standardError(usage)
        exit(64)
      }
      var count = 0
      for path in args.dropFirst() {
        guard let f = fopen(path, "rb") else {
          standardError("\(path): cannot open\n")
          exit(66)
        }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
          let n = fread(&buffer, 1, buffer.count, f)
          if n <= 0 { break }
          bytes += buffer[0..<n]
        }
        fclose(f)
        target.run(bytes)
        count += 1
      }
      print("\(name): \(count) inputs, no failure")
    }

    static func standardError(_ text: String) {
      var text = text
      text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    }
  }
#endif
