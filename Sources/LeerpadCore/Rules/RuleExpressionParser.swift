/// Parses the rule condition language (see `Content/schema/rules.xsd`):
///
///     expression := and ("or" and)*
///     and        := unary ("and" unary)*
///     unary      := "not" unary | "(" expression ")" | comparison
///     comparison := term operator term
///     term       := number | metric "(" id ")"
///
/// Metrics are `score`, `level`, `spread`, `dontknow` and `respondents`; operators `<`, `<=`,
/// `>`, `>=`, `=` (or `==`) and `!=`. Keywords are case-insensitive.
///
/// A condition has at most ``maximumLength`` characters and nests `not` and parentheses at
/// most ``maximumNesting`` deep, so that no file can drive the recursive parser, or the
/// recursive walks over the parsed tree, off the stack.
public enum RuleExpressionParser {
    /// The longest condition accepted, in characters.
    public static let maximumLength = 10_000
    /// The deepest nesting of `not` and parentheses accepted.
    public static let maximumNesting = 100

    /// Parses `text`, or throws the first syntax error with its offset.
    /// - Complexity: O(*n*) in the length of the text.
    public static func parse(_ text: String) throws(RuleSyntaxError) -> RuleExpression {
        guard text.count <= maximumLength else {
            throw RuleSyntaxError(
                offset: maximumLength, message: "a condition may have at most \(maximumLength) characters")
        }
        var parser = Parser(tokens: try tokenize(text), end: text.count)
        let expression = try parser.parseOr()
        if let extra = parser.peek {
            throw RuleSyntaxError(
                offset: extra.offset, message: "unexpected '\(extra.text)' after a complete condition")
        }
        return expression
    }

    struct Token: Equatable {
        enum Kind: Equatable { case word, number, symbol }
        var kind: Kind
        var text: String
        var offset: Int
    }

