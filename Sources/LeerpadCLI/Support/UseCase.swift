import ArgumentParser
import LeerpadApp
import LeerpadCore

/// Turns use-case errors into one clear message in the user's language and a non-zero exit.
enum UseCase {
    /// Runs `body`; an ``AppError`` is printed and ends the command.
    @discardableResult
    static func run<T>(_ language: Language, _ body: () throws(AppError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            let field = error.field.flatMap(PlanField.init(rawValue:)).map { "--\(Self.option($0)): " } ?? ""
            printError(field + error.message(in: language))
            throw ExitCode.failure
        }
    }

    /// The command-line option of a plan field.
    static func option(_ field: PlanField) -> String {
        switch field {
        case .budget: "budget"
        case .hours: "hours"
        case .weeks: "weeks"
        case .teamSize: "team-size"
        case .start: "start"
        case .format: "formats"
        }
    }
}
