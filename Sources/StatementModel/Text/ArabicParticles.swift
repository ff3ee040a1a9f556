/// Arabic writes "and", "so", "in/by" and "to" joined to the word they govern: "وليبيا" (and Libya),
/// "بغزة" (in Gaza), "للجمعية العامة" (to the General Assembly). A name matched as a whole word is
/// missed in those forms unless they are listed beside it.
enum ArabicParticles {
    static let joined = ["و", "ف", "ب", "وب", "فب"]
    /// "To", and "and to", "so to": before the article "ال" they take its alif.
    static let to = ["ل", "ول", "فل"]

    /// A name and its forms with the joined particles; a name in another script as it is. Before the
    /// article, "to" takes the article's alif ("ل" + "الجمعية" is "للجمعية"), and three lams are
    /// written two ("ل" + "الليبية" is "لليبية").
    static func forms(of name: String) -> [String] {
        guard let first = name.unicodeScalars.first, (0x0600...0x06FF).contains(first.value) else {
            return [name]
        }
        let toForm: Substring =
            name.hasPrefix("الل") ? name.dropFirst(2) : name.hasPrefix("ال") ? name.dropFirst() : Substring(name)
        return [name] + joined.map { $0 + name } + to.map { $0 + toForm }
    }
}
