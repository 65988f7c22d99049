import Foundation
import Testing

@testable import Forecasting

/// Reference values computed with statsforecast 2.1.1 (`statsforecast.ets.pegelsresid_C`, which
/// returns n·log(SSE) (+ 2Σlog|ŷ| for multiplicative error)) on the series below, with the
/// listed parameters and initial states (seasonal states most recent first), on 2026-11-26.
@Suite("ETS likelihood against statsforecast")
struct LikelihoodReferenceTests {
    static let y: [Double] = [
        112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, 115, 126, 141, 135, 125, 149,
        170, 170, 158, 133, 114, 140, 145, 150, 178, 163, 172, 178, 199, 199, 184, 162, 146, 166,
    ]

    struct Case: Sendable, CustomTestStringConvertible {
        let spec: String
        let parameters: ETSParameters
        let state: ETSState
        let seasonLength: Int
        let expected: Double
        var testDescription: String { spec }
    }

    static let cases: [Case] = [
        Case(
            spec: "MAdM", parameters: ETSParameters(alpha: 0.3, beta: 0.05, gamma: 0.1, phi: 0.95),
            state: ETSState(level: 120, trend: 1.5, seasonal: [0.95, 1.05, 1.1, 0.9]), seasonLength: 4,
            expected: 344.4034090925571),
        Case(
            spec: "AAA", parameters: ETSParameters(alpha: 0.3, beta: 0.05, gamma: 0.1),
            state: ETSState(level: 120, trend: 1.5, seasonal: [-5, 3, 8, -6]), seasonLength: 4,
            expected: 346.87747435290134),
        Case(
            spec: "ANN", parameters: ETSParameters(alpha: 0.5), state: ETSState(level: 112), seasonLength: 1,
            expected: 332.1618695338981),
    ]

    @Test("Fixed-parameter likelihood equals statsforecast's", arguments: cases)
    func fixedParameters(c: Case) throws {
        let spec = try #require(ETSSpecification(c.spec))
        let out = ETSRecursion.filter(
            Self.y, spec: spec, parameters: c.parameters, initial: c.state, seasonLength: c.seasonLength)
        #expect(abs(out.likelihood - c.expected) < 1e-8)
    }

    @Test("The optimiser reaches statsforecast's optimum for ETS(M,N,M), m = 4")
    func fittedOptimum() throws {
        // statsforecast etsmodel(y, 4, 'M','N','M', damped=False): −2 log L = 319.5654127066686, AICc 337.5654127066686
        let model = try ETSModel.fit(
            Self.y, specification: ETSSpecification(error: .multiplicative, trend: .none, season: .multiplicative),
            seasonLength: 4)
        #expect(model.likelihood < 319.5654127066686 + 0.5)
        // α, γ, ℓ0, three free seasonal states, σ²: 7 parameters, so AICc = −2logL + 14 + 2·7·8/28 (= +18 as statsforecast)
        #expect(model.parameterCount == 7)
        #expect(abs(model.aicc - (model.likelihood + 18)) < 1e-9)
    }

    @Test("Schur–Cohn root test agrees with known roots")
    func rootTest() {
        // (z − 0.9)(z − 0.2): inside; (z − 0.5)(z − 3): outside; z² + 1: on the circle (inside 1 + 1e−10)
        #expect(ETSAdmissibility.rootsWithinRadius([0.18, -1.1, 1], radius: 1 + 1e-10))
        #expect(!ETSAdmissibility.rootsWithinRadius([1.5, -3.5, 1], radius: 1 + 1e-10))
        #expect(ETSAdmissibility.rootsWithinRadius([1, 0, 1], radius: 1 + 1e-6))
        #expect(!ETSAdmissibility.rootsWithinRadius([1.2, 0, 1], radius: 1 + 1e-10))
    }
}

@Suite("Estimation kernel")
struct KernelTests {
    @Test(
        "The fast kernel equals the reference recursion for every ETS form",
        arguments: [
            "ANN", "AAN", "AAdN", "ANA", "AAA", "AAdA", "MNN", "MAN", "MAdN", "MNA", "MAA", "MAdA", "MNM", "MAM",
            "MAdM",
        ])
    func kernelMatchesRecursion(name: String) throws {
        let spec = try #require(ETSSpecification(name))
        let y = LikelihoodReferenceTests.y
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<20 {
            func u(_ a: Double, _ b: Double) -> Double { a + (b - a) * Double(rng.next() >> 11) / Double(1 << 53) }
            let alpha = u(0.05, 0.6)
            let p = ETSParameters(alpha: alpha, beta: u(0.0001, alpha), gamma: u(0.0001, 1 - alpha), phi: u(0.8, 0.98))
            let m = spec.season == .none ? 1 : 4
            var seasonal: [Double] = []
            if spec.season == .multiplicative { seasonal = [1.1, 0.95, 0.9, 1.05] }
            if spec.season == .additive { seasonal = [8, -4, -9, 5] }
            let state = ETSState(level: u(100, 130), trend: u(-1, 3), seasonal: seasonal)
            var x: [Double] = [p.alpha]
            if spec.trend != .none { x.append(p.beta) }
            if spec.season != .none { x.append(p.gamma) }
            if spec.damped { x.append(p.phi) }
            x.append(state.level)
            if spec.trend != .none { x.append(state.trend) }
            x += seasonal.dropLast()
            var bounds = ETSBounds()
            bounds.checkAdmissible = false
            let kernel = ETSLikelihoodKernel(y: y, spec: spec, period: m, bounds: bounds)
            let fast = x.withUnsafeBufferPointer { kernel.evaluate($0) }
            let reference = ETSRecursion.filter(y, spec: spec, parameters: p, initial: state, seasonLength: m)
                .likelihood
            #expect(abs(fast - reference) < 1e-7 * max(1, abs(reference)), "\(name): \(fast) vs \(reference)")
        }
    }
}
