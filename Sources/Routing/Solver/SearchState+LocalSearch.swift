/// Granular local search: for each customer `u` and each neighbour `v` in its list, try
/// relocate (1–3 customers, or-opt, optionally reversed), swap, 2-opt* (both variants)
/// and intra-route 2-opt, applying the first improving move. Every move is evaluated in
/// O(1) from the per-customer prefix caches; only pairs whose routes changed since `u`
/// was last examined are re-examined.
extension SearchState {
    private static let epsilon = 1e-9

    /// Applies improving moves until none is left, or until `shouldStop` (asked every 32 customers) says so.
    mutating func localSearch(order: [Int], shouldStop: () -> Bool = { false }) {
        var improved = true
        var examined = 0
        while improved {
            improved = false
            for u in order {
                examined += 1
                if examined & 31 == 0, shouldStop() { return }
                if routeOf[u] < 0 { continue }
                let lastTest = lastTested[u]
                lastTested[u] = clock
                for v in ctx.neighbours[u] {
                    let ru = routeOf[u]
                    let rv = routeOf[v]
                    if rv < 0 { continue }
                    if max(modifiedAt[ru], modifiedAt[rv]) <= lastTest { continue }
                    if tryMoves(u, v) { improved = true }
                }
            }
        }
    }

    private mutating func tryMoves(_ u: Int, _ v: Int) -> Bool {
        let rv = routeOf[v]
        // Relocate u (and the 1–2 customers after it) between v and its successor.
        if trySegmentMove(u: u, length: 1, targetRoute: rv, insertIndex: posOf[v] + 1) { return true }
        if posOf[v] == 0, trySegmentMove(u: u, length: 1, targetRoute: rv, insertIndex: 0) { return true }
        if trySwap(u, v) { return true }
        if trySegmentMove(u: u, length: 2, targetRoute: routeOf[v], insertIndex: posOf[v] + 1) { return true }
        if trySegmentMove(u: u, length: 3, targetRoute: routeOf[v], insertIndex: posOf[v] + 1) { return true }
        if routeOf[u] != routeOf[v] {
            if tryTwoOptStarTail(u, v) { return true }
            if ctx.symmetric, tryTwoOptStarReversed(u, v) { return true }
        } else if ctx.symmetric {
            if tryTwoOptIntra(u, v) { return true }
        }
        return false
    }

    /// Moves the segment of `length` customers starting at `u` to position `insertIndex`
    /// of `targetRoute` (between the customers at `insertIndex − 1` and `insertIndex`).
    mutating func trySegmentMove(u: Int, length k: Int, targetRoute rv: Int, insertIndex: Int) -> Bool {
        let ru = routeOf[u]
        let start = posOf[u]
        let count = routes[ru].count
        if start + k > count { return false }
        if ru == rv, insertIndex >= start, insertIndex <= start + k { return false }
        let x = routes[ru][start + k - 1]
        let pu = start == 0 ? 0 : routes[ru][start - 1]
        let sx = start + k == count ? 0 : routes[ru][start + k]
        let targetCount = routes[rv].count
        let a = insertIndex == 0 ? 0 : routes[rv][insertIndex - 1]
        let b = insertIndex == targetCount ? 0 : routes[rv][insertIndex]
        movesEvaluated &+= 1
        let remove = ctx.d(pu, u) + ctx.d(x, sx) - ctx.d(pu, sx)
        let ab = ctx.d(a, b)
        var add = ctx.d(a, u) + ctx.d(x, b) - ab
        var reversed = false
        if k > 1, ctx.symmetric {
            let addReversed = ctx.d(a, x) + ctx.d(u, b) - ab
            if addReversed < add {
                add = addReversed
                reversed = true
            }
        }
        let delta = add - remove
        if delta > -Self.epsilon { return false }
        if ru != rv {
            let segmentLoad = prefixLoad[x] - prefixLoad[u] + ctx.demand[u]
            if routeLoad[rv] + segmentLoad > ctx.capacity + ctx.capacityTolerance { return false }
            let segmentLength = prefixDist[x] - prefixDist[u]
            if routeDist[rv] + add + segmentLength > ctx.maxLength { return false }
            if routeDist[ru] - remove - segmentLength > ctx.maxLength { return false }
        } else if routeDist[ru] + delta > ctx.maxLength {
            return false
        }
        var segment = Array(routes[ru][start..<(start + k)])
        if reversed { segment.reverse() }
        routes[ru].removeSubrange(start..<(start + k))
        if ru == rv {
            let index = insertIndex > start ? insertIndex - k : insertIndex
            routes[ru].insert(contentsOf: segment, at: index)
            refresh(ru)
        } else {
            routes[rv].insert(contentsOf: segment, at: insertIndex)
            refresh(ru)
            refresh(rv)
        }
        return true
    }

