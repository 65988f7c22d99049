/// The admissible (forecastable) region of Hyndman et al. (2008), as `forecast::ets` checks it.
public enum ETSAdmissibility {
    /// Whether the parameters give a stable, forecastable model.
    public static func isAdmissible(_ p: ETSParameters, spec: ETSSpecification, seasonLength m: Int) -> Bool {
        let phi = spec.damped ? p.phi : 1
        let alpha = p.alpha
        if phi < 0 || phi > 1 + 1e-8 { return false }
        if spec.season == .none || m <= 1 {
            if alpha < 1 - 1 / phi || alpha > 1 + 1 / phi { return false }
            if spec.trend != .none && (p.beta < alpha * (phi - 1) || p.beta > (1 + phi) * (2 - alpha)) { return false }
            return true
        }
        let beta = spec.trend != .none ? p.beta : 0
        let gamma = p.gamma
        let mm = Double(m)
        if gamma < max(1 - 1 / phi - alpha, 0) || gamma > 1 + 1 / phi - alpha { return false }
        if alpha < 1 - 1 / phi - gamma * (1 - mm + phi + phi * mm) / (2 * phi * mm) { return false }
        if beta < -(1 - phi) * (gamma / mm + alpha) { return false }
        // characteristic polynomial, increasing powers
        var poly = [Double](repeating: alpha + beta - alpha * phi, count: m + 2)
        poly[0] = phi * (1 - alpha - gamma)
        poly[1] = alpha + beta - alpha * phi + gamma - 1
        poly[m] = alpha + beta - phi
        poly[m + 1] = 1
        return rootsWithinRadius(poly, radius: 1 + 1e-10)
    }

    /// Whether every root of Σ c_k z^k has modulus below `radius` (Schur–Cohn–Jury recursion).
    /// - Complexity: O(d²) for degree d.
    public static func rootsWithinRadius(_ coefficients: [Double], radius: Double) -> Bool {
        var a = coefficients
        var scale = 1.0
        for k in 0..<a.count {
            a[k] *= scale
            scale *= radius
        }
        while let last = a.last, last == 0, a.count > 1 { a.removeLast() }
        var n = a.count - 1
        while n > 0 {
            let a0 = a[0]
            let an = a[n]
            if abs(a0) >= abs(an) { return false }
            var next = [Double](repeating: 0, count: n)
            for k in 0..<n { next[k] = an * a[k + 1] - a0 * a[n - 1 - k] }
            // normalise to avoid under/overflow
            let norm = next.reduce(0) { max($0, abs($1)) }
            if norm == 0 || !norm.isFinite { return false }
            a = next.map { $0 / norm }
            n -= 1
        }
        return true
    }
}

extension ETSAdmissibility {
    /// Schur–Cohn test on `coefficients[0...degree]` (overwritten), using `scratch` of the same size.
    static func rootsWithinRadius(
        _ coefficients: UnsafeMutablePointer<Double>, scratch: UnsafeMutablePointer<Double>,
        degree: Int, radius: Double
    ) -> Bool {
        var a = coefficients
        var b = scratch
        var scale = 1.0
        for k in 0...degree {
            a[k] *= scale
            scale *= radius
        }
        var n = degree
        while n > 0 && a[n] == 0 { n -= 1 }
        while n > 0 {
            let a0 = a[0]
            let an = a[n]
            if abs(a0) >= abs(an) { return false }
            for k in 0..<n { b[k] = an * a[k + 1] - a0 * a[n - 1 - k] }
            // rescale only when the leading coefficient drifts far from 1
            let lead = abs(b[n - 1])
            if !(lead > 1e-100 && lead < 1e100) {
                guard lead > 0 && lead.isFinite else { return false }
                let inv = 1 / lead
                for k in 0..<n { b[k] *= inv }
            }
            swap(&a, &b)
            n -= 1
        }
        return true
    }
}
