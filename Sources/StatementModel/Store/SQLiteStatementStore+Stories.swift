import Foundation
import GRDB

/// Stories live in the library file beside the statements, written in one transaction each.
extension SQLiteStatementStore: StoryStore {
    public func stories() throws -> [StorySummary] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.id, s.name, (SELECT COUNT(*) FROM story_card c WHERE c.story_id = s.id)
                    FROM story s ORDER BY s.name COLLATE NOCASE
                    """
            ).map { StorySummary(id: StoryID($0[0]), name: $0[1], cardCount: $0[2]) }
        }
    }

    public func story(_ id: StoryID) throws -> Story? {
        try read { db in try Self.story(where: "id = ?", id.rawValue, in: db) }
    }

    public func story(named name: String) throws -> Story? {
        try read { db in
            try Self.story(where: "name = ? COLLATE NOCASE", name.trimmingCharacters(in: .whitespaces), in: db)
        }
    }

    public func createStory(named name: String) throws -> Story {
        let name = try Self.validName(name)
        return try pool.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM story WHERE name = ? COLLATE NOCASE", arguments: [name])
                == true
            {
                throw RostrumError.storyNameTaken(name)
            }
            try db.execute(sql: "INSERT INTO story (name, modified_at) VALUES (?, ?)", arguments: [name, Self.now()])
            return Story(id: StoryID(db.lastInsertedRowID), name: name)
        }
    }

    public func save(_ story: Story) throws {
        let name = try Self.validName(story.name)
        try pool.write { db in
            if try Bool.fetchOne(
                db, sql: "SELECT 1 FROM story WHERE name = ? COLLATE NOCASE AND id != ?",
                arguments: [name, story.id.rawValue]) == true
            {
                throw RostrumError.storyNameTaken(name)
            }
            try db.execute(
                sql: "UPDATE story SET name = ?, modified_at = ? WHERE id = ?",
                arguments: [name, Self.now(), story.id.rawValue])
            guard db.changesCount == 1 else { throw RostrumError.storyNotFound(story.name) }
            try Self.writeChangedCards(of: story, in: db)
        }
    }

    /// Writes only the cards that differ from those stored at their places: a rename writes none, an added card
    /// one, a removed last card one deletion.
    private static func writeChangedCards(of story: Story, in db: Database) throws {
        let id = story.id.rawValue
        let rows = try Row.fetchAll(
            db,
            sql: "SELECT position, statement_id, quote, note, label FROM story_card WHERE story_id = ? "
                + "ORDER BY position",
            arguments: [id])
        var stored = rows.map {
            StoryCard(statementID: StatementID($0[1] as String), quote: $0[2], note: $0[3], label: $0[4])
        }
        // Places other than 0, 1, 2 … (never written so): the cards are written again whole.
        if rows.map({ $0[0] as Int }) != Array(stored.indices) {
            try db.execute(sql: "DELETE FROM story_card WHERE story_id = ?", arguments: [id])
            stored = []
        }
        for (position, card) in story.cards.enumerated() where stored.indices.contains(position) {
            guard stored[position] != card else { continue }
            try db.execute(
                sql: "UPDATE story_card SET statement_id = ?, quote = ?, note = ?, label = ? "
                    + "WHERE story_id = ? AND position = ?",
                arguments: [card.statementID.rawValue, card.quote, card.note, card.label, id, position])
        }
        for (position, card) in story.cards.enumerated() where position >= stored.count {
            try db.execute(
                sql: "INSERT INTO story_card (story_id, position, statement_id, quote, note, label) "
                    + "VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [id, position, card.statementID.rawValue, card.quote, card.note, card.label])
        }
        if stored.count > story.cards.count {
            try db.execute(
                sql: "DELETE FROM story_card WHERE story_id = ? AND position >= ?",
                arguments: [id, story.cards.count])
        }
    }

    public func saveNote(_ note: String, ofCard position: Int, in story: StoryID) throws {
        try pool.write { db in
            try db.execute(
                sql: "UPDATE story_card SET note = ? WHERE story_id = ? AND position = ?",
                arguments: [note, story.rawValue, position])
            guard db.changesCount == 1 else { throw RostrumError.cardNotFound(position + 1) }
            try db.execute(
                sql: "UPDATE story SET modified_at = ? WHERE id = ?", arguments: [Self.now(), story.rawValue])
        }
    }

    public func deleteStory(_ id: StoryID) throws {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM story_card WHERE story_id = ?", arguments: [id.rawValue])
            try db.execute(sql: "DELETE FROM story WHERE id = ?", arguments: [id.rawValue])
        }
    }

    public func lastModifiedStory() throws -> StoryID? {
        try read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM story ORDER BY modified_at DESC, id DESC LIMIT 1").map(
                StoryID.init)
        }
    }

    private static func story(
        where condition: String, _ value: some DatabaseValueConvertible, in db: Database
    ) throws -> Story? {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, name FROM story WHERE \(condition)", arguments: [value])
        else { return nil }
        let id: Int64 = row[0]
        let cards = try Row.fetchAll(
            db, sql: "SELECT statement_id, quote, note, label FROM story_card WHERE story_id = ? ORDER BY position",
            arguments: [id]
        )
        .map { StoryCard(statementID: StatementID($0[0] as String), quote: $0[1], note: $0[2], label: $0[3]) }
        return Story(id: StoryID(id), name: row[1], cards: cards)
    }

    private static func validName(_ name: String) throws -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.unicodeScalars.contains(where: { CharacterSet.alphanumerics.contains($0) }) else {
            throw RostrumError.invalidStoryName
        }
        return trimmed
    }

    private static func now() -> String { ISO8601DateFormatter().string(from: Date()) }
}
