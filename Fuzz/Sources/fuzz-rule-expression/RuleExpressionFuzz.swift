import FuzzSupport
import LeerpadCore

let levels = FuzzSupport.model.levels

/// Feeds the bytes, as UTF-8 text, to the rule-expression parser, and a parsed condition to
/// what `leerpad rules lint` does with it (the satisfiability check with the built-in model's
/// levels). A thrown ``RuleSyntaxError`` is the correct answer to bad input. A parsed
/// condition must also survive a round trip: its description (shown in lint messages and
/// explanations) parses back to the same condition, unless the description itself passes
/// the parser's length or nesting limit (it adds parentheses). Only a trap, a sanitizer
/// report or a failed round trip counts as a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRuleExpression(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    let expression: RuleExpression
    do {
        expression = try RuleExpressionParser.parse(text)
    } catch {
        _ = error.description
        return 0
    }
    _ = expression.references
    _ = RuleSatisfiability.isSatisfiable(expression, levels: levels)
    let printed = expression.description
    do {
        let reparsed = try RuleExpressionParser.parse(printed)
        precondition(reparsed == expression, "round trip changed \(text) into \(printed)")
    } catch {
        let limit = error.message.contains("nest more than") || error.message.contains("at most")
        precondition(limit, "the description \(printed) of \(text) does not parse: \(error)")
    }
    return 0
}