    /// Exchanges customers `u` and `v` (non-adjacent when in the same route).
    mutating func trySwap(_ u: Int, _ v: Int) -> Bool {
        let ru = routeOf[u]
        let rv = routeOf[v]
        let pu = pred(u)
        let su = succ(u)
        let pv = pred(v)
        let sv = succ(v)
        if ru == rv, su == v || sv == u { return false }
        movesEvaluated &+= 1
        let deltaU = ctx.d(pu, v) + ctx.d(v, su) - ctx.d(pu, u) - ctx.d(u, su)
        let deltaV = ctx.d(pv, u) + ctx.d(u, sv) - ctx.d(pv, v) - ctx.d(v, sv)
        let delta = deltaU + deltaV
        if delta > -Self.epsilon { return false }
        if ru != rv {
            let qu = ctx.demand[u]
            let qv = ctx.demand[v]
            let limit = ctx.capacity + ctx.capacityTolerance
            if routeLoad[ru] - qu + qv > limit || routeLoad[rv] - qv + qu > limit { return false }
            if routeDist[ru] + deltaU > ctx.maxLength || routeDist[rv] + deltaV > ctx.maxLength { return false }
        } else if routeDist[ru] + delta > ctx.maxLength {
            return false
        }
        let iu = posOf[u]
        let iv = posOf[v]
        routes[ru][iu] = v
        routes[rv][iv] = u
        refresh(ru)
        if rv != ru { refresh(rv) }
        return true
    }

    /// 2-opt* creating arc (u, v): routes become ru[…u] + rv[v…] and rv[…pred v] + ru[succ u…].
    mutating func tryTwoOptStarTail(_ u: Int, _ v: Int) -> Bool {
        let ru = routeOf[u]
        let rv = routeOf[v]
        let su = succ(u)
        let pv = pred(v)
        movesEvaluated &+= 1
        let delta = ctx.d(u, v) + ctx.d(pv, su) - ctx.d(u, su) - ctx.d(pv, v)
        if delta > -Self.epsilon { return false }
        let loadPv = loadThrough(pv)
        let loadA = prefixLoad[u] + routeLoad[rv] - loadPv
        let loadB = loadPv + routeLoad[ru] - prefixLoad[u]
        let limit = ctx.capacity + ctx.capacityTolerance
        if loadA > limit || loadB > limit { return false }
        if ctx.maxLength.isFinite {
            let distA = prefixDist[u] + ctx.d(u, v) + routeDist[rv] - prefixDist[v]
            let headB = pv == 0 ? 0 : prefixDist[pv]
            let tailU = su == 0 ? 0 : routeDist[ru] - prefixDist[su]
            if distA > ctx.maxLength || headB + ctx.d(pv, su) + tailU > ctx.maxLength { return false }
        }
        let iu = posOf[u]
        let iv = posOf[v]
        let a = Array(routes[ru][...iu]) + routes[rv][iv...]
        let b = Array(routes[rv][..<iv]) + routes[ru][(iu + 1)...]
        routes[ru] = a
        routes[rv] = b
        refresh(ru)
        refresh(rv)
        return true
    }

    /// 2-opt* creating arcs (u, v) and (succ u, succ v): ru[…u] + reversed(rv[…v]) and
    /// reversed(ru[succ u…]) + rv[succ v…]. Needs symmetric distances.
    mutating func tryTwoOptStarReversed(_ u: Int, _ v: Int) -> Bool {
        let ru = routeOf[u]
        let rv = routeOf[v]
        let su = succ(u)
        let sv = succ(v)
        movesEvaluated &+= 1
        let delta = ctx.d(u, v) + ctx.d(su, sv) - ctx.d(u, su) - ctx.d(v, sv)
        if delta > -Self.epsilon { return false }
        let loadA = prefixLoad[u] + prefixLoad[v]
        let loadB = routeLoad[ru] + routeLoad[rv] - loadA
        let limit = ctx.capacity + ctx.capacityTolerance
        if loadA > limit || loadB > limit { return false }
        if ctx.maxLength.isFinite {
            let distA = prefixDist[u] + ctx.d(u, v) + prefixDist[v]
            let tailU = su == 0 ? 0 : routeDist[ru] - prefixDist[su]
            let tailV = sv == 0 ? 0 : routeDist[rv] - prefixDist[sv]
            if distA > ctx.maxLength || tailU + ctx.d(su, sv) + tailV > ctx.maxLength { return false }
        }
        let iu = posOf[u]
        let iv = posOf[v]
        let a = Array(routes[ru][...iu]) + routes[rv][...iv].reversed()
        let b = Array(routes[ru][(iu + 1)...].reversed()) + routes[rv][(iv + 1)...]
        routes[ru] = a
        routes[rv] = b
        refresh(ru)
        refresh(rv)
        return true
    }

    /// Intra-route 2-opt creating arc (u, v), with either successors or predecessors joined.
    mutating func tryTwoOptIntra(_ u: Int, _ v: Int) -> Bool {
        let r = routeOf[u]
        var iu = posOf[u]
        var iv = posOf[v]
        var first = u
        var second = v
        if iu > iv {
            swap(&iu, &iv)
            swap(&first, &second)
        }
        // first comes before second in the route.
        let sFirst = succ(first)
        let sSecond = succ(second)
        if sFirst != second {
            movesEvaluated &+= 1
            let delta = ctx.d(first, second) + ctx.d(sFirst, sSecond) - ctx.d(first, sFirst) - ctx.d(second, sSecond)
            if delta < -Self.epsilon, routeDist[r] + delta <= ctx.maxLength {
                routes[r][(iu + 1)...iv].reverse()
                refresh(r)
                return true
            }
        }
        let pFirst = pred(first)
        let pSecond = pred(second)
        if pSecond != first {
            movesEvaluated &+= 1
            let delta = ctx.d(pFirst, pSecond) + ctx.d(first, second) - ctx.d(pFirst, first) - ctx.d(pSecond, second)
            if delta < -Self.epsilon, routeDist[r] + delta <= ctx.maxLength {
                routes[r][iu...(iv - 1)].reverse()
                refresh(r)
                return true
            }
        }
        return false
    }
}
