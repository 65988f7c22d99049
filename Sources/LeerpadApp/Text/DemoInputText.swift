import Forecasting
import LeerpadCore
import Routing

/// What is wrong with a file, series or problem given to the demos, in the user's language.
///
/// The demo libraries (Routing, Forecasting) know no languages: their errors carry what was wrong
/// as values and describe themselves in English. The English text is theirs
/// (`DemoInputText+English.swift`); the Dutch one is in `DemoInputText+Dutch.swift`, an exhaustive
/// switch over every case of every error, so a new error without its Dutch text does not compile.
public enum DemoInputText: TextCatalogue {
    /// A monthly series file.
    case series(SeriesReadError)
    /// A series that cannot be forecast.
    case forecasting(ForecastingError)
    /// A scenario, VRPLIB or solution file.
    case routingInput(RoutingInputError)
    /// A routing problem that cannot be built.
    case routingProblem(RoutingProblemError)

    /// The text for `error` when it is one of the demo libraries' errors, nil otherwise.
    public init?(_ error: any Error) {
        switch error {
        case let error as SeriesReadError: self = .series(error)
        case let error as ForecastingError: self = .forecasting(error)
        case let error as RoutingInputError: self = .routingInput(error)
        case let error as RoutingProblemError: self = .routingProblem(error)
        default: return nil
        }
    }

    /// The text of `error` in `language`: this catalogue's for the demo libraries' errors, the error's own
    /// description otherwise.
    public static func describe(_ error: any Error, in language: Language) -> String {
        DemoInputText(error)?.text(language) ?? String(describing: error)
    }
}
