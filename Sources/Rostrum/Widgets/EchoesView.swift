import CGtk
import GtkKit
import RostrumViewModel
import StatementModel
import Translations

/// Echoes, in the list's place: the passages said again under the filters, one row each (the passage, how many
/// statements, who said it first), and below, every statement holding the chosen one. A statement's row opens
/// it with the passage marked.
@MainActor
final class EchoesView {
    struct Actions {
        var choose: (Int) -> Void
        var open: (Int) -> Void
        var close: () -> Void
    }

    let widget: Widget
    private let summary: Widget
    private let clusters: KeyedListView
    private let holders: KeyedListView
    private var clusterKeys: [String] = []
    private var shownChosen: Int?
    private var holderKeys: [String] = []
    private var rowText: (Int) -> (passage: String, meta: String)? = { _ in nil }
    private var holderText: [String] = []

    init(actions: Actions) {
        var rowRef: (Int) -> (passage: String, meta: String)? = { _ in nil }
        var holderRef: () -> [String] = { [] }
        clusters = KeyedListView(
            setup: {
                let box = UI.box(GTK_ORIENTATION_VERTICAL, spacing: 2)
                UI.margins(box, 6)
                let passage = UI.label("", wrap: true)
                gtk_label_set_lines(opaque(passage), 2)
                gtk_label_set_ellipsize(opaque(passage), PANGO_ELLIPSIZE_END)
                gtk_label_set_xalign(opaque(passage), 0)
                let meta = UI.label("", classes: ["dim-label", "caption"])
                UI.ellipsize(meta)
                UI.append(box, passage, meta)
                return box
            },
            bind: { box, position in
                guard let row = rowRef(position) else { return }
                let passage = gtk_widget_get_first_child(box)!
                UI.setText(passage, row.passage)
                UI.setText(gtk_widget_get_next_sibling(passage)!, row.meta)
                UI.setAccessibleLabel(box, tr("Echo: {0}: {1}", row.meta, row.passage))
            }, selected: actions.choose)
        holders = KeyedListView(
            setup: {
                let label = UI.label("", classes: ["caption"])
                UI.ellipsize(label)
                UI.margins(label, 6)
                return label
            },
            bind: { label, position in
                let lines = holderRef()
                guard lines.indices.contains(position) else { return }
                UI.setText(label, lines[position])
                UI.setAccessibleLabel(label, tr("Said in: {0}", lines[position]))
            }, selected: actions.open)
        let back = UI.button(icon: "go-previous-symbolic", tooltip: tr("Back to the list (Esc)"), classes: ["flat"]) {
            actions.close()
        }
        UI.setAccessibleLabel(back, tr("Close echoes"))
        summary = UI.label("", classes: ["dim-label", "caption"], wrap: true)
        gtk_label_set_xalign(opaque(summary), 0)
        UI.expand(summary, v: false)
        let top = UI.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
        UI.margins(top, 4)
        UI.append(top, back, summary)
        UI.setAccessibleLabel(clusters.view, tr("Echoes"))
        UI.setAccessibleLabel(holders.view, tr("Statements that say it"))
        let lower = UI.box(GTK_ORIENTATION_VERTICAL)
        let heading = UI.label(tr("Said in"), classes: ["heading"])
        gtk_label_set_xalign(opaque(heading), 0)
        UI.margins(heading, 6)
        UI.append(lower, heading, UI.scrolled(holders.view))
        UI.expand(gtk_widget_get_last_child(lower)!)
        let split = UI.paned(GTK_ORIENTATION_VERTICAL, UI.scrolled(clusters.view), lower, position: 260)
        UI.expand(split)
        widget = UI.box(GTK_ORIENTATION_VERTICAL)
        UI.append(widget, top, split)
        gtk_widget_set_size_request(widget, 300, -1)
        rowRef = { [weak self] in self?.rowText($0) }
        holderRef = { [weak self] in self?.holderText ?? [] }
        // Esc anywhere in the view goes back to the list.
        let keys = gtk_event_controller_key_new()!
        Signal.connect(keys, .keyPressed) { keyval, _ in
            guard keyval == 0xff1b else { return false }  // GDK_KEY_Escape
            actions.close()
            return true
        }
        gtk_widget_add_controller(widget, keys)
        Ownership.keep(self, ownedBy: widget)  // lives as long as its widget; its closures hold it weakly
    }

    func render(_ model: EchoesModel) {
        UI.setText(summary, model.summary)
        rowText = { model.row($0) }
        let keys = (model.report?.clusters ?? []).enumerated().map { "\($0.offset):\($0.element.passage.prefix(40))" }
        // Selected again only when it changed: selecting scrolls the list, and a repaint must not.
        if keys != clusterKeys || model.chosen != shownChosen {
            if keys != clusterKeys { clusters.setKeys(keys) }
            clusterKeys = keys
            shownChosen = model.chosen
            clusters.select(model.chosen)
        }
        let occurrences = model.occurrences
        let lines = occurrences.map(\.label)
        let newKeys = occurrences.enumerated().map { "\(model.chosen ?? -1):\($0.offset)" }
        holderText = lines
        if newKeys != holderKeys {
            holderKeys = newKeys
            holders.setKeys(newKeys)
        }
    }
}
