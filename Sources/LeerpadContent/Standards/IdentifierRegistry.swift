/// Hands out native, unique identifiers for one import, warning when a feed's id changes.
struct IdentifierRegistry {
    private var used: Set<String> = []

    /// A native, unique id for `raw`; `nil` (with an error) when nothing usable is left.
    mutating func native(
        _ raw: String, at element: XMLElementNode, what: String, diagnostics: inout ImportDiagnostics
    ) -> String? {
        guard let slug = IdentifierSlug.isNative(raw) ? raw : IdentifierSlug.slug(raw) else {
            diagnostics.error(element, "the \(what) '\(raw)' has no letters or digits to make an id from")
            return nil
        }
        let id = unique(slug)
        if id != raw { diagnostics.warning(element, "the \(what) '\(raw)' becomes '\(id)' in the Leerpad catalogue") }
        return id
    }

    /// `candidate`, or `candidate-2`, `-3`, … when it is taken.
    mutating func unique(_ candidate: String) -> String {
        var id = candidate
        var counter = 2
        while used.contains(id) {
            id = String(candidate.prefix(76)) + "-\(counter)"
            counter += 1
        }
        used.insert(id)
        return id
    }
}
