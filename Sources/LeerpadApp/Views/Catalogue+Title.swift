import LeerpadCore

extension Catalogue {
    /// The title of the module `moduleID` in `language`, or the id when the catalogue has no such module.
    public func title(of moduleID: String, in language: Language) -> String {
        module(moduleID)?.title[language] ?? moduleID
    }
}
