//! Lands a parsed name on the household's own: an alias ("oj") on its item, a typo
//! ("bannana") on the one known item within the typo budget.
//!
//! A household's vocabulary is indexed once, when it is built: exact names and aliases by
//! hash, and the names a typo could reach by their length in chars, so a message looks at a
//! few dozen candidates rather than every item the household has ever bought.

use super::hash::FastMap;
use super::typo;

/// Items a household already knows, so a typo or an alias lands on the right stock.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    items: Vec<String>,
    aliases: Vec<(String, String)>,
    index: Index,
}

#[derive(Debug, Clone, Default)]
struct Index {
    /// Lowercased canonical names; the maps and entries point into it.
    canonical: Vec<String>,
    aliases: FastMap<Box<str>, u32>,
    items: FastMap<Box<str>, u32>,
    /// Typo candidates (items, then aliases) by their length in chars.
    by_len: Vec<Vec<Entry>>,
}

#[derive(Debug, Clone)]
struct Entry {
    known: Box<str>,
    mask: u64,
    canonical: u32,
}

impl Vocabulary {
    /// A vocabulary of canonical item names and `(alias, canonical name)` pairs, e.g.
    /// `("oj", "orange juice")`. Case does not matter; the first of two equal names wins.
    pub fn new(items: Vec<String>, aliases: Vec<(String, String)>) -> Vocabulary {
        let mut index = Index::default();
        let mut seen: FastMap<String, u32> = FastMap::default();
        let mut canonical_of = |index: &mut Index, name: &str| {
            let name = name.to_lowercase();
            *seen.entry(name).or_insert_with_key(|name| {
                index.canonical.push(name.clone());
                (index.canonical.len() - 1) as u32
            })
        };
        for item in &items {
            let c = canonical_of(&mut index, item);
            let key: Box<str> = index.canonical[c as usize].as_str().into();
            index.add_typo_target(&key, c);
            index.items.entry(key).or_insert(c);
        }
        for (alias, item) in &aliases {
            let c = canonical_of(&mut index, item);
            let key = alias.to_lowercase().into_boxed_str();
            index.add_typo_target(&key, c);
            index.aliases.entry(key).or_insert(c);
        }
        Vocabulary { items, aliases, index }
    }

    /// Canonical item names, as given.
    pub fn items(&self) -> &[String] {
        &self.items
    }

    /// `(alias, canonical name)` pairs, as given.
    pub fn aliases(&self) -> &[(String, String)] {
        &self.aliases
    }

    /// Whether there is nothing to match names against.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty() && self.aliases.is_empty()
    }

    /// Whether `name` (lowercase) is a known item or alias.
    pub fn knows(&self, name: &str) -> bool {
        self.index.items.contains_key(name) || self.index.aliases.contains_key(name)
    }
}

impl Index {
    fn add_typo_target(&mut self, known: &str, canonical: u32) {
        let (len, mask) = shape(known);
        // Longer names than the typo tables hold are only ever matched exactly.
        if len > typo::MAX {
            return;
        }
        if self.by_len.len() <= len {
            self.by_len.resize_with(len + 1, Vec::new);
        }
        self.by_len[len].push(Entry { known: known.into(), mask, canonical });
    }

    fn name(&self, c: u32) -> String {
        self.canonical[c as usize].clone()
    }
}

/// The household's name for `name` (lowercase), if it differs. `plain` is the name before
/// singularisation, so an item the household keeps in the plural ("oats") still matches.
pub(crate) fn resolve(name: &str, plain: &str, vocab: &Vocabulary) -> Option<String> {
    let index = &vocab.index;
    // Most names have no plural of their own to try.
    let plain = (plain != name).then_some(plain);
    let alias = index.aliases.get(name).or_else(|| plain.and_then(|p| index.aliases.get(p)));
    if let Some(&c) = alias {
        return Some(index.name(c));
    }
    if index.items.contains_key(name) {
        return None;
    }
    if let Some(&c) = plain.and_then(|p| index.items.get(p)) {
        return Some(index.name(c));
    }
    closest(name, index)
}

/// The one canonical name nearest `name` within the typo budget; none on a tie.
fn closest(name: &str, index: &Index) -> Option<String> {
    let (len, mask) = shape(name);
    let budget = typo::budget(len);
    if budget == 0 {
        return None;
    }
    let mut best: Option<(usize, u32)> = None;
    let mut tied = false;
    for known_len in len.saturating_sub(budget)..=len + budget {
        let Some(entries) = index.by_len.get(known_len) else { continue };
        let limit = typo::budget(known_len).min(budget);
        for e in entries {
            // One edit changes at most two bits of the letter set.
            if (e.mask ^ mask).count_ones() as usize > 2 * limit {
                continue;
            }
            let Some(d) = typo::distance(name, &e.known, limit) else { continue };
            match best {
                Some((bd, bc)) if d == bd && bc != e.canonical => tied = true,
                Some((bd, _)) if d >= bd => {}
                _ => {
                    best = Some((d, e.canonical));
                    tied = false;
                }
            }
        }
    }
    match best {
        Some((_, c)) if !tied => Some(index.name(c)),
        _ => None,
    }
}

/// A word's length in chars and the set of its chars folded into 64 bits (one edit changes
/// at most two of those bits), in one pass.
fn shape(s: &str) -> (usize, u64) {
    s.chars().fold((0, 0), |(n, m), c| (n + 1, m | 1 << (c as u32 % 64)))
}
