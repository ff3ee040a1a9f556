import Foundation

extension ForumReview {
    /// A speaker who says "this Assembly" speaks in it. The UN has one plenary assembly, so a speech that names
    /// the United Nations and speaks of "this Assembly" (in any of the six languages) was given in the General
    /// Assembly, unless the text names another assembly it could be (a parliament's, the World Health
    /// Assembly, a regional organisation's), which leaves the forum empty.
    static let assemblyDeixis = Pattern(
        #"(?i)\b(?:this|our) (?:august |great |distinguished )?(?:General )?Assembly\b|"#
            + #"\b(?:cette|notre) (?:auguste |honorable )?Assembl[ée]e\b|"#
            + #"\b(?:esta|nuestra) (?:augusta |honorable )?Asamblea\b|"#
            + #"\b(?:эт(?:а|ой|у)|наш(?:а|ей|у)) "#
            + #"(?:высок(?:ая|ой|ую) |уважаем(?:ая|ой|ую) )?Ассамбле[яиюе]\b|"#
            + #"本大会|هذه الجمعية(?! \p{L}+ية)|جمعيتنا(?: الموقرة)?"#)

    /// Words for assemblies that are not the UN's: with one of them in the text, "this Assembly" may be it.
    static let otherAssembly = Pattern(
        #"(?i)\b(?:National|Parliamentary|Legislative|Constituent|People's|World Health|Health) Assembly\b|"#
            + #"\bAssembl[ée]e (?:nationale|parlementaire|législative|constituante)\b|"#
            + #"\bAsamblea (?:Nacional|Parlamentaria|Legislativa|Constituyente)\b|"#
            + #"\b(?:Национальн|Парламентск|Законодательн)\w* ассамбле\w*|"#
            + #"الجمعية الوطنية|الجمعية البرلمانية|"#
            + #"جمعية الصحة العالمية|全国人民代表大会|议会大会"#)

    /// The General Assembly, for a speech whose opening lines name no forum but whose words address the
    /// Assembly as "this Assembly". Weaker than a named forum.
    func assemblyAddressed(_ s: inout Statement) {
        let text = doc.text
        guard let hit = Self.assemblyDeixis.firstMatch(in: text), Self.unNamed.firstMatch(in: text) != nil,
            Self.otherAssembly.firstMatch(in: text) == nil,
            !lexicon.all(in: text, limit: 40).contains(where: {
                $0.forum != "General Assembly" && isAssembly($0.forum)
            })
        else { return }
        s.forum = Attributed(
            "General Assembly",
            doc.provenance(
                .inferred, rule: "forum.addressed-assembly", confidence: 0.55, range: hit.range,
                reason: "the speech speaks of “\(hit.value)”, and the United Nations has one assembly of all its "
                    + "members; no other assembly is named"))
    }

    private func isAssembly(_ forum: String) -> Bool {
        forum.localizedCaseInsensitiveContains("assembly") || forum.localizedCaseInsensitiveContains("summit")
    }

    /// A line of running text: a dozen words or more ending as a sentence ends. A heading rarely does both.
    static func isSentence(_ line: String) -> Bool {
        guard let last = line.last, ".!?。！？؟".contains(last) else { return false }
        return line.split(separator: " ").count >= 12
    }
}
