import LeerpadCore

/// Checks that XCRI-CAP and EDU-DEX imports share: bilingual texts and raised levels.
extension ImportDiagnostics {
    /// Dutch and English from `texts` (keyed by language); when one is missing the other serves
    /// both, with a warning; `nil` (without a diagnostic) when there is no text at all.
    mutating func bilingual(_ texts: [String: String], at element: XMLElementNode, what: String) -> LocalizedText? {
        switch (texts["nl"], texts["en"]) {
        case let (dutch?, english?): return LocalizedText(dutch: dutch, english: english)
        case (let dutch?, nil):
            warning(element, "\(what) has no English version; the Dutch text is used for both")
            return LocalizedText(dutch: dutch, english: dutch)
        case (nil, let english?):
            warning(element, "\(what) has no Dutch version; the English text is used for both")
            return LocalizedText(dutch: english, english: english)
        case (nil, nil):
            guard let other = texts.sorted(by: { $0.key < $1.key }).first else { return nil }
            warning(element, "\(what) is only in '\(other.key)'; used for Dutch and English")
            return LocalizedText(dutch: other.value, english: other.value)
        }
    }

    /// Errors for a subdimension or level that `model` (when given) does not define.
    mutating func checkRaises(
        _ target: LevelTarget, against model: MaturityModel?, at element: XMLElementNode, what: String
    ) {
        guard let model else { return }
        if model.subdimension(target.subdimensionID) == nil {
            error(element, "\(what) raises '\(target.subdimensionID)', which is no subdimension of the model")
        }
        if !model.levels.contains(where: { $0.number == target.level }) {
            error(element, "\(what) brings a team to level \(target.level), which the model does not define")
        }
    }

    /// The modules with each prerequisite that names a module of the same import added, in order;
    /// a warning, worded by `unknown(moduleID, prerequisite)`, at each prerequisite that does not.
    mutating func resolvingPrerequisites(
        _ modules: [(module: TrainingModule, prerequisites: [(id: String, element: XMLElementNode)])],
        unknown: (_ moduleID: String, _ prerequisite: String) -> String
    ) -> [TrainingModule] {
        let known = Set(modules.map(\.module.id))
        return modules.map { entry in
            var module = entry.module
            for (id, element) in entry.prerequisites {
                if known.contains(id) {
                    module.prerequisites.append(id)
                } else {
                    warning(element, unknown(module.id, id))
                }
            }
            return module
        }
    }
}
