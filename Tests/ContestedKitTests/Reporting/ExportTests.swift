import ContestedKit
import Foundation
import Testing

@Suite struct ClaimReviewExporterTests {
  func export(
    settings: WorkspaceSettings = WorkspaceSettings(
      organizationName: "Verification desk", organizationURL: "https://desk.example/reviews")
  )
    throws -> (root: [String: Any], graph: [[String: Any]])
  {
    let claims = OutputFixtures.claims(hostileQuote: "A \"quoted\" <b>claim</b>\nwith a newline")
    let (conflicts, decisions, _) = OutputFixtures.state(claims: claims)
    var byID: [ClaimID: Claim] = [:]
    for c in claims { byID[c.id] = c }
    var cmap: [ConflictID: Conflict] = [:]
    for c in conflicts { cmap[c.id] = c }
    let text = ClaimReviewExporter.export(
      decisions: Array(decisions.values), claims: byID, placeNames: ["cur:salma": "Salma"],
      conflicts: cmap,
      settings: settings)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let graph = try #require(root["@graph"] as? [[String: Any]])
    return (root, graph)
  }

  @Test func everyRequiredFieldIsPresent() throws {
    let (root, graph) = try export()
    #expect(root["@context"] as? String == "https://schema.org")
    #expect(graph.count == 2)  // one per ruled claim of the one verdict
    for review in graph {
      #expect(review["@type"] as? String == "ClaimReview")
      #expect((review["claimReviewed"] as? String)?.isEmpty == false)
      #expect(review["datePublished"] as? String == "2017-06-20")
      let url = try #require(review["url"] as? String)
      #expect(url.hasPrefix("https://desk.example/reviews#C-"))
      let author = try #require(review["author"] as? [String: Any])
      #expect(author["@type"] as? String == "Organization")
      #expect(author["name"] as? String == "Verification desk")
      #expect(author["url"] as? String == "https://desk.example/reviews")
      let rating = try #require(review["reviewRating"] as? [String: Any])
      #expect(rating["@type"] as? String == "Rating")
      #expect(rating["bestRating"] as? Int == 3)
      #expect(rating["worstRating"] as? Int == 1)
      let value = try #require(rating["ratingValue"] as? Int)
      #expect((1...3).contains(value))
      #expect((rating["alternateName"] as? String)?.contains("government held Salma") == true)
      let item = try #require(review["itemReviewed"] as? [String: Any])
      #expect(item["@type"] as? String == "Claim")
      let claimAuthor = try #require(item["author"] as? [String: Any])
      #expect((claimAuthor["name"] as? String)?.isEmpty == false)
      #expect(item["datePublished"] as? String != nil)
      let appearance = try #require(item["appearance"] as? [String: Any])
      #expect(appearance["@type"] as? String == "CreativeWork")
    }
    let upheld = try #require(
      graph.first { ($0["reviewRating"] as? [String: Any])?["ratingValue"] as? Int == 3 })
    #expect(upheld["claimReviewed"] as? String == "Salma was liberated from the terrorists.")
    let refuted = try #require(
      graph.first { ($0["reviewRating"] as? [String: Any])?["ratingValue"] as? Int == 1 })
    #expect(
      (refuted["itemReviewed"] as? [String: Any])?["datePublished"] as? String == "2017-06-04")
  }

  @Test func withoutOrganizationURLUsesURN() throws {
    let (_, graph) = try export(settings: WorkspaceSettings())
    for review in graph {
      #expect((review["url"] as? String)?.hasPrefix("urn:contested:C-") == true)
    }
  }

  @Test func openConflictsAreNotExported() throws {
    let text = ClaimReviewExporter.export(
      decisions: [ConflictDecision(conflict: "C-000000000000", status: .open)], claims: [:],
      settings: .init())
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect((root["@graph"] as? [Any])?.isEmpty == true)
  }
}

