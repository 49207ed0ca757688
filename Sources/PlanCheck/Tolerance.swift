/// KPI and objective comparisons: relative tolerance 1e-6, absolute 1e-6 for values near 0.
func approximatelyEqual(_ a: Double, _ b: Double) -> Bool {
    let tolerance = 1e-6
    return abs(a - b) <= tolerance * max(1, abs(a), abs(b))
}

/// `a ≤ b` up to the same tolerance.
func approximatelyAtMost(_ a: Double, _ b: Double) -> Bool {
    a <= b || approximatelyEqual(a, b)
}
