//! Lands a parsed name on the household's own: an alias ("oj") on its item, a typo
//! ("bannana") on the one known item within the typo budget.
//!
//! The vocabulary arrives with every message and is scanned, not indexed: building an index
//! per message would cost more than the scan, and the scan is kept cheap by comparing lengths
//! and letter sets before any edit distance.

use super::Vocabulary;
use super::typo;

/// The household's name for `name`, if it differs. `plain` is the name before
/// singularisation, so an item the household keeps in the plural ("oats") still matches.
pub(crate) fn resolve(name: &str, plain: &str, vocab: &Vocabulary) -> Option<String> {
    // Most names have no plural of their own to try.
    let plain = (plain != name).then_some(plain);
    let either = |known: &str| same(known, name) || plain.is_some_and(|p| same(known, p));
    for (alias, canonical) in &vocab.aliases {
        if either(alias) {
            return Some(canonical.to_lowercase());
        }
    }
    let mut plural = None;
    for item in &vocab.items {
        if same(item, name) {
            return (item != name).then(|| item.to_lowercase());
        }
        if plural.is_none() && plain.is_some_and(|p| same(item, p)) {
            plural = Some(item);
        }
    }
    if let Some(item) = plural {
        return Some(item.to_lowercase());
    }
    closest(name, vocab)
}

fn closest(name: &str, vocab: &Vocabulary) -> Option<String> {
    let len = name.chars().count();
    if typo::budget(len) == 0 {
        return None;
    }
    let candidates = vocab
        .items
        .iter()
        .map(|i| (i.as_str(), i.as_str()))
        .chain(vocab.aliases.iter().map(|(a, c)| (a.as_str(), c.as_str())));
    let mut best: Option<(usize, &str)> = None;
    let mut tied = false;
    let (_, name_mask) = shape(name);
    let ascii = name.is_ascii();
    for (known, canonical) in candidates {
        // A char is one to four bytes: cheap bounds from the byte length come first.
        if known.len() + 2 < len || known.len() > 4 * (len + 2) {
            continue;
        }
        // Most names are ASCII, where bytes are chars: the length test is exact and cheap,
        // and so is the letter set.
        let (known_chars, known_mask) = if known.is_ascii() {
            if ascii && known.len().abs_diff(len) > 2 {
                continue;
            }
            (known.len(), known.bytes().fold(0, |m, b| m | 1 << (b % 64)))
        } else {
            shape(known)
        };
        if known_chars.abs_diff(len) > 2 || (known_mask ^ name_mask).count_ones() > 4 {
            continue;
        }
        let limit = typo::budget(known_chars).min(typo::budget(len));
        let Some(d) = typo::distance(name, known, limit) else { continue };
        match best {
            Some((bd, bc)) if d == bd && !same(bc, canonical) => tied = true,
            Some((bd, _)) if d >= bd => {}
            _ => {
                best = Some((d, canonical));
                tied = false;
            }
        }
    }
    match best {
        Some((_, c)) if !tied => Some(c.to_lowercase()),
        _ => None,
    }
}

/// A word's length in chars and the set of its chars folded into 64 bits (one edit changes
/// at most two of those bits), in one pass.
fn shape(s: &str) -> (usize, u64) {
    s.chars().fold((0, 0), |(n, m), c| (n + 1, m | 1 << (c as u32 % 64)))
}

/// Household names are stored lowercase; one written with ASCII capitals still matches.
fn same(known: &str, name: &str) -> bool {
    let first = |s: &str| s.as_bytes().first().map(u8::to_ascii_lowercase);
    known.len() == name.len()
        && first(known) == first(name)
        && (known == name || known.eq_ignore_ascii_case(name))
}