@Suite struct GeoJSONExporterTests {
  @Test func featureCollectionIsValidRFC7946() throws {
    let claims = OutputFixtures.claims()
    let (conflicts, _, _) = OutputFixtures.state(claims: claims)
    let text = GeoJSONExporter.export(claims: claims, conflicts: conflicts, gazetteer: .bundled)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(root["type"] as? String == "FeatureCollection")
    let features = try #require(root["features"] as? [[String: Any]])
    #expect(features.count == 2)
    #expect(root["contested:places_without_coordinates"] as? Int == 1)  // the unresolved hamlet
    for f in features {
      #expect(f["type"] as? String == "Feature")
      let geometry = try #require(f["geometry"] as? [String: Any])
      #expect(geometry["type"] as? String == "Point")
      let coords = try #require(geometry["coordinates"] as? [Double])
      #expect(coords.count == 2)
      #expect((-180...180).contains(coords[0]) && (-90...90).contains(coords[1]))
      let props = try #require(f["properties"] as? [String: Any])
      for key in [
        "id", "name", "kind", "status", "open_conflicts", "resolved_conflicts", "conflicts",
        "claims", "latest",
      ] {
        #expect(props[key] != nil, "missing property \(key)")
      }
    }
    let kabani = try #require(
      features.first { ($0["properties"] as? [String: Any])?["name"] as? String == "Kabani" })
    let coords = try #require((kabani["geometry"] as? [String: Any])?["coordinates"] as? [Double])
    let place = try #require(Gazetteer.bundled.place(id: "cur:kabani"))
    #expect(coords == [place.longitude!, place.latitude!])  // longitude first
    let props = try #require(kabani["properties"] as? [String: Any])
    #expect(props["status"] as? String == "open")
    #expect(props["open_conflicts"] as? Int == 1)
    let latest = try #require(props["latest"] as? [String: [String: Any]])
    #expect(latest["government"]?["controller"] as? String == "government")
    #expect(latest["opposition"]?["controller"] as? String == "opposition")
    #expect(latest["opposition"]?["date"] as? String == "2017-05-12")
    let salma = try #require(
      features.first { ($0["properties"] as? [String: Any])?["name"] as? String == "Salma" })
    #expect((salma["properties"] as? [String: Any])?["status"] as? String == "resolved")
  }

  @Test func emptyInputGivesEmptyCollection() throws {
    let text = GeoJSONExporter.export(claims: [], conflicts: [], gazetteer: .bundled)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect((root["features"] as? [Any])?.isEmpty == true)
  }
}

@Suite struct CSVExportTests {
  @Test func claimsRoundTripThroughCSVParse() throws {
    let claims = OutputFixtures.claims(hostileQuote: OutputFixtures.hostile + " \"quoted\", comma")
    let text = ClaimList.render(claims, format: .csv)
    let records = try CSV.parse(text)
    #expect(records.first?.fields == ClaimList.csvColumns)
    #expect(records.count == claims.count + 1)
    for (record, claim) in zip(records.dropFirst(), claims) {
      #expect(record.fields == ClaimList.csvFields(claim))
    }
    let quoteColumn = try #require(ClaimList.csvColumns.firstIndex(of: "quote"))
    #expect(records[1].fields[quoteColumn] == OutputFixtures.hostile + " \"quoted\", comma")
  }

  @Test func conflictsRoundTripThroughCSVParse() throws {
    let claims = OutputFixtures.claims(hostileQuote: "He said, \"we hold it\"\r\nand left.")
    let (conflicts, _, _) = OutputFixtures.state(claims: claims)
    var byID: [ClaimID: Claim] = [:]
    for c in claims { byID[c.id] = c }
    let records = try CSV.parse(ConflictCSV.render(conflicts, claims: byID))
    #expect(records.first?.fields == ConflictCSV.columns)
    let expectedRows = conflicts.reduce(0) { $0 + $1.sides.reduce(0) { $0 + $1.claims.count } }
    #expect(records.count == expectedRows + 1)
    #expect(records.allSatisfy { $0.fields.count == ConflictCSV.columns.count })
    let a1 = try #require(records.first { $0.fields[12] == "c-a1" })
    #expect(a1.fields.last == "He said, \"we hold it\"\r\nand left.")
    #expect(a1.fields[0].hasPrefix("C-"))
  }
}
