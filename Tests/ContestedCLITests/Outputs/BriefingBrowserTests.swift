import ContestedCLI
import ContestedKit
import ContestedTestSupport
import Foundation
import Testing

/// Headless Chromium, when installed (`.ci/run` installs it where it can).
enum Chromium {
  /// The browser's path: $CONTESTED_CHROMIUM, else the first of chromium, chromium-browser, google-chrome on the PATH.
  static let path: String? = {
    let env = ProcessInfo.processInfo.environment
    if let p = env["CONTESTED_CHROMIUM"], FileManager.default.isExecutableFile(atPath: p) { return p }
    for dir in (env["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
      for name in ["chromium", "chromium-browser", "google-chrome"] {
        let p = "\(dir)/\(name)"
        if FileManager.default.isExecutableFile(atPath: p) { return p }
      }
    }
    return nil
  }()

  /// Runs the browser headless on a file with `arguments` and returns its stdout; gives up after 300 seconds (a
  /// loaded CI machine starts it slowly).
  static func run(_ arguments: [String], file: String) throws -> (status: Int32, out: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path!)
    let profile = NSTemporaryDirectory() + "contested-chromium-\(UUID().uuidString.prefix(8))"
    p.arguments =
      ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(profile)"] + arguments
      + [URL(fileURLWithPath: file).absoluteString]
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    try p.run()
    let timer = DispatchWorkItem { if p.isRunning { p.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + 300, execute: timer)
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    timer.cancel()
    try? FileManager.default.removeItem(atPath: profile)
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}

/// The demo's HTML briefing rendered by a real browser: its DOM has the map with a marker per contested place with
/// coordinates, a timeline per contested place, no script; the screenshot is made at desktop and phone widths; a
/// hostile workspace renders its strings as text. Skipped (visibly) where Chromium is not installed.
@Suite(.enabled(if: Chromium.path != nil, "chromium is not installed: apt-get install chromium (.ci/run does)"))
struct BriefingBrowserTests {
  let dir = TemporaryDirectory("browser")

  @Test func demoBriefingInChromium() throws {
    let (r, ws, _) = runDemo(dir)
    #expect(r.exit == .ok, "\(r.err)")
    let html = dir.file("briefing.html")
    let out = TestCLI.run(["--workspace", ws, "digest", "--format", "html", "--out", html], in: dir.path)
    #expect(out.exit == .ok, "\(out.err)")
    let dom = try Chromium.run(["--dump-dom"], file: html)
    #expect(dom.status == 0)
    #expect(dom.out.contains("<svg class=\"map\""), "\(dom.out.prefix(500))")
    #expect(!dom.out.lowercased().contains("<script"))
    // Independently of the renderer: the contested places are the report's conflict places (the demo has no
    // verdicts); those with gazetteer coordinates get one marker each, each gets one timeline.
    let json = TestCLI.run(["--workspace", ws, "report", "--format", "json"], in: dir.path)
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
    let places = Set(((root["conflicts"] as? [[String: Any]]) ?? []).compactMap { $0["place"] as? String })
    #expect(!places.isEmpty)
    let located = places.filter { p in
      Gazetteer.bundled.place(id: PlaceID(rawValue: p)).map { $0.latitude != nil && $0.longitude != nil } ?? false
    }
    #expect(dom.out.components(separatedBy: "<g class=\"marker ").count - 1 == located.count)
    for p in located { #expect(dom.out.contains("data-place=\"\(p)\""), "\(p)") }
    #expect(dom.out.components(separatedBy: "<svg class=\"timeline\"").count - 1 == places.count)
    for (width, name) in [(1000, "briefing-desktop.png"), (390, "briefing-phone.png")] {
      let shot = dir.file(name)
      let s = try Chromium.run(["--screenshot=\(shot)", "--window-size=\(width),2200"], file: html)
      #expect(s.status == 0)
      let png = dir.bytes(name)
      #expect(png.count > 10_000 && png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(name): \(png.count) bytes")
    }
  }

  @Test func hostileWorkspaceRendersAsText() throws {
    _ = TestCLI.run(["init"], in: dir.path)
    // The HTML attack, then the terminal one of TerminalInjectionTests (escape sequences, bidi, zero-width).
    let hostile = "<script>document.title='pwned'</script><img src=x onerror=alert(1)>" + TerminalInjectionTests.hostile
    for (id, side) in [("c-a", "opposition"), ("c-b", "government")] {
      let add = TestCLI.run(
        [
          "add", "--id", id, "--claimant", "SOHR \(hostile)", "--place", "Kansaba", "--controller", side,
          "--when", "2016-07-01", "--quote", "took it \(hostile)", "--outlet", "Outlet \(hostile)",
          "--url", "javascript:alert(1)",
        ], in: dir.path)
      #expect(add.exit == .ok, "\(add.err)")
    }
    let html = dir.file("hostile.html")
    #expect(TestCLI.run(["digest", "--format", "html", "--out", html], in: dir.path).exit == .ok)
    let dom = try Chromium.run(["--dump-dom"], file: html).out
    #expect(dom.contains("<svg class=\"timeline\""), "\(dom.prefix(800))")
    #expect(!dom.lowercased().contains("<script") && !dom.lowercased().contains("<img"))
    #expect(!dom.contains("pwned</title>"))
    #expect(!dom.contains("href=\"javascript"))
    #expect(dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"))
    // Control characters become spaces (a text is one line); bidi and zero-width ones are shown, not obeyed.
    #expect(dom.contains("SOHR &lt;script&gt;") && dom.contains(" ]0;pwned ") && dom.contains(#"\u{202E}"#))
    #expect(!dom.unicodeScalars.contains { TerminalText.isUnsafe($0) && $0 != "\n" && $0 != "\t" })
  }
}
