import XCTest
@testable import StatementModel

/// The trie's edge table against a plain model of it (a dictionary per node), over enough words in several
/// scripts that the table grows many times and its probes wrap around.
final class ScalarTrieTests: XCTestCase {
    func testEveryWordEndsWhereItWasAddedAndNothingElseIsFound() {
        var generator = SeededRandom(seed: 7)
        let alphabets = [
            "abcdefghij", "абвгдежзик", "αβγδεζηθ", "日本語中文한국", "0123456789",
        ].map { Array($0.unicodeScalars) }
        var words: [String] = []
        for _ in 0..<20_000 {
            let letters = alphabets.randomElement(using: &generator)!
            let length = Int.random(in: 1...9, using: &generator)
            var word = String.UnicodeScalarView()
            for _ in 0..<length { word.append(letters.randomElement(using: &generator)!) }
            words.append(String(word))
        }
        var trie = ScalarTrie()
        var model: [[UInt32: Int]] = [[:]]
        var ends: [String: Int] = [:]
        for word in words {
            var node = 0
            for scalar in word.unicodeScalars {
                if let next = model[node][scalar.value] {
                    node = next
                } else {
                    model.append([:])
                    model[node][scalar.value] = model.count - 1
                    node = model.count - 1
                }
            }
            let end = trie.insert(word.unicodeScalars)
            XCTAssertEqual(end, node, word)
            ends[word] = end
        }
        XCTAssertEqual(trie.nodeCount, model.count)
        for (node, children) in model.enumerated() {
            for (value, child) in children { XCTAssertEqual(trie.child(node, value), child) }
            // Scalars a node has no edge for: a letter from another alphabet, an ASCII sign.
            for value: UInt32 in [0x20, 0x2E, 0x7A, 0x44F, 0x1F600] where children[value] == nil {
                XCTAssertNil(trie.child(node, value))
            }
        }
        for (word, end) in ends { XCTAssertEqual(trie.insert(word.unicodeScalars), end, "adding again adds nothing") }
        XCTAssertEqual(trie.nodeCount, model.count)
    }
}
