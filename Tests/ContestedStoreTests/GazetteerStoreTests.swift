import ContestedKit
import ContestedStore
import ContestedTestSupport
import Foundation
import Testing

@Suite struct GazetteerStoreTests {
  @Test func missingFilesMeanBundleAndDefaults() throws {
    let dir = TemporaryDirectory("gaz")
    let store = GazetteerStore(directory: dir.path)
    #expect(try store.loadGazetteer().count == Gazetteer.bundled.count)
    #expect(try store.loadFactions().factions.count == FactionRegistry.default.factions.count)
  }

  @Test func appendedPlacesAndActorsAreLoaded() throws {
    let dir = TemporaryDirectory("gaz")
    let store = GazetteerStore(directory: dir.path)
    try store.append(Place(id: "user:zahiyah", name: "Zahiyah", parents: ["region:jabal-al-turkman"]))
    try store.append(Place(id: "user:hill-1154", name: "Hill 1154", kind: .feature))
    try store.append(Faction(id: "wagner-x", name: "Wagner X", side: .other, aliases: ["WX"]))
    let g = try store.loadGazetteer()
    #expect(g.resolve("Zahiyah").place?.id == "user:zahiyah")
    #expect(g.contains(region: "adm1:SY-LA", place: "user:zahiyah"))
    #expect(try store.userPlaces().count == 2)
    #expect(try store.loadFactions().side(of: "WX") == .other)
    let text = try String(contentsOfFile: store.placesPath, encoding: .utf8)
    #expect(text.hasPrefix("# contested user places"))
  }

  @Test func malformedFilesNameThePathAndLine() throws {
    let dir = TemporaryDirectory("gaz")
    dir.write("places.tsv", "# mine\nuser:a\tA\nuser:b\tB\tcastle\n")
    dir.write("actors.tsv", "x\tX\n")
    let store = GazetteerStore(directory: dir.path)
    #expect(
      throws: GazetteerStoreError.malformed(
        path: store.placesPath, line: 3, field: "kind",
        reason: "expected populated|feature|region|district|governorate, found 'castle'")
    ) {
      try store.loadGazetteer()
    }
    #expect {
      try store.loadFactions()
    } throws: { error in
      (error as? GazetteerStoreError)?.errorDescription?.contains("actors.tsv:1: side:") == true
    }
  }

  @Test func importGeoNamesWritesTheImportFile() throws {
    let dir = TemporaryDirectory("gaz")
    let store = GazetteerStore(directory: dir.path)
    let sample = TestPaths.fixtures.appendingPathComponent("gazetteer/geonames-sample.txt").path
    let result = try store.importGeoNames(dumpPath: sample)
    #expect(result.places.count == 9)
    let g = try store.loadGazetteer()
    #expect(g.resolve("Zahiyah").place?.id == "gn:9990001")
    #expect(try String(contentsOfFile: store.geonamesPath, encoding: .utf8).contains("CC BY 4.0"))
    #expect(throws: GazetteerStoreError.unreadable(path: dir.file("none.txt"))) {
      try store.importGeoNames(dumpPath: dir.file("none.txt"))
    }
  }

  @Test(.enabled(if: TestPaths.hasShared)) func generatedBundleIsUpToDate() throws {
    let dir = TemporaryDirectory("gaz")
    let out = dir.file("Data.swift")
    let data = TestPaths.shared.appendingPathComponent("data").path
    let n = try GazetteerStore.buildBundle(dataDirectory: data, outputPath: out, command: GazetteerStore.bundleCommand)
    #expect(n == 388)
    let committed = TestPaths.packageRoot.appendingPathComponent(
      "Sources/ContestedKit/Gazetteer/BundledGazetteer+Data.swift")
    #expect(
      try String(contentsOfFile: out, encoding: .utf8) == String(contentsOf: committed, encoding: .utf8),
      "The committed bundle differs from ../shared/data; run: \(GazetteerStore.bundleCommand)")
  }
}
