import CGtk
import GtkKit

/// Paints the window's regions one per turn of the main loop, in the order a person looks at them, instead of all
/// in one turn. A change that touches several regions at once (an import's refresh: the list's rows, the
/// timeline's bars, the sidebar's counts) held the main loop 30–50 ms when painted together, keys and frames
/// waiting behind it; in stages, input is read between them and the frame that shows the first goes out before
/// the rest are painted. The first stage runs ahead of drawing, as the single render did; the others when nothing
/// more urgent waits. A change arriving during a round lets the round finish, then starts another: each region
/// compares what it is given with what it shows, so the stages of a round whose regions did not change cost little.
@MainActor
final class RenderStages {
    typealias Stage = (name: String, paint: () -> Void)
    private let stages: [Stage]
    /// The stage due next while a round is under way; nil between rounds.
    private var next: Int?
    private var again = false

    init(_ stages: [Stage]) {
        self.stages = stages
    }

    /// Asks for a round: at once in the next turn of the main loop, or after the round under way.
    func schedule() {
        guard next == nil else {
            again = true
            return
        }
        next = 0
        MainLoop.after(milliseconds: 0) { [weak self] in self?.step() }
    }

    /// Every stage now, in one go: the window's first paint, before it is shown.
    func paintAll() {
        for stage in stages { paint(stage) }
    }

    private func step() {
        guard let index = next else { return }
        paint(stages[index])
        if index + 1 < stages.count {
            next = index + 1
        } else if again {
            again = false
            next = 0
        } else {
            next = nil
            return
        }
        MainLoop.idle { [weak self] in
            self?.step()
            return false
        }
    }

    private func paint(_ stage: Stage) {
        StallProbe.timed("render: \(stage.name)") { stage.paint() }
    }
}
