import Foundation

/// The HTML briefing's map: one marker per contested place with gazetteer coordinates, coloured by the status of
/// its conflicts, on a latitude/longitude grid with a scale bar (no outlines, no tiles: nothing is fetched).
public enum SVGMap {
  /// A place to mark.
  public struct Marker: Sendable {
    /// The place key.
    public var place: PlaceID
    /// Its display name.
    public var name: String
    /// Where it is.
    public var coordinate: Digest.Coordinate
    /// The status it is coloured by.
    public var status: ConflictStatus

    /// A marker.
    public init(place: PlaceID, name: String, coordinate: Digest.Coordinate, status: ConflictStatus) {
      self.place = place
      self.name = name
      self.coordinate = coordinate
      self.status = status
    }
  }

  /// The fill colour of a status (the legend uses the same).
  public static func colour(_ s: ConflictStatus) -> String {
    switch s {
    case .open: "#c0392b"
    case .inReview: "#d68910"
    case .resolved: "#1e8449"
    case .unresolvable: "#626567"
    }
  }

  static let width = 640.0
  static let height = 400.0
  static let margin = 36.0

  /// The map as an inline SVG element (scales to its container through its viewBox).
  public static func render(_ markers: [Marker]) -> String {
    let lats = markers.map(\.coordinate.latitude)
    let lons = markers.map(\.coordinate.longitude)
    let cy = ((lats.min() ?? 0) + (lats.max() ?? 0)) / 2
    let cx = ((lons.min() ?? 0) + (lons.max() ?? 0)) / 2
    // Longitude is scaled by cos(latitude) so distances look right; the box is padded and at least 0.3° high.
    let k = max(0.2, cos(cy * .pi / 180))
    let plotW = width - 2 * margin
    let plotH = height - 2 * margin
    let latRange = (lats.max() ?? 0) - (lats.min() ?? 0)
    let lonRange = ((lons.max() ?? 0) - (lons.min() ?? 0)) * k
    let span = max(0.3, latRange * 1.25, lonRange * 1.25 * plotH / plotW)
    let scale = plotH / span  // pixels per degree of latitude
    func x(_ lon: Double) -> Double { width / 2 + (lon - cx) * k * scale }
    func y(_ lat: Double) -> Double { height / 2 - (lat - cy) * scale }
    let south = cy - (height / 2) / scale
    let north = cy + (height / 2) / scale
    let west = cx - (width / 2) / (k * scale)
    let east = cx + (width / 2) / (k * scale)
    var svg =
      "<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" "
      + "role=\"img\" aria-label=\"Map of the contested places\">"
    svg += "<rect class=\"sea\" x=\"0\" y=\"0\" width=\"\(Int(width))\" height=\"\(Int(height))\" fill=\"#f4f6f6\"/>"
    svg += grid(south: south, north: north, west: west, east: east, x: x, y: y)
    svg += scaleBar(kmPerPixel: 111.32 / scale)
    for m in markers.sorted(by: { $0.place < $1.place }) {
      let px = HTMLWriter.number(x(m.coordinate.longitude))
      let py = HTMLWriter.number(y(m.coordinate.latitude))
      let name = HTMLWriter.text(m.name)
      svg += "<g class=\"marker status-\(m.status.rawValue)\" data-place=\"\(HTMLWriter.text(m.place.rawValue))\">"
      svg += "<title>\(name): \(m.status.rawValue)</title>"
      svg +=
        "<circle cx=\"\(px)\" cy=\"\(py)\" r=\"8\" fill=\"\(colour(m.status))\" stroke=\"#fff\" stroke-width=\"2\"/>"
      svg +=
        "<text x=\"\(HTMLWriter.number(x(m.coordinate.longitude) + 12))\" y=\"\(HTMLWriter.number(y(m.coordinate.latitude) + 5))\" "
      svg += "font-size=\"14\" fill=\"#1b2631\">\(name)</text></g>"
    }
    return svg + "</svg>"
  }

  /// Lines of latitude and longitude at a round step, labelled at the edges.
  static func grid(
    south: Double, north: Double, west: Double, east: Double, x: (Double) -> Double, y: (Double) -> Double
  ) -> String {
    let step = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20].first { (north - south) / $0 <= 6 } ?? 30
    var out = "<g class=\"grid\" stroke=\"#d5dbdb\" stroke-width=\"1\" font-size=\"11\" fill=\"#7b7d7d\">"
    var lat = (south / step).rounded(.up) * step
    while lat <= north {
      let py = HTMLWriter.number(y(lat))
      out += "<line x1=\"0\" y1=\"\(py)\" x2=\"\(Int(width))\" y2=\"\(py)\"/>"
      out += "<text x=\"4\" y=\"\(HTMLWriter.number(y(lat) - 3))\" stroke=\"none\">\(degrees(lat, "N", "S"))</text>"
      lat += step
    }
    var lon = (west / step).rounded(.up) * step
    while lon <= east && x(lon) < width - 40 {
      let px = HTMLWriter.number(x(lon))
      out += "<line x1=\"\(px)\" y1=\"0\" x2=\"\(px)\" y2=\"\(Int(height))\"/>"
      out += "<text x=\"\(HTMLWriter.number(x(lon) + 3))\" y=\"\(Int(height) - 4)\" stroke=\"none\">"
      out += "\(degrees(lon, "E", "W"))</text>"
      lon += step
    }
    return out + "</g>"
  }

  /// A bar of a round number of kilometres, about a fifth of the width.
  static func scaleBar(kmPerPixel: Double) -> String {
    let target = width / 5 * kmPerPixel
    let km = [1.0, 2, 5, 10, 20, 50, 100, 200, 500, 1000].last { $0 <= target } ?? 1
    let length = km / kmPerPixel
    let x0 = width - margin - length
    let y0 = height - 30
    return "<g class=\"scale\" font-size=\"11\" fill=\"#1b2631\">"
      + "<rect x=\"\(HTMLWriter.number(x0))\" y=\"\(HTMLWriter.number(y0))\" width=\"\(HTMLWriter.number(length))\" "
      + "height=\"4\" fill=\"#1b2631\"/>"
      + "<text x=\"\(HTMLWriter.number(x0))\" y=\"\(HTMLWriter.number(y0 - 4))\">\(Int(km)) km</text></g>"
  }

  /// "35.8°N" (one or two decimals as the step needs).
  static func degrees(_ v: Double, _ positive: String, _ negative: String) -> String {
    let hundredths = Int((abs(v) * 100).rounded())
    let frac = hundredths % 100
    let text =
      frac == 0
      ? "\(hundredths / 100)"
      : (frac % 10 == 0 ? "\(hundredths / 100).\(frac / 10)" : "\(hundredths / 100).\(frac < 10 ? "0" : "")\(frac)")
    return text + "°" + (v < 0 ? negative : positive)
  }
}
