import ArgumentParser
import Foundation
import LeerpadContent
import LeerpadCore

/// The options that choose every Content file: the directory and the model (`--content`,
/// `--model`), and replacements of the catalogue and the rules (`--catalogue`, `--rules`).
struct ContentBundleOptions: ParsableArguments {
    @OptionGroup var content: ContentOptions

    @Option(help: "A catalogue file to use instead of Content/catalogue.xml.")
    var catalogue: String?

    @Option(help: "A rules file to use instead of Content/rules.xml.")
    var rules: String?

    /// Every Content file, with the given replacements.
    func bundle() throws -> ContentBundle {
        let directory = try content.directory()
        return try ContentLocation.reporting { () throws(ContentError) in
            try directory.loadBundle(
                model: content.model.map { URL(fileURLWithPath: $0) },
                catalogue: catalogue.map { URL(fileURLWithPath: $0) }, rules: rules.map { URL(fileURLWithPath: $0) })
        }
    }
}
