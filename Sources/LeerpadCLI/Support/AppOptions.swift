import ArgumentParser
import LeerpadApp
import LeerpadContent
import LeerpadCore

/// The options of every command on stored teams: the database (`--db`), the Content
/// (`--content`, `--model`) and its replacements (`--catalogue`, `--rules`).
struct AppOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions
    @OptionGroup var contentBundle: ContentBundleOptions

    /// The Content directory and model options.
    var content: ContentOptions { contentBundle.content }

    /// The Content with the given replacements.
    func bundle() throws -> ContentBundle { try contentBundle.bundle() }

    /// The use cases over the opened store and the Content.
    func leerpad() throws -> Leerpad { try store.leerpad(try bundle()) }

    /// Prints the progress of the team called `name`, with its access code when asked.
    func printReport(ofTeam name: String, output: OutputOptions, showingAccessCode: Bool) throws {
        let leerpad = try leerpad()
        let (report, leaderboard) = try UseCase.run(output.language) { () throws(AppError) in
            let team = try leerpad.team(named: name)
            return (try leerpad.report(for: team), try leerpad.leaderboard(around: team))
        }
        let progress = ProgressView(
            report, leaderboard: leaderboard, content: leerpad.content, language: output.language)
        try output.printProgress(progress, accessCode: showingAccessCode ? report.team.accessCode : nil)
    }
}
