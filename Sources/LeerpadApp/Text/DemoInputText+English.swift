import Foundation

extension DemoInputText {
    /// The text in English: the demo libraries' own descriptions.
    public var english: String {
        switch self {
        case .series(let error): error.errorDescription ?? "\(error)"
        case .forecasting(let error): error.errorDescription ?? "\(error)"
        case .routingInput(let error): error.description
        case .routingProblem(let error): error.description
        }
    }
}
