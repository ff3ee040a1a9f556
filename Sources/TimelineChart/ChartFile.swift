import CCairo
import Foundation

/// A chart written to a file on a white page: PDF and SVG in points (vector), PNG at 300 dpi for the same size.
enum ChartFile {
    /// Calls `draw` with the page less a margin on every side.
    static func write(
        to path: String, format: TimelineChart.Format, widthPoints: Double, heightPoints: Double,
        draw: (OpaquePointer, Double, Double) -> Void
    ) throws {
        let scale = format == .png ? 300.0 / 72.0 : 1
        let surface: OpaquePointer?
        switch format {
        case .pdf: surface = cairo_pdf_surface_create(path, widthPoints, heightPoints)
        case .svg: surface = cairo_svg_surface_create(path, widthPoints, heightPoints)
        case .png:
            surface = cairo_image_surface_create(
                CAIRO_FORMAT_RGB24, Int32(widthPoints * scale), Int32(heightPoints * scale))
        }
        guard let surface, cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw TimelineChart.WriteError(path: path, reason: "cannot create the \(format.rawValue.uppercased()) file")
        }
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        if format == .png { cairo_scale(cr, scale, scale) }
        let margin = 24.0
        cairo_translate(cr, margin, margin)
        draw(cr, widthPoints - 2 * margin, heightPoints - 2 * margin)
        cairo_surface_flush(surface)
        let status: cairo_status_t
        if format == .png {
            status = cairo_surface_write_to_png(surface, path)
        } else {
            cairo_surface_finish(surface)
            status = cairo_surface_status(surface)
        }
        guard status == CAIRO_STATUS_SUCCESS else {
            throw TimelineChart.WriteError(path: path, reason: String(cString: cairo_status_to_string(status)))
        }
    }
}