    static func tokenize(_ text: String) throws(RuleSyntaxError) -> [Token] {
        let characters = Array(text)
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
            } else if character.isLetter {
                let start = index
                while index < characters.count,
                    characters[index].isLetter || characters[index].isNumber || "-_.".contains(characters[index])
                {
                    index += 1
                }
                tokens.append(Token(kind: .word, text: String(characters[start..<index]), offset: start))
            } else if character.isNumber {
                let start = index
                while index < characters.count, characters[index].isNumber || characters[index] == "." { index += 1 }
                // Ids may start with a digit ("3d-modelling"): continue as a word if letters follow.
                if index < characters.count, characters[index].isLetter || characters[index] == "-" {
                    while index < characters.count,
                        characters[index].isLetter || characters[index].isNumber || "-_.".contains(characters[index])
                    {
                        index += 1
                    }
                    tokens.append(Token(kind: .word, text: String(characters[start..<index]), offset: start))
                } else {
                    tokens.append(Token(kind: .number, text: String(characters[start..<index]), offset: start))
                }
            } else if "<>=!".contains(character) {
                let start = index
                index += 1
                if index < characters.count, characters[index] == "=" { index += 1 }
                let symbol = String(characters[start..<index])
                guard symbol != "!" else { throw RuleSyntaxError(offset: start, message: "'!' must be '!='") }
                tokens.append(Token(kind: .symbol, text: symbol == "==" ? "=" : symbol, offset: start))
            } else if "()".contains(character) {
                tokens.append(Token(kind: .symbol, text: String(character), offset: index))
                index += 1
            } else {
                throw RuleSyntaxError(offset: index, message: "unexpected character '\(character)'")
            }
        }
        return tokens
    }

    struct Parser {
        var tokens: [Token]
        var position = 0
        let end: Int
        /// How many `parseUnary` calls are open: the nesting of `not` and parentheses.
        var depth = 0

        var peek: Token? { position < tokens.count ? tokens[position] : nil }

        mutating func next() -> Token? {
            defer { position += 1 }
            return peek
        }

        mutating func accept(keyword: String) -> Bool {
            guard let token = peek, token.kind == .word, token.text.lowercased() == keyword else { return false }
            position += 1
            return true
        }

        mutating func expect(symbol: String, context: String) throws(RuleSyntaxError) {
            guard let token = next() else {
                throw RuleSyntaxError(offset: end, message: "expected '\(symbol)' \(context), found the end")
            }
            guard token.kind == .symbol, token.text == symbol else {
                throw RuleSyntaxError(
                    offset: token.offset, message: "expected '\(symbol)' \(context), found '\(token.text)'")
            }
        }

        mutating func parseOr() throws(RuleSyntaxError) -> RuleExpression {
            var expression = try parseAnd()
            while accept(keyword: "or") { expression = .or(expression, try parseAnd()) }
            return expression
        }

        mutating func parseAnd() throws(RuleSyntaxError) -> RuleExpression {
            var expression = try parseUnary()
            while accept(keyword: "and") { expression = .and(expression, try parseUnary()) }
            return expression
        }

        mutating func parseUnary() throws(RuleSyntaxError) -> RuleExpression {
            depth += 1
            defer { depth -= 1 }
            guard depth <= RuleExpressionParser.maximumNesting else {
                throw RuleSyntaxError(
                    offset: peek?.offset ?? end,
                    message: "'not' and '(' nest more than \(RuleExpressionParser.maximumNesting) deep")
            }
            if accept(keyword: "not") { return .not(try parseUnary()) }
            if let token = peek, token.kind == .symbol, token.text == "(" {
                position += 1
                let inner = try parseOr()
                try expect(symbol: ")", context: "to close the '(' at character \(token.offset + 1)")
                return inner
            }
            let lhs = try parseTerm()
            guard let token = next() else {
                throw RuleSyntaxError(
                    offset: end, message: "expected a comparison operator after '\(lhs)', found the end")
            }
            guard token.kind == .symbol, let op = ComparisonOperator(rawValue: token.text) else {
                throw RuleSyntaxError(
                    offset: token.offset,
                    message: "expected a comparison operator after '\(lhs)', found '\(token.text)'")
            }
            let rhs = try parseTerm()
            if case .number = lhs, case .number = rhs {
                throw RuleSyntaxError(
                    offset: token.offset, message: "a comparison needs a measured quantity on one side")
            }
            return .comparison(lhs, op, rhs)
        }

        mutating func parseTerm() throws(RuleSyntaxError) -> RuleTerm {
            guard let token = next() else {
                throw RuleSyntaxError(
                    offset: end, message: "expected a number or a metric such as score(id), found the end")
            }
            switch token.kind {
            case .number:
                guard let value = Double(token.text) else {
                    throw RuleSyntaxError(offset: token.offset, message: "'\(token.text)' is not a number")
                }
                guard value.isFinite else {
                    throw RuleSyntaxError(offset: token.offset, message: "'\(token.text)' is too large a number")
                }
                return .number(value)
            case .word:
                guard let metric = Metric(rawValue: token.text.lowercased()) else {
                    let known = Metric.allCases.map(\.rawValue).joined(separator: ", ")
                    throw RuleSyntaxError(
                        offset: token.offset, message: "unknown metric '\(token.text)'; use one of \(known)")
                }
                try expect(symbol: "(", context: "after \(metric.rawValue)")
                guard let id = next(), id.kind == .word else {
                    throw RuleSyntaxError(
                        offset: peekOffset(back: 1),
                        message: "expected a subdimension or dimension id in \(metric.rawValue)(…)")
                }
                try expect(symbol: ")", context: "after \(metric.rawValue)(\(id.text)")
                return .metric(MetricReference(metric, id.text))
            case .symbol:
                throw RuleSyntaxError(
                    offset: token.offset,
                    message: "expected a number or a metric such as score(id), found '\(token.text)'")
            }
        }

        func peekOffset(back: Int) -> Int {
            let index = position - back
            return index >= 0 && index < tokens.count ? tokens[index].offset : end
        }
    }
}
