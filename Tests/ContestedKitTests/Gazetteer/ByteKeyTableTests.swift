import Testing

@testable import ContestedKit

@Suite struct ByteKeyTableTests {
  @Test func lookupsReplacementsAndMisses() {
    let keys = (0..<500).map { "key\($0)" }
    var pairs = keys.enumerated().map { (key: Array($0.element.utf8), value: Int64($0.offset)) }
    pairs.append((Array("key7".utf8), 7000))
    pairs.append(([], -5))
    let t = ByteKeyTable(pairs)
    #expect(t.count == 501)
    #expect(t.value(for: "key0") == 0)
    #expect(t.value(for: "key499") == 499)
    #expect(t.value(for: "key7") == 7000)
    #expect(t.value(for: "") == -5)
    #expect(t.value(for: "key500") == nil)
    #expect(t.value(for: "ke") == nil)
    #expect(t.value(for: "كنسبا") == nil)
    #expect(ByteKeyTable([]).value(for: "x") == nil)
  }
}
