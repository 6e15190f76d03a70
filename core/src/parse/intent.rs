//! Finds the cue phrases of a message and decides its intent from them.

use super::Intent;
use super::lexicon::{ADD_PREP, Cue, DET, Lexicon, REMOVE_PREP, SKIP};
use super::token::{Tok, Tokens};
use super::typo;

/// The cues of one message; `consumed` marks the tokens they cover.
pub(crate) struct Cues {
    pub found: Vec<Cue>,
    pub consumed: Vec<bool>,
    pub question: bool,
    /// The word "list" (or "shopping list", "Einkaufsliste") appeared.
    pub list: bool,
}

impl Cues {
    fn has(&self, c: Cue) -> bool {
        self.found.contains(&c)
    }
}

pub(crate) fn scan(lex: &Lexicon, toks: &Tokens) -> Cues {
    let n = toks.toks.len();
    let mut cues =
        Cues { found: Vec::new(), consumed: vec![false; n], question: false, list: false };
    let skip = |j: usize| lex.has(toks, j, SKIP);
    let mut i = 0;
    while i < n {
        match toks.toks[i] {
            Tok::Mark('?') => cues.question = true,
            Tok::Mark('=') => cues.found.push(Cue::SetStock),
            Tok::Word { .. } => {
                // "a drop of", "a bit of" are amounts, not the verb "drop".
                if let Some((end, ())) = lex.match_at(&lex.vague, toks, i, |_| false) {
                    i = end;
                    continue;
                }
                if let Some((end, cue)) = lex.match_at(&lex.cues, toks, i, skip) {
                    let cue = if cue == Cue::List {
                        cues.list = true;
                        list_prep(lex, toks, i, &mut cues)
                    } else {
                        cue
                    };
                    cues.found.push(cue);
                    cues.consumed[i..end].iter_mut().for_each(|c| *c = true);
                    i = end;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    if !cues.found.iter().any(|c| *c != Cue::Filler) {
        fuzzy_verb(lex, toks, &mut cues);
    }
    cues
}

/// "to the list" adds, "off the list" removes; the preposition is read backwards over
/// articles ("on our shopping list").
fn list_prep(lex: &Lexicon, toks: &Tokens, at: usize, cues: &mut Cues) -> Cue {
    let mut j = at;
    while j > 0 {
        j -= 1;
        if cues.consumed[j] {
            return Cue::List;
        }
        let e = lex.entry(toks, j);
        if e.flags & ADD_PREP != 0 {
            cues.consumed[j..at].iter_mut().for_each(|c| *c = true);
            return Cue::ListAdd;
        }
        if e.flags & REMOVE_PREP != 0 {
            cues.consumed[j..at].iter_mut().for_each(|c| *c = true);
            return Cue::ListRemove;
        }
        if e.flags & (DET | SKIP) == 0 {
            return Cue::List;
        }
    }
    Cue::List
}

/// A message with no cue at all may have a misspelt verb in its first words ("boguht").
fn fuzzy_verb(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    let words = (0..toks.toks.len())
        .filter(|&i| matches!(toks.toks[i], Tok::Word { .. }) && !cues.consumed[i])
        .take(2);
    for i in words.collect::<Vec<_>>() {
        let key = toks.key(i);
        if lex.words.contains_key(key) {
            continue;
        }
        let best =
            lex.fuzzy_cues.iter().filter(|(w, _)| typo::within(key, w)).map(|(_, c)| *c).next();
        if let Some(cue) = best {
            cues.found.push(cue);
            cues.consumed[i] = true;
            return;
        }
    }
}

/// The intent, and whether items' amounts count (a query or a depletion reports none).
pub(crate) fn decide(cues: &Cues, has_items: bool, has_qty: bool, words: usize) -> Intent {
    use Cue::*;
    if cues.has(Undo) {
        return Intent::Undo;
    }
    if cues.has(ListRemove) && has_items {
        return Intent::ListRemove;
    }
    if cues.has(ListAdd) && has_items {
        return Intent::ListAdd;
    }
    if cues.list || (cues.has(Show) && !has_items) {
        return if has_items { Intent::ListAdd } else { Intent::ShowList };
    }
    if cues.has(ListRemove) {
        return Intent::ListRemove;
    }
    if cues.has(ListAdd) {
        return Intent::ListAdd;
    }
    if cues.has(Query) {
        return Intent::QueryStock;
    }
    if cues.has(Deplete) {
        return Intent::Deplete;
    }
    if cues.has(DepleteSoft) {
        return if has_qty { Intent::Consume } else { Intent::Deplete };
    }
    let verb = cues.found.iter().find(|c| matches!(c, Consume | Restock));
    match verb {
        Some(Consume) if cues.has(DepleteMod) && !has_qty => return Intent::Deplete,
        Some(Consume) => return Intent::Consume,
        Some(Restock) if cues.question && !has_qty => return Intent::QueryStock,
        Some(_) => return Intent::Restock,
        None => {}
    }
    if cues.has(DepleteWeak) {
        return Intent::Deplete;
    }
    if cues.has(SetStock) {
        return if cues.question && !has_qty { Intent::QueryStock } else { Intent::SetStock };
    }
    // "eggs?", "milk and bread?" ask for stock; a longer question is about something else.
    if cues.question && has_items && words <= 3 && !cues.has(Wh) {
        return Intent::QueryStock;
    }
    Intent::Unknown
}
