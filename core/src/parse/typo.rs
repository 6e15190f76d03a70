//! Typo tolerance: Damerau-Levenshtein (optimal string alignment) distance with a small
//! budget that grows with the word's length and never applies to short words.

/// Words longer than this are compared exactly; it keeps the tables on the stack.
pub(crate) const MAX: usize = 32;

/// Edits allowed for a known word of `len` characters.
pub(crate) fn budget(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Whether `typed` is within the typo budget of the known word `known`.
pub(crate) fn within(typed: &str, known: &str) -> bool {
    distance(typed, known, budget(known.chars().count())).is_some()
}

/// The distance between `a` and `b` when it is at most `limit`.
pub(crate) fn distance(a: &str, b: &str, limit: usize) -> Option<usize> {
    if limit == 0 {
        return (a == b).then_some(0);
    }
    let mut ca = ['\0'; MAX];
    let mut cb = ['\0'; MAX];
    let (la, ma) = fill(a, &mut ca)?;
    let (lb, mb) = fill(b, &mut cb)?;
    // One edit changes the length by at most one and the set of letters by at most two.
    if la.abs_diff(lb) > limit || (ma ^ mb).count_ones() as usize > 2 * limit {
        return None;
    }
    let (ca, cb) = (&ca[..la], &cb[..lb]);
    let mut prev2 = [0usize; MAX + 1];
    let mut prev: [usize; MAX + 1] = std::array::from_fn(|j| j);
    let mut cur = [0usize; MAX + 1];
    for i in 1..=la {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=lb {
            let cost = usize::from(ca[i - 1] != cb[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && ca[i - 1] == cb[j - 2] && ca[i - 2] == cb[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > limit {
            return None;
        }
        prev2 = prev;
        prev = cur;
    }
    let d = prev[lb];
    (d <= limit).then_some(d)
}

/// Copies `s` into `out`; returns its length in chars and a 64-bit set of its letters.
fn fill(s: &str, out: &mut [char; MAX]) -> Option<(usize, u64)> {
    let mut n = 0;
    let mut mask = 0u64;
    for c in s.chars() {
        if n == MAX {
            return None;
        }
        out[n] = c;
        mask |= 1 << (c as u32 % 64);
        n += 1;
    }
    Some((n, mask))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_swapped_pair_is_one_edit() {
        assert_eq!(distance("boguht", "bought", 2), Some(1));
    }

    #[test]
    fn short_words_need_an_exact_match() {
        assert!(!within("bat", "bar"));
        assert!(within("milj", "milk"));
        assert!(!within("mijl", "milky"));
    }
}
