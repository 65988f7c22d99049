import LeerpadCore

/// A catalogue imported from a standard feed, with the warnings the import produced.
///
/// Warnings name what the native catalogue could not take over or had to assume (unknown
/// elements, fields Leerpad has no place for, defaults for missing values), each with the
/// feed's file, line and column; their messages start with `warning: `.
public struct CatalogueImport: Sendable {
    /// The imported catalogue.
    public var catalogue: Catalogue
    /// What the import could not take over or had to assume.
    public var warnings: [XMLDiagnostic]
}
