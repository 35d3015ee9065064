//! The one sort the engine uses: a heapsort.
//!
//! Why not `slice::sort`: the standard sorts (driftsort, ipnsort) are fast but large, and every
//! element type and comparison instantiates their whole machinery again — measured at about
//! 9 KB of the gzipped WASM package for the engine's handful of sorts. The lists sorted here are
//! short (deadlines, missing facts, the keys of one object, equated days), so a heapsort's small
//! code is the better trade; it keeps `O(n log n)` comparisons in the worst case (an input with
//! 100 000 unknown keys sorts them in ~1.7 million comparisons) and allocates nothing.
//!
//! It is not stable. Every list sorted with it has distinct keys, or equal elements that are
//! indistinguishable (then removed by `dedup`), so the result is the same as a stable sort's;
//! the tests below check that against `slice::sort`.

/// Sorts `v` in place so that no element is `less` than the one before it.
pub fn sort_by<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    let n = v.len();
    for i in (0..n / 2).rev() {
        sift_down(v, i, n, &mut less);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end, &mut less);
    }
}

/// Sorts `v` in place in ascending order.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, |a, b| a < b);
}

/// Restores the max-heap property of `v[..end]` below `node` (`end <= v.len()`: every index
/// used is below `end`).
fn sift_down<T>(v: &mut [T], mut node: usize, end: usize, less: &mut impl FnMut(&T, &T) -> bool) {
    loop {
        let mut child = 2 * node + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && less(&v[child], &v[child + 1]) {
            child += 1;
        }
        if !less(&v[node], &v[child]) {
            return;
        }
        v.swap(node, child);
        node = child;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_as_the_standard_sort_does(mut v in proptest::collection::vec(any::<i16>(), 0..300)) {
            let mut expected = v.clone();
            expected.sort();
            sort(&mut v);
            prop_assert_eq!(v, expected);
        }

        #[test]
        fn sorts_strings_by_a_key(mut v in proptest::collection::vec("[a-d/~]{0,4}", 0..100)) {
            let mut expected = v.clone();
            expected.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
            sort_by(&mut v, |a, b| b.len().cmp(&a.len()).then(a.cmp(b)).is_lt());
            prop_assert_eq!(v, expected);
        }
    }

    #[test]
    fn edge_cases() {
        let mut empty: Vec<u8> = vec![];
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut one = vec![7];
        sort(&mut one);
        assert_eq!(one, [7]);
        let mut rev: Vec<u32> = (0..1000).rev().collect();
        sort(&mut rev);
        assert!(rev.windows(2).all(|w| w[0] < w[1]));
    }
}
