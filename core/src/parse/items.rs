//! Splits what is left after the cues into items and reads each one as
//! `[amount] [unit] [of] [adjectives] name [trailing phrase]`.

use super::Lang;
use super::lexicon::{
    ARTICLE, CATEGORY, CLAUSE, CONJ, Cue, DET, DROP, Entry, FILLER, Lexicon, MEASURE, MODIFIER,
    MULT, NOT_ITEM, OF, PARTICLE, PREP, SKIP, SORT, TIME, VAGUE,
};
use super::lexicon_de;
use super::names;
use super::names_ru;
use super::packs::{self, Size};
use super::quantity::{self, Amount};
use super::token::{Tok, Tokens};
use super::typo;
use crate::unit::{Dimension, Unit};

/// One item as read from the message, before its name is normalised.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RawItem {
    /// Token indices of the name's words.
    pub words: Vec<usize>,
    pub qty: Option<f64>,
    pub unit: Option<Unit>,
    /// Token of the unit word, when one was written ("boîte" is a can or a box).
    pub unit_at: Option<usize>,
    /// The amount is the one a bare unit implies ("a slice of cake"), not a written number.
    pub implicit: bool,
    /// The unit came with "the", "my" and no number: "drank the bottle of wine" emptied it.
    pub definite: bool,
}

/// The tokens that no cue consumed, in order, with a read position.
pub(crate) struct Stream<'a> {
    pub lex: &'a Lexicon,
    pub toks: &'a Tokens,
    idx: Vec<usize>,
    pub p: usize,
}

impl Stream<'_> {
    pub fn raw(&self, p: usize) -> Option<usize> {
        self.idx.get(p).copied()
    }

    pub fn tok(&self, p: usize) -> Option<Tok> {
        self.raw(p).map(|i| self.toks.toks[i])
    }

    pub fn entry(&self, p: usize) -> Entry {
        match self.raw(p) {
            Some(i) => self.lex.entry(self.toks, i),
            None => Entry::default(),
        }
    }

    /// Moves to the first stream position at or after raw token `end`.
    pub fn advance_to(&mut self, end: usize) {
        while self.raw(self.p).is_some_and(|i| i < end) {
            self.p += 1;
        }
    }

    pub fn skip_flag(&mut self, flags: u32) {
        while self.raw(self.p).is_some() && self.entry(self.p).flags & flags != 0 {
            self.p += 1;
        }
    }

    /// Skips to where the item ends: what follows says nothing more about it.
    fn skip_clause(&mut self) {
        while self.raw(self.p).is_some() && !self.boundary(self.p) {
            self.p += 1;
        }
    }

    /// Where one item ends and the next begins: "and", ",", "&", "+".
    pub fn boundary(&self, p: usize) -> bool {
        let split = match self.tok(p) {
            // "Ben & Jerry's": in French an "&" inside a brand joins no two items.
            Some(Tok::Mark('&'))
                if self.lex.lang == Lang::Fr
                    && self.raw(p).is_some_and(|i| self.toks.brand_amp(i)) =>
            {
                false
            }
            Some(Tok::Mark(c)) => {
                matches!(c, ',' | ';' | '&' | '+' | '.' | '!' | '?' | ':' | '—' | '(' | '/')
            }
            Some(Tok::Word { .. }) => {
                self.entry(p).flags & CONJ != 0
                    && !self.russian_with(p)
                    && !self.more_than(p)
                    && !self.russian_still(p)
            }
            _ => false,
        };
        // "café con leche" is one product only while "café" is still in the stream.
        split
            && !self.raw(p).is_some_and(|i| {
                self.lex.joins(self.toks, i) && p > 0 && self.raw(p - 1) == Some(i - 1)
            })
    }

    /// "más de 20 huevos": Spanish "más" before "de" and a number bounds an amount.
    fn more_than(&self, p: usize) -> bool {
        self.lex.lang == Lang::Es
            && self.key(p) == "mas"
            && self.key(p + 1) == "de"
            && (matches!(self.tok(p + 2), Some(Tok::Num { .. })) || self.entry(p + 2).num.is_some())
    }

    /// "пельменей ещё 2 пачки": a Russian "ещё" between a genitive name and its amount is
    /// "still", not "and".
    fn russian_still(&self, p: usize) -> bool {
        let amount = match self.tok(p + 1) {
            Some(Tok::Num { .. }) => true,
            Some(Tok::Word { .. }) => {
                self.key(p + 1).strip_prefix("пол").is_some_and(|u| self.lex.units.contains_key(u))
            }
            _ => false,
        };
        self.lex.lang == Lang::Ru
            && matches!(self.key(p), "ещё" | "еще")
            && p > 0
            && names_ru::genitive(self.key(p - 1))
            && amount
    }

    /// "сыр с плесенью", "хлеб с отрубями": Russian "с" before a word that is no grocery of
    /// its own is part of the name; before one ("кофе с молоком") it joins two items.
    fn russian_with(&self, p: usize) -> bool {
        if self.lex.lang != Lang::Ru || !matches!(self.key(p), "с" | "со") {
            return false;
        }
        let Some(i) = self.raw(p + 1).filter(|&i| i == self.raw(p).unwrap_or(0) + 1) else {
            return false;
        };
        let e = self.lex.entry(self.toks, i);
        // "пирожки с капустой": a pastry's filling names it, grocery or not.
        let filled = i >= 2 && names_ru::filled(self.toks.key(i - 2));
        matches!(self.toks.toks[i], Tok::Word { .. })
            && e.flags & (NOT_ITEM | FILLER | SKIP | DET | TIME | VAGUE) == 0
            && e.num.is_none()
            && (filled || !names_ru::known_form(self.toks.key(i)))
    }

    /// Whether raw token `i` was left by the cues (it is in the stream).
    fn in_stream(&self, i: usize) -> bool {
        self.idx.binary_search(&i).is_ok()
    }

    /// The folded word at stream position `p`, or "".
    pub fn key(&self, p: usize) -> &str {
        self.raw(p).map_or("", |i| self.toks.key(i))
    }

    fn is_word(&self, p: usize) -> bool {
        matches!(self.tok(p), Some(Tok::Word { .. }))
    }
}

pub(crate) fn extract(lex: &Lexicon, toks: &Tokens, consumed: &[bool]) -> Vec<RawItem> {
    let idx = (0..toks.toks.len()).filter(|&i| !consumed[i]).collect();
    let mut s = Stream { lex, toks, idx, p: 0 };
    let mut items: Vec<RawItem> = Vec::new();
    let mut pending = None;
    while s.raw(s.p).is_some() {
        if s.boundary(s.p) {
            s.p += 1;
            continue;
        }
        let start = s.p;
        // "покажи что купить для детей", "купи для кота корм": in Russian a purpose that
        // opens a phrase names no item.
        if s.lex.lang == Lang::Ru && s.key(s.p) == "для" && s.is_word(s.p + 1) {
            s.p += 2;
            continue;
        }
        if (!items.is_empty() && (remark(&s) || negated(&s) || still_there(&s)))
            || missing(&s)
            || something(&s)
        {
            s.skip_clause();
            continue;
        }
        if let Some(mut item) = segment(&mut s).filter(|r| !not_there(&s, r)) {
            cased_tail(&s, &mut item);
            // "eggs (free range)": size or freshness words alone after an item describe it.
            // "got the usual - milk, bread": before a dash or a colon too, or before a cue
            // ("big update: used 3 eggs").
            let heading = item.words.last().is_some_and(|&w| {
                matches!(s.toks.toks.get(w + 1), Some(Tok::Mark('—' | ':')))
                    || (w + 1 < s.toks.toks.len()
                        && s.idx.binary_search(&(w + 1)).is_err()
                        && s.raw(s.p).is_some())
            });
            // "did a big Tesco shop": the article's one is the size word's.
            let article = item.words.first().is_some_and(|&w| {
                w > 0 && s.lex.has(s.toks, w - 1, ARTICLE) && item.qty == Some(1.0)
            });
            let described = (!items.is_empty() || heading)
                && (item.qty.is_none() || (heading && article))
                && item.unit.is_none()
                && item.words.iter().all(|&w| s.lex.has(s.toks, w, DROP));
            // "apunta Nutella, la grande": so does a Spanish size word after a comma;
            // "petite liste : pain, beurre": in French too.
            if described && matches!(s.lex.lang, Lang::En | Lang::Es | Lang::Fr) {
                continue;
            }
            // "hab Nudeln gekocht, Packung ist leer": a German container named alone, with no
            // amount, is the one the item before came in.
            let container = |&w: &usize| {
                lex.match_at(&lex.units, toks, w, |_| false)
                    .is_some_and(|(end, u)| end == w + 1 && lone_container(&s, Some(u)))
            };
            // "Müllbeutel sind alle, die gelben auch": an adjective alone is a sort of it.
            let adjective = |&w: &usize| {
                !matches!(toks.toks[w], Tok::Word { upper: true, .. })
                    && names::adjective_like_de(toks.text(w), false)
            };
            if lex.lang == Lang::De
                && !items.is_empty()
                && item.qty.is_none()
                && item.words.len() == 1
                && (item.words.iter().all(container) || item.words.iter().all(adjective))
            {
                continue;
            }
            // "Eis gekauft: Vanille und Schoko": sorts alone after an item say which.
            if lex.lang == Lang::De
                && !items.is_empty()
                && item.qty.is_none()
                && item.words.iter().all(|&w| lex.has(toks, w, SORT))
            {
                continue;
            }
            if item.words.is_empty() {
                // "un sac de riz de 5 kg": the size of the container, after its item.
                // "2 packs d'Evian 6x1,5L": in French a size right after the name, too.
                let right_after = |prev: &RawItem| {
                    lex.lang == Lang::Fr && prev.words.last().map(|w| w + 1) == s.raw(start)
                };
                let of_before = s.raw(start).is_some_and(|i| i > 0 && lex.has(toks, i - 1, OF))
                    || items.last().is_some_and(right_after);
                let measure = item.unit.is_some_and(|u| u.dimension() != Dimension::Count);
                let count = |u: Option<Unit>| u.is_some_and(|u| u.dimension() == Dimension::Count);
                // "Hab 3 Eier gekauft – nein, 6": an amount after a correction replaces it.
                let corrected = lex.lang == Lang::De
                    && s.raw(start).is_some_and(|i| {
                        (i.saturating_sub(3)..i).any(|j| {
                            matches!(
                                toks.key(j),
                                "nein" | "sorry" | "sry" | "quatsch" | "ah" | "meine"
                            )
                        })
                    });
                // "nipped to the shop for milk, got 2 pints": a place takes no amount.
                let place =
                    lex.lang == Lang::En && items.last().is_some_and(|p| not_an_item(lex, toks, p));
                match items.last_mut() {
                    Some(prev) if bag_size(&s, &prev.words, item.unit) => {}
                    Some(prev) if corrected && item.qty.is_some() => {
                        (prev.qty, prev.unit, prev.unit_at) = (item.qty, item.unit, item.unit_at);
                    }
                    // "Kokosöl von der Liste, hab noch ein Glas gefunden": a German container
                    // counted only by its article says what it came in, not how many.
                    Some(_)
                        if lex.lang == Lang::De
                            && item.unit_at.is_some_and(|at| {
                                at > 0
                                    && lex.has(toks, at - 1, ARTICLE)
                                    && (at.saturating_sub(5)..at)
                                        .any(|j| matches!(toks.toks[j], Tok::Mark(',')))
                            }) => {}
                    // "Butter brauchen wir nicht, hab noch 2 im Kühlschrank": in German, what is
                    // still there after a comma is a remark, not the amount asked for.
                    Some(_) if lex.lang == Lang::De && still_after_comma(toks, s.raw(start)) => {}
                    Some(prev) if prev.qty.is_none() && !place => {
                        (prev.qty, prev.unit, prev.unit_at) = (item.qty, item.unit, item.unit_at);
                    }
                    // "un rôti de porc de 1 kg": in French a size after a counted item, too.
                    Some(prev)
                        if of_before
                            && measure
                            && (count(prev.unit)
                                || (lex.lang == Lang::Fr && prev.unit.is_none())) =>
                    {
                        let n = prev.qty.unwrap_or(1.0) * item.qty.unwrap_or(1.0);
                        (prev.qty, prev.unit, prev.unit_at) = (Some(n), item.unit, item.unit_at);
                        prev.implicit = false;
                    }
                    None if let Some(w) = item.unit_at.and_then(|at| cooked_before(&s, at)) => {
                        items.push(RawItem { words: vec![w], ..item });
                    }
                    // "bought 2 packs": with nothing before it, the container is the item.
                    // "3 л молока, 2 батона": in Russian, with nothing to size, too.
                    prev => {
                        // "Hab ich schon gekauft, 2 Pakete": in German, after a comma, the
                        // amount is of something named before the message.
                        let told = lex.lang == Lang::De
                            && s.raw(start).is_some_and(|i| {
                                i > 0 && matches!(toks.toks[i - 1], Tok::Mark(','))
                            });
                        let alone = (prev.is_none() && !told) || lex.lang == Lang::Ru || place;
                        // "…, батон, …": a Russian unit word named alone counts no number.
                        let qty =
                            if lex.lang == Lang::Ru && item.implicit { None } else { item.qty };
                        // "il en reste 2, des baguettes": a French count before its name.
                        if alone && item.unit_at.is_none() && lex.lang == Lang::Fr {
                            pending = item.qty;
                        }
                        if let Some(at) = item.unit_at.filter(|_| alone) {
                            items.push(RawItem {
                                words: vec![at],
                                qty,
                                unit: None,
                                unit_at: None,
                                ..item
                            });
                        }
                    }
                }
                continue;
            }
            let listed = !items.is_empty()
                || match s.tok(s.p) {
                    Some(Tok::Mark(c)) => matches!(c, ',' | ';' | '&' | '+'),
                    Some(Tok::Word { .. }) => s.entry(s.p).flags & CONJ != 0,
                    _ => false,
                };
            if let Some(groups) = russian_run(&s, &item) {
                push_groups(&mut items, &item, groups);
            } else if (listed && run_of_plurals(&s, &item))
                || unseparated(&s, &item)
                || german_run(&s, &item)
            {
                items.extend(kinds(&s, &item.words).into_iter().map(|words| RawItem {
                    words,
                    qty: None,
                    unit: None,
                    unit_at: None,
                    implicit: false,
                    definite: false,
                }));
            } else if let Some(n) = pairs(&s, &item) {
                // "toilet paper kitchen roll", "milk bread eggs": known names side by side.
                items.extend(item.words.chunks(n).map(|words| RawItem {
                    words: words.to_vec(),
                    qty: None,
                    unit: None,
                    unit_at: None,
                    implicit: false,
                    definite: false,
                }));
            } else if let Some(groups) = english_breaks(&s, &item) {
                push_groups(&mut items, &item, groups);
            } else {
                push_groceries(&s, item, &mut items);
            }
        }
        if let Some(last) = items.last_mut().filter(|r| r.qty.is_none() && pending.is_some()) {
            last.qty = pending.take();
        }
        if s.p == start {
            s.p += 1;
        }
    }
    drop_lowercase(&s, &mut items);
    drop_preamble(&s, &mut items);
    drop_lone_units(&s, &mut items);
    drop_category(&s, &mut items);
    drop_heading_fr(&s, &mut items);
    drop_vocative_fr(&s, &mut items);
    drop_settled_fr(&s, &mut items);
    drop_subject(&s, &mut items);
    drop_shop_out_fr(&s, &mut items);
    drop_bracketed_sorts(&s, &mut items);
    drop_breakdown(&s, &mut items);
    sort_of_previous(&s, &mut items);
    flavour_of_previous(&s, &mut items);
    unit_of_previous(&s, &mut items);
    elided_nouns(&s, &mut items);
    items
}

/// "2 botellas de leche y 1 de zumo": in Spanish a count with "de" and no unit counts the
/// unit of the item before it.
fn unit_of_previous(s: &Stream, items: &mut [RawItem]) {
    if s.lex.lang != Lang::Es {
        return;
    }
    for k in 1..items.len() {
        if counted_of(s, &items[k]) {
            (items[k].unit, items[k].unit_at) = (items[k - 1].unit, items[k - 1].unit_at);
        }
    }
}

/// "1 de zumo", "uno de macarrones": a count and "de" with no unit of its own before the name.
fn counted_of(s: &Stream, item: &RawItem) -> bool {
    let first = item.words[0];
    first >= 2
        && item.qty.is_some()
        && item.unit.is_none()
        && s.lex.has(s.toks, first - 1, OF)
        && match s.toks.toks[first - 2] {
            Tok::Num { .. } => true,
            // "un par de limones" is a count of its own.
            Tok::Word { .. } => {
                s.lex.entry(s.toks, first - 2).num.is_some()
                    && !s.lex.has(s.toks, first - 2, MULT)
                    && !matches!(s.toks.key(first - 2), "par" | "mitad")
            }
            Tok::Mark(_) => false,
        }
}

/// "3 pimientos verdes y 2 rojos": in Spanish a sort word alone names a sort of the item
/// before it; "4 yogures de limón y 4 de fresa": so does a count "de" a flavour after an item
/// named with "de" and no unit.
fn sort_of_previous(s: &Stream, items: &mut [RawItem]) {
    if s.lex.lang != Lang::Es {
        return;
    }
    for k in 1..items.len() {
        let head = items[k - 1].words[0];
        let flavour = items[k - 1].unit.is_none()
            && items[k - 1].words.get(1).is_some_and(|&w| s.lex.has(s.toks, w, OF))
            && counted_of(s, &items[k]);
        if flavour {
            let of = items[k].words[0] - 1;
            items[k].words.splice(0..0, [head, of]);
            continue;
        }
        // "2 litros de leche entera y uno de deslactosada": an adjective alone after a count
        // "de" names a sort of the item before.
        let key = s.toks.key(items[k].words[0]);
        let agreeing = items[k].words.len() == 1
            && counted_of(s, &items[k])
            && !super::lexicon_es::is_grocery(key)
            && super::lexicon_es::adjective_like(&names::singular_es(key));
        if agreeing {
            items[k].words.insert(0, head);
            (items[k].unit, items[k].unit_at) = (items[k - 1].unit, items[k - 1].unit_at);
            continue;
        }
        let sort = |i: usize| s.lex.has(s.toks, i, SORT);
        if items[k].words.len() == 1
            && sort(items[k].words[0])
            && items[k - 1].words.len() >= 2
            && !sort(head)
        {
            items[k].words.insert(0, head);
        }
    }
}

/// Whether token `g` starts a cue that says what happened or what to do; a filler, a bare
/// "no", a stock level or a question ("que hay un montón") is a remark unless `asks` lets
/// stock levels and questions count.
fn verb_at(s: &Stream, g: usize, asks: bool) -> bool {
    use Cue::*;
    let told = |c: Cue| {
        matches!(c, Consume | Restock | Deplete | DepleteSoft | ListAdd | ListRemove)
            || matches!(c, Show | Undo | Take)
            || (asks && matches!(c, Query | SetStock))
    };
    matches!(s.toks.toks.get(g), Some(Tok::Word { .. }))
        && s.lex.match_at(&s.lex.cues, s.toks, g, |_| false).is_some_and(|(_, c)| told(c))
}

/// Whether such a cue stands between tokens `a` and `b`.
fn verb_between(s: &Stream, a: usize, b: usize) -> bool {
    (a + 1..b).any(|g| verb_at(s, g, false))
}

/// "chicos, os escribo para deciros que ya no queda leche", "sé que os da igual, pero apunto
/// lejía": in Spanish, words before the first verb that are no grocery and carry no amount,
/// with an item after that verb, are a preamble.
fn drop_preamble(s: &Stream, items: &mut Vec<RawItem>) {
    use super::lexicon_es::is_grocery;
    if s.lex.lang != Lang::Es || items.len() < 2 {
        return;
    }
    // "no os asustéis pero…": a bare "no" is no verb.
    let consumed = |g: usize| s.idx.binary_search(&g).is_err() && s.toks.key(g) != "no";
    let first = (0..s.toks.toks.len()).find(|&g| consumed(g) && verb_at(s, g, true));
    let Some(first_verb) = first else { return };
    if !items.iter().any(|r| r.words.first().is_some_and(|&w| w > first_verb)) {
        return;
    }
    if late_subject(s, items) {
        items.pop();
    }
    items.retain(|r| {
        let before = r.words.last().is_some_and(|&w| w < first_verb);
        let grocery = r.words.iter().any(|&w| is_grocery(s.toks.key(w)));
        // "una pregunta rápida:": an article's one is no amount.
        let digits = r.words.first().is_some_and(|&w| {
            (w.saturating_sub(3)..w).any(|g| matches!(s.toks.toks[g], Tok::Num { .. }))
        });
        let amount = r.qty.is_some_and(|q| q != 1.0 || digits);
        !(before && !amount && !grocery)
    });
}

/// "el champú se lo ha terminado Pablo", "ya no hace falta el vino, lo trae Juan": whether the
/// last item is a capitalised name after a pronoun and a verb, that is, who did it.
fn late_subject(s: &Stream, items: &[RawItem]) -> bool {
    let [.., prev, last] = items else { return false };
    let (Some(&w), [name]) = (prev.words.last(), &last.words[..]) else { return false };
    last.qty.is_none()
        && matches!(s.toks.toks[*name], Tok::Word { upper: true, .. })
        && !super::lexicon_es::is_grocery(s.toks.key(*name))
        && (w + 1..*name).any(|g| {
            matches!(s.toks.key(g), "lo" | "la" | "los" | "las")
                && (verb_at(s, g + 1, false) || verb_at(s, g + 2, false))
        })
}

/// "tomate frito, ¿cuántos botes hay?": a Spanish unit word alone, with no amount, after an
/// item is how that item comes.
fn drop_lone_units(s: &Stream, items: &mut Vec<RawItem>) {
    if s.lex.lang != Lang::Es || items.len() < 2 {
        return;
    }
    let lone = |r: &RawItem| {
        r.qty.is_none()
            && r.words.len() == 1
            && s.lex.match_at(&s.lex.units, s.toks, r.words[0], |_| false).is_some()
    };
    let mut first = true;
    items.retain(|r| {
        let keep = first || !lone(r);
        first = false;
        keep
    });
}

/// "2 yaourts et 3 à la vanille": a French flavour alone names a sort of the item before it.
fn flavour_of_previous(s: &Stream, items: &mut [RawItem]) {
    if s.lex.lang != Lang::Fr {
        return;
    }
    for k in 1..items.len() {
        let flavour = matches!(s.toks.key(items[k].words[0]), "a" | "au" | "aux");
        if flavour && let Some(&head) = items[k - 1].words.first() {
            items[k].words.insert(0, head);
        }
    }
}

/// "2 бутылки красного вина и бутылку белого": a Russian adjective alone names the same
/// kind of thing as the item before it.
fn elided_nouns(s: &Stream, items: &mut Vec<RawItem>) {
    if s.lex.lang != Lang::Ru {
        return;
    }
    let mut remarks = Vec::new();
    let mut sorting = false;
    for k in 1..items.len() {
        // "полбуханки бородинского": a loaf names its bread itself.
        // "мясо купила, дорогое": after a comma alone an adjective is a remark on the price.
        let first = items[k].words.first().copied().unwrap_or(0);
        let joined = items[k].qty.is_some() || (first > 0 && s.lex.has(s.toks, first - 1, CONJ));
        let lone = match items[k].words[..] {
            [w] => names_ru::adjective_like(s.toks.text(w)) && !names_ru::loaf_of(s.toks, w),
            _ => false,
        };
        // "2 бутылки вина: красное и белое": sorts of a counted item after a colon or comma.
        let marked = first > 0 && matches!(s.toks.toks[first - 1], Tok::Mark(',' | ':'));
        let counted = items[k - 1].qty.is_some_and(|q| q >= 2.0);
        sorting = lone && items[k].qty.is_none() && (sorting || (marked && counted));
        if sorting || (lone && !joined) {
            remarks.push(k);
            continue;
        }
        let noun = |&&w: &&usize| !names_ru::adjective_like(s.toks.text(w));
        let head = items[k - 1].words.iter().rev().find(noun).copied();
        if let Some(h) = head.filter(|_| lone) {
            items[k].words.push(h);
        }
    }
    for k in remarks.into_iter().rev() {
        items.remove(k);
    }
}

/// "Alerte : plus de PQ", "Petite question : on a du curry ?": in French a short heading
/// before a colon that names no grocery and no amount, with items after it, is no item.
fn drop_heading_fr(s: &Stream, items: &mut Vec<RawItem>) {
    let Some(first) = items.first() else { return };
    let (Some(&a), Some(&b)) = (first.words.first(), first.words.last()) else { return };
    let colon = (b + 1..(b + 3).min(s.toks.toks.len()))
        .find(|&j| matches!(s.toks.toks[j], Tok::Mark(':')))
        .is_some_and(|j| (b + 1..j).all(|k| !matches!(s.toks.toks[k], Tok::Mark(_))));
    // "côté fruits on a 3 pommes": a kind named as the topic, before the items of it.
    let topic = a > 0
        && matches!(s.toks.key(a - 1), "cote" | "niveau")
        && a == b
        && s.lex.has(s.toks, a, CATEGORY);
    let heading = s.lex.lang == Lang::Fr
        && items.len() > 1
        && first.qty.is_none()
        && (colon || topic)
        && (topic || (a..=b).all(|k| !super::lexicon_fr::is_grocery(s.toks.key(k))))
        && (0..a).all(|k| !matches!(s.toks.toks[k], Tok::Mark(_) | Tok::Num { .. }));
    if heading {
        items.remove(0);
    }
}

/// "Mon cœur, tu peux prendre du beurre ?", "Antoine et Léa, n'oubliez pas le pain": in French
/// who is spoken to opens the message before a comma and a pronoun or a verb.
fn drop_vocative_fr(s: &Stream, items: &mut Vec<RawItem>) {
    if s.lex.lang != Lang::Fr || items.len() < 2 {
        return;
    }
    let toks = s.toks;
    let Some(comma) = (0..toks.toks.len()).find(|&j| matches!(toks.toks[j], Tok::Mark(','))) else {
        return;
    };
    // After the comma a pronoun or a verb taken as a cue, not another name.
    let next = comma + 1;
    let spoken = matches!(toks.toks.get(next), Some(Tok::Word { .. }))
        && (s.lex.has(toks, next, FILLER | CLAUSE) || s.lex.cues.contains_key(toks.key(next)))
        // No verb before the comma: "Nutella acheté, il était en promo" is news.
        && (0..comma).all(|j| !matches!(toks.toks[j], Tok::Word { .. }) || s.in_stream(j));
    let before = items.iter().take_while(|r| r.words.iter().all(|&w| w < comma)).count();
    let addressed = before < items.len()
        && items[..before].iter().all(|r| {
            r.qty.is_none() && r.words.iter().all(|&w| !super::lexicon_fr::is_grocery(toks.key(w)))
        });
    if spoken && addressed {
        items.drain(..before);
    }
}

/// "farine ok, sucre à racheter": in French an item with "ok" after it, before a comma and more
/// items, is settled, no part of the news.
fn drop_settled_fr(s: &Stream, items: &mut Vec<RawItem>) {
    if s.lex.lang != Lang::Fr || items.len() < 2 {
        return;
    }
    let toks = &s.toks.toks;
    let last = items.len() - 1;
    let mut k = 0;
    items.retain(|r| {
        k += 1;
        let settled = r.words.last().is_some_and(|&w| {
            s.toks.key(w + 1) == "ok" && matches!(toks.get(w + 2), Some(Tok::Mark(',')))
        });
        k > last || !settled
    });
}

/// "y avait plus de baguettes, j'ai pris un pain de campagne": in French what the shop no longer
/// had ("avait plus") is no news of ours when something else follows.
fn drop_shop_out_fr(s: &Stream, items: &mut Vec<RawItem>) {
    if s.lex.lang != Lang::Fr || items.len() < 2 {
        return;
    }
    let toks = s.toks;
    let had_none = |r: &RawItem| {
        let first = r.words.first().copied().unwrap_or(0);
        let start = (0..first)
            .rev()
            .find(|&j| {
                matches!(toks.toks[j], Tok::Mark(',' | ';' | '.' | '!' | '?'))
                    || matches!(toks.key(j), "donc" | "alors" | "mais")
            })
            .map_or(0, |j| j + 1);
        (start..first).any(|j| {
            matches!(toks.key(j), "avait" | "avaient")
                && matches!(toks.key(j + 1), "plus" | "pu" | "pas")
        })
    };
    if items.iter().all(had_none) {
        return;
    }
    items.retain(|r| !had_none(r));
}

/// "loads of veg: carrots leeks potatoes": a kind word before a colon heads the list after it.
fn drop_category(s: &Stream, items: &mut Vec<RawItem>) {
    let Some(first) = items.first() else { return };
    // "pescado fresco: merluza y sardinas": a size or freshness word may follow the kind.
    // "фрукты детям: …": in Russian, so may whom they are for.
    let kept = if s.lex.lang == Lang::Ru { DROP | FILLER } else { DROP };
    let mut next = first.words[0] + 1;
    while next < s.toks.toks.len() && s.lex.has(s.toks, next, kept) {
        next += 1;
    }
    // "snacks for the road trip: pretzels…": the colon may come after a phrase.
    let colon = |a: usize, b: usize| (a + 1..b).any(|i| matches!(s.toks.toks[i], Tok::Mark(':')));
    // "veg box arrived: …": a kind word may head a short phrase.
    // "fruta de temporada: melocotones…": in Spanish the kind may take "de" and a word.
    let es_kind =
        s.lex.lang == Lang::Es && first.words.len() == 3 && s.lex.has(s.toks, first.words[1], OF);
    let heads = items.len() > 1
        && (first.words.len() == 1
            || (s.lex.lang == Lang::En && first.words.len() == 2)
            || es_kind)
        && s.lex.has(s.toks, first.words[0], CATEGORY)
        && (matches!(s.toks.toks.get(next), Some(Tok::Mark(':' | '—' | '-')))
            || ((s.lex.lang == Lang::En || es_kind) && colon(first.words[0], items[1].words[0])));
    // "put some fruit on the list - bananas", "veg from the market - courgettes": a dash
    // after a phrase.
    let dash = s.lex.lang == Lang::En
        && first.words.len() == 1
        && s.lex.has(s.toks, first.words[0], CATEGORY)
        && items.len() > 1
        && (first.words[0] + 1..items[1].words[0])
            .any(|i| matches!(s.toks.toks[i], Tok::Mark('—')));
    if heads || dash {
        items.remove(0);
    }
}

/// "Sunday roast used 1kg of potatoes, 4 carrots", "veg box came with kale": in English a name
/// with no amount that opens the message right before a verb of use or purchase, with the next
/// item after the verb, is the dish or the subject ("coffee used, tea bags bought" lists two).
fn drop_subject(s: &Stream, items: &mut Vec<RawItem>) {
    let [first, second, ..] = &items[..] else { return };
    let (Some(&start), Some(&last), Some(&next)) =
        (first.words.first(), first.words.last(), second.words.first())
    else {
        return;
    };
    let toks = s.toks;
    // "veg box came with": the verb may follow the name's container.
    let mut verb = last + 1;
    while verb < next && s.lex.units.contains_key(toks.key(verb)) {
        verb += 1;
    }
    let told = |j: usize| {
        matches!(
            s.lex.match_at(&s.lex.cues, toks, j, |_| false),
            Some((_, Cue::Consume | Cue::Restock))
        )
    };
    let opens = (0..start).all(|j| match toks.toks[j] {
        Tok::Word { .. } => s.lex.has(toks, j, FILLER | TIME | DET),
        _ => true,
    });
    // "milk used 2 pints": a unit alone after the verb is the name's amount.
    let object = next > verb
        && (verb + 1..next).all(|j| !matches!(toks.toks[j], Tok::Mark(_)))
        && !s.lex.units.contains_key(toks.key(next));
    if s.lex.lang == Lang::En
        && first.qty.is_none()
        && s.idx.binary_search(&verb).is_err()
        && told(verb)
        && opens
        && object
    {
        items.remove(0);
    }
}

/// "3 bags of crisps (2 salt and vinegar, 1 cheese and onion)", "2 bags of apples, one pink
/// lady one gala", "3 pizzas, 2 margherita and a pepperoni": counts that add up to the amount
/// before them break it down when they stand in brackets, or each in the singular either side
/// by side or with a sort among them; how many items they are. "3 peppers (red, yellow,
/// green)": sorts alone in brackets do too.
fn bracketed(s: &Stream, items: &[RawItem]) -> Option<usize> {
    let (prev, rest) = items.split_first()?;
    let (&a, &b) = (prev.words.last()?, rest.first()?.words.first()?);
    let mark = |m: char| (a + 1..b).any(|i| matches!(s.toks.toks[i], Tok::Mark(c) if c == m));
    // An opening bracket still open at the next item: "eggs (12) and milk" is not.
    let open = (a + 1..b).rev().find(|&i| matches!(s.toks.toks[i], Tok::Mark('(')));
    let open = open.is_some_and(|o| !(o..b).any(|i| matches!(s.toks.toks[i], Tok::Mark(')'))));
    // "3 bottles of wine: 2 red, 1 white": a colon or a dash opens a breakdown as a bracket does.
    let bracket = open || mark(':') || mark('—');
    let comma = mark(',');
    // "2 sacs de pâtes, 1 penne 1 fusilli": French breaks a count down the same way.
    // "3 paquetes de galletas (maría, digestive y de chocolate)": Spanish names alone in
    // brackets say which, as English ones do.
    if !(matches!(s.lex.lang, Lang::En | Lang::Fr) || (s.lex.lang == Lang::Es && open)) {
        return None;
    }
    let close = if open {
        (b..s.toks.toks.len())
            .find(|&i| matches!(s.toks.toks[i], Tok::Mark(')')))
            .unwrap_or(s.toks.toks.len())
    } else {
        s.toks.toks.len()
    };
    let head = |r: &RawItem| s.toks.key(*r.words.last().unwrap_or(&0));
    let singular = |r: &RawItem| match s.lex.lang {
        Lang::Fr => names::singular_fr(head(r)) == head(r),
        _ => names::singular_en(head(r)) == head(r),
    };
    let inside = |r: &RawItem| r.words.iter().all(|&w| w < close);
    // "6 bagels: plain, sesame and everything": singular words after a count, one a sort.
    // "2 packs of sausages - pork and beef": kind words name sorts too.
    let sort = |r: &RawItem| s.lex.has(s.toks, r.words[0], SORT | MODIFIER);
    let sorts = rest
        .iter()
        .take_while(|r| {
            inside(r) && r.qty.is_none() && r.words.len() == 1 && (sort(r) || singular(r))
        })
        .count();
    if bracket
        && matches!(s.lex.lang, Lang::En | Lang::Fr)
        && sorts >= 1
        && rest[..sorts].iter().any(sort)
        && prev.qty.is_some()
        && rest.get(sorts).is_none_or(|r| !inside(r))
    {
        return Some(sorts);
    }
    // "2 eggs (omelette)", "3 tins of soup (tomato, chicken, veg)": names alone in brackets
    // say which or what for.
    let named =
        rest.iter().take_while(|r| inside(r) && r.qty.is_none() && r.unit.is_none()).count();
    if open && named >= 1 && rest.get(named).is_none_or(|r| !inside(r)) {
        return Some(named);
    }
    if !matches!(s.lex.lang, Lang::En | Lang::Fr) {
        return None;
    }
    // "2 of lemonade": an amount of a unit named before is no sort.
    let of = |r: &RawItem| r.words[0] > 0 && s.lex.has(s.toks, r.words[0] - 1, OF);
    let run = rest
        .iter()
        .take_while(|r| r.qty.is_some() && r.unit.is_none() && inside(r) && !of(r))
        .count();
    let sortish = |r: &RawItem| {
        s.lex.has(s.toks, r.words[0], SORT) || (r.qty.is_some_and(|q| q > 1.0) && singular(r))
    };
    // No "and", comma or other mark between one count and the next: "1 white 1 brown".
    let side_by_side = rest[..run].windows(2).all(|w| {
        let (x, y) = (*w[0].words.last().unwrap_or(&0), *w[1].words.first().unwrap_or(&0));
        (x + 1..y).all(|i| {
            matches!(s.toks.toks[i], Tok::Num { .. })
                || (matches!(s.toks.toks[i], Tok::Word { .. })
                    && s.lex.entry(s.toks, i).flags & CONJ == 0)
        })
    });
    let sum: f64 = rest[..run].iter().filter_map(|r| r.qty).sum();
    let adds_up = prev.qty.is_some_and(|q| (q - sum).abs() < 1e-9);
    let fits = if bracket {
        run >= 2 || rest[..run].iter().any(sortish)
    } else if !comma {
        // "2 loaves of bread one white one brown": with no mark at all, only named sorts.
        run >= 2
            && side_by_side
            && rest[..run].iter().all(|r| singular(r) && s.lex.has(s.toks, r.words[0], SORT))
    } else {
        // "3 packs of biscuits, 2 digestives 1 hobnobs": counts of things in the packs.
        let packed = prev.unit.is_some_and(|u| u.dimension() == Dimension::Count);
        run >= 2
            && ((rest[..run].iter().all(singular)
                && (side_by_side || rest[..run].iter().any(sortish)))
                || (packed && side_by_side))
    };
    (run >= 1 && adds_up && fits).then_some(run)
}

/// "2 loaves of bread, 1 white 1 brown": after a comma, counts of sorts that add up to the
/// amount before them only break it down.
fn drop_breakdown(s: &Stream, items: &mut Vec<RawItem>) {
    // "3 strawberry": a count above one before a singular names a sort, not an item.
    let singular = |r: &RawItem| {
        let key = s.toks.key(r.words[0]);
        r.qty.is_some_and(|q| q > 1.0) && names::singular_en(key) == key
    };
    let sort = |r: &RawItem| {
        matches!(s.lex.lang, Lang::En | Lang::Es | Lang::De)
            && r.qty.is_some()
            && r.unit.is_none()
            && r.words.len() == 1
            && !(r.words[0] > 0 && s.lex.has(s.toks, r.words[0] - 1, OF))
            && (s.lex.has(s.toks, r.words[0], SORT) || (s.lex.lang == Lang::En && singular(r)))
    };
    let mut k = 1;
    while k < items.len() {
        let (prev, next) = (&items[k - 1], &items[k]);
        let comma = prev.words.last().is_some_and(|&a| {
            next.words.first().is_some_and(|&b| {
                (a + 1..b).any(|i| matches!(s.toks.toks[i], Tok::Mark(',' | ';' | '(' | '—')))
            })
        });
        let run = if s.lex.lang == Lang::Ru {
            ru_sorts(s, &items[k - 1..], comma)
        } else {
            items[k..].iter().take_while(|r| sort(r)).count()
        };
        let sum: f64 = items[k..k + run].iter().filter_map(|r| r.qty).sum();
        let named = items[k..k + run].iter().all(|r| s.lex.has(s.toks, r.words[0], SORT));
        let adds_up = prev
            .qty
            .is_some_and(|q| (named && sum <= q + 1e-9) || (run >= 2 && (q - sum).abs() < 1e-9));
        if let Some(run) =
            bracketed(s, &items[k - 1..]).or_else(|| counted_sorts(s, &items[k - 1..]))
        {
            items.drain(k..k + run);
        } else if (comma || s.lex.lang == Lang::Ru) && run >= 1 && adds_up {
            items.drain(k..k + run);
        } else if let Some(run) = german_breakdown(s, &items[k - 1..]) {
            items.drain(k..k + run);
        }
        k += 1;
    }
}

/// "6 latas: 3 de naranja y 3 de limón", "3 barras de pan, 2 normales y 1 integral", "2
/// bolsas de pasta, 1 de macarrones 1 de espaguetis": two or more Spanish counts of a sort ("N
/// de X", or a sort word alone) that add up to the amount before them break it down — after a
/// colon or a bracket, with "otro", or after a comma when side by side or named by sort words
/// ("3 paquetes de galletas, 2 de arroz y 1 de pasta" are more goods); how many items they are.
fn counted_sorts(s: &Stream, items: &[RawItem]) -> Option<usize> {
    use super::lexicon_es::{adjective_like, is_grocery};
    let (prev, rest) = items.split_first()?;
    let total = prev.qty?;
    let (&a, &b) = (prev.words.last()?, rest.first()?.words.first()?);
    let mark = |marks: &[char]| {
        (a + 1..b).any(|i| matches!(s.toks.toks[i], Tok::Mark(c) if marks.contains(&c)))
    };
    let sort = |r: &RawItem| {
        let key = s.toks.key(r.words[0]);
        r.qty.is_some()
            && r.unit.is_none()
            && r.words.len() == 1
            && !is_grocery(key)
            && (s.lex.has(s.toks, r.words[0], SORT) || adjective_like(&names::singular_es(key)))
    };
    let run = rest.iter().take_while(|r| counted_of(s, r) || sort(r)).count();
    let sum: f64 = rest[..run].iter().filter_map(|r| r.qty).sum();
    let other = |r: &RawItem| {
        matches!(s.toks.key(r.words[0].saturating_sub(2)), "otro" | "otra" | "otros" | "otras")
    };
    // "1 de macarrones 1 de espaguetis": no "y" between one count and the next.
    let side_by_side = rest[..run].windows(2).all(|w| {
        let (x, y) = (*w[0].words.last().unwrap_or(&0), *w[1].words.first().unwrap_or(&0));
        !(x + 1..y).any(|i| s.lex.has(s.toks, i, CONJ))
    });
    let marked = mark(&[':', '(', '—'])
        || rest[..run].iter().any(other)
        || (mark(&[',']) && (side_by_side || rest[..run].iter().any(sort)));
    (s.lex.lang == Lang::Es && run >= 2 && marked && (total - sum).abs() < 1e-9).then_some(run)
}

/// "2 пачки риса 1 бурый 1 белый", "2 пачки макарон, 1 спагетти 1 перья", "2 сока, 1
/// яблочный 1 мультифрукт": how many counts after an item name its sorts — adjectives, or
/// after a comma any single word when the item came in packs or an adjective is among them.
/// Two or more of them, adding up, only break the amount down.
fn ru_sorts(s: &Stream, items: &[RawItem], comma: bool) -> usize {
    let Some((prev, rest)) = items.split_first() else { return 0 };
    let packed = prev.unit.is_some_and(|u| u.dimension() == Dimension::Count);
    let adjective = |r: &RawItem| names_ru::adjective_like(s.toks.key(r.words[0]));
    let run = rest
        .iter()
        .take_while(|r| {
            r.qty.is_some() && r.unit.is_none() && r.words.len() == 1 && (adjective(r) || comma)
        })
        .count();
    let sorts = &rest[..run];
    let named = sorts.iter().all(adjective) || (comma && (packed || sorts.iter().any(adjective)));
    if run >= 2 && named { run } else { 0 }
}

/// "2 Tüten Nudeln, 1 Penne 1 Fusilli", "4 Pizzen: 2 Salami 2 Margherita": German counts side
/// by side with nothing between them, after a comma, a colon or a bracket, that add up to a
/// count before them break it down; their number.
fn german_breakdown(s: &Stream, items: &[RawItem]) -> Option<usize> {
    let (prev, rest) = items.split_first()?;
    let (&a, &b) = (prev.words.last()?, rest.first()?.words.first()?);
    let marked = (a + 1..b).any(|i| matches!(s.toks.toks[i], Tok::Mark(',' | ':' | '(' | '—')));
    let counted = prev.unit.is_none_or(|u| u.dimension() == Dimension::Count);
    let single = |r: &RawItem| {
        r.qty.is_some()
            && r.unit.is_none()
            && r.words.len() == 1
            && !s.lex.has(s.toks, r.words[0].saturating_sub(1), OF)
    };
    // A breakdown is short; the bound keeps the pass linear.
    let run = rest.iter().take(12).take_while(|r| single(r)).count();
    // Only a number between one count's name and the next: "1 Penne 1 Fusilli".
    let side_by_side = rest[..run].windows(2).all(|w| {
        (w[0].words[0] + 1..w[1].words[0])
            .all(|i| matches!(s.toks.toks[i], Tok::Num { .. }) || s.toks.key(i) == "x")
    });
    let sum: f64 = rest[..run].iter().filter_map(|r| r.qty).sum();
    let adds_up = prev.qty.is_some_and(|q| (q - sum).abs() < 1e-9);
    // "1 Vollkorn, 1 Dinkel": named sorts may stand apart.
    let sorts = rest[..run].iter().all(|r| s.lex.has(s.toks, r.words[0], SORT));
    (s.lex.lang == Lang::De && marked && counted && run >= 2 && (side_by_side || sorts) && adds_up)
        .then_some(run)
}

/// How many words "ein halbes" or "halb" take up after a German name, when nothing follows
/// them in the clause.
/// "ist halb gegessen": after "ist", too.
fn half_after(s: &Stream) -> Option<usize> {
    let p = s.p + usize::from(matches!(s.key(s.p), "ist" | "is" | "sind"));
    // "Kuchen ist noch die Hälfte da": "die Hälfte" too.
    let article = s.entry(p).flags & ARTICLE != 0
        || (s.entry(p).flags & DET != 0 && s.key(p + 1) == "halfte");
    let k = if article { 2 } else { 1 };
    // "ist noch halb voll": "voll" after it.
    let k = k + usize::from(s.key(p + k) == "voll");
    let half = (s.entry(p).num == Some(0.5)
        || s.entry(p + 1).num == Some(0.5)
        || s.key(p + 1) == "halfte")
        && (article || s.key(p) == "halb")
        && (!s.is_word(p + k) || s.boundary(p + k));
    half.then_some(p + k - s.p)
}

/// "peppers (red and yellow)": sorts in brackets after an item say which, not what more.
fn drop_bracketed_sorts(s: &Stream, items: &mut Vec<RawItem>) {
    if s.lex.lang != Lang::En || items.len() < 2 {
        return;
    }
    let toks = &s.toks.toks;
    let mut open = false;
    let mut k = 0;
    let mut at = 0;
    items.retain(|r| {
        let first = r.words.first().copied().unwrap_or(0);
        while at < first {
            match toks[at] {
                Tok::Mark('(') => open = true,
                Tok::Mark(')') => open = false,
                _ => {}
            }
            at += 1;
        }
        k += 1;
        let sorts = r.qty.is_none() && r.words.iter().all(|&i| s.lex.has(s.toks, i, SORT));
        !(k > 1 && open && sorts)
    });
}

/// "…, elles étaient moisies", "…, estaba mala": after a comma, a clause about the item
/// already named is no item of its own.
fn remark(s: &Stream) -> bool {
    let after_comma = s.p > 0 && matches!(s.tok(s.p - 1), Some(Tok::Mark(',' | ';')));
    // "Mon cœur, tu peux prendre du beurre ?": after who is spoken to, the message itself.
    let addressed = s.raw(s.p).is_some_and(|i| {
        s.lex.lang == Lang::Fr
            && (0..i.saturating_sub(1)).all(|j| match s.toks.toks[j] {
                Tok::Word { .. } => !super::lexicon_fr::is_grocery(s.toks.key(j)) && s.in_stream(j),
                _ => false,
            })
    });
    if after_comma && addressed {
        return false;
    }
    // "…, el que había se puso duro": an article or a pronoun may stand before the clause word.
    let mut c = s.p;
    while c < s.p + 2
        && s.entry(c).flags & (DET | FILLER) != 0
        && s.entry(c).flags & CLAUSE == 0
        && s.is_word(c + 1)
    {
        c += 1;
    }
    if after_comma && s.entry(c).flags & CLAUSE != 0 && s.entry(c).num.is_none() {
        return true;
    }
    // "Käse auf die Liste, aber keinen Gouda": what is not wanted, after "aber".
    let but_not = s.lex.lang == Lang::De
        && s.key(s.p) == "aber"
        && s.raw(s.p).is_some_and(|i| {
            let next = s.toks.key(i + 1);
            next.starts_with("kein") || next == "nicht"
        });
    if after_comma && but_not {
        return true;
    }
    // "…, die vom Aldi ist immer schlecht": a German pronoun before a preposition or a verb.
    let pronoun = s.lex.lang == Lang::De
        && s.entry(s.p).flags & DET != 0
        && s.entry(s.p + 1).flags & (PREP | DET | CLAUSE) != 0;
    if after_comma && pronoun {
        return true;
    }
    // "…, die Kinder kriegen eh zu viel": in German a person and a lowercase verb the tables
    // do not know open a remark too.
    let person_verb = s.lex.lang == Lang::De
        && c > s.p
        && s.entry(c - 1).flags & FILLER != 0
        && s.entry(c).flags == 0
        && matches!(s.tok(c), Some(Tok::Word { upper: false, .. }));
    if after_comma && person_verb {
        return true;
    }
    // "añade leche y que sea sin lactosa": in Spanish "y que" opens a wish about the item.
    // "que" reads as the cue "qué", so it is looked for among the raw tokens.
    let wish = s
        .raw(s.p)
        .is_some_and(|i| i >= 2 && s.toks.key(i - 1) == "que" && s.lex.has(s.toks, i - 2, CONJ));
    if s.lex.lang == Lang::Es && wish {
        return true;
    }
    // "bought soy sauce, no sesame oil though": after a comma, what was not got.
    let denied = s.raw(s.p).is_some_and(|i| {
        i > 0 && matches!(s.toks.key(i - 1), "no" | "not") && s.raw(s.p - 1) != Some(i - 1)
    });
    if after_comma && s.lex.lang == Lang::En && denied && !items_denied(s) {
        return true;
    }
    // "remove the avocado, already got one": "already" with nothing new named after it.
    if after_comma && s.lex.lang == Lang::En && s.key(s.p) == "already" && !names_more(s) {
        return true;
    }
    // "…, les poules de mamie en ont donné": a French clause whose verb takes "en" is about
    // the item before.
    let about = (s.p..).take_while(|&p| s.raw(p).is_some() && !s.boundary(p)).take(8).any(|p| {
        s.key(p) == "en"
            && s.raw(p + 1).is_some_and(|j| {
                matches!(s.toks.key(j), "a" | "ai" | "ont" | "avons" | "avez" | "as")
            })
    });
    if after_comma && s.lex.lang == Lang::Fr && about {
        return true;
    }
    // "rajoute du beurre doux, pas du salé": in French too, and what is left out ("sauf").
    if after_comma && s.lex.lang == Lang::Fr && matches!(s.key(s.p), "pas" | "sauf") {
        return true;
    }
    // "add 2 lemons, for the pasta tomorrow": a phrase of purpose after a comma.
    if after_comma && s.lex.lang == Lang::En && s.entry(s.p).flags & (PREP | CONJ) == PREP {
        return true;
    }
    // "Hab die Butter aufgebraucht, für den Zupfkuchen": so in German.
    if after_comma
        && s.lex.lang == Lang::De
        && matches!(s.key(s.p), "fur" | "furs" | "furn" | "zum" | "zur" | "wegen")
    {
        return true;
    }
    // "а мука есть у нас? хочу блины": in Russian a wish or plan after a question is a remark.
    let planned = s.raw(s.p).is_some_and(|i| {
        (0..=i)
            .rev()
            .take(6)
            .take_while(|&j| !matches!(s.toks.toks[j], Tok::Mark(_)))
            .any(|j| matches!(s.toks.key(j), "хочу" | "хотим" | "хочется" | "будем" | "буду"))
    });
    if s.lex.lang == Lang::Ru && planned {
        return true;
    }
    // "можешь взять сметану? для борща", "хватит на кашу?": in Russian a phrase of purpose
    // after a mark.
    let after_mark = s.p > 0 && matches!(s.tok(s.p - 1), Some(Tok::Mark(',' | '?' | '.' | '!')));
    if after_mark && s.lex.lang == Lang::Ru && matches!(s.key(s.p), "для" | "на" | "к" | "ко")
    {
        return true;
    }
    // "…and honestly it was gross": after "and", a pronoun and a verb start a remark.
    let after_and = s.lex.lang == Lang::En && s.p > 0 && s.boundary(s.p - 1);
    let mut p = s.p;
    while s.entry(p).flags & (FILLER | CLAUSE) == FILLER {
        p += 1;
    }
    let next = s.entry(p + 1).flags;
    after_and
        && s.entry(p).flags & CLAUSE != 0
        && s.entry(p).num.is_none()
        && matches!(s.tok(p + 1), Some(Tok::Word { .. }))
        && next & (FILLER | CLAUSE) != 0
}

/// Whether a plain word follows the read position before the clause ends.
fn names_more(s: &Stream) -> bool {
    (s.p + 1..).take_while(|&p| s.raw(p).is_some() && !s.boundary(p)).any(|p| {
        s.is_word(p) && s.entry(p).num.is_none() && s.entry(p).flags & (VAGUE | DET | FILLER) == 0
    })
}

/// "Milch gekauft, Eier hatten sie nicht": after the first item, a German phrase with "nicht"
/// says what was not done.
fn negated(s: &Stream) -> bool {
    // "comprad leche entera, no semi": a Spanish "no" after a comma sets aside what follows.
    let set_aside = s.lex.lang == Lang::Es
        && s.raw(s.p).is_some_and(|i| {
            i >= 2 && s.toks.key(i - 1) == "no" && s.toks.toks[i - 2] == Tok::Mark(',')
        });
    // "Brot gekauft, Milch gabs keine": so does "kein", which a cue took from the stream; the
    // clause is read in the message itself, up to its next mark.
    let toks = &s.toks.toks;
    // A "nicht" a cue took ("brauchen wir nicht") is that cue's.
    let free = |i: usize| s.idx.binary_search(&i).is_ok();
    let denied =
        |i: usize| (s.toks.key(i) == "nicht" && free(i)) || s.toks.key(i).starts_with("kein");
    let german = s.lex.lang == Lang::De
        && s.raw(s.p).is_some_and(|a| {
            (a..toks.len())
                .take(12)
                .take_while(|&i| !matches!(toks[i], Tok::Mark(',' | '.' | ';' | '!' | '?')))
                .any(denied)
        });
    set_aside || german
}

/// "молоко закончилось, а хлеб ещё есть", "кофе кончился, а чая полно": in Russian what is
/// still there after a contrasting "а" or "но" is no item of the news.
fn still_there(s: &Stream) -> bool {
    let Some(start) = s.raw(s.p) else { return false };
    // "Огурцы кончились, помидоры есть": after a depletion a comma contrasts too.
    let gone = |j: usize| {
        s.lex.cues.get(s.toks.key(j)).is_some_and(|c| c.iter().any(|(_, c)| *c == Cue::Deplete))
    };
    let comma = start >= 1
        && matches!(s.toks.toks[start - 1], Tok::Mark(','))
        && (start.saturating_sub(8)..start).any(gone);
    let contrast = comma || (start >= 1 && matches!(s.toks.key(start - 1), "а" | "но"));
    if s.lex.lang != Lang::Ru || !contrast {
        return false;
    }
    let end = (start..s.toks.toks.len())
        .find(|&i| matches!(s.toks.toks[i], Tok::Mark(',' | '.' | '!' | '?' | ';')))
        .unwrap_or(s.toks.toks.len());
    // "Хм, а сосиски остались?": asked, it is the news itself.
    let asked = matches!(s.toks.toks.get(end), Some(Tok::Mark('?')));
    !asked
        && (start..end).any(|i| {
            matches!(
                s.toks.key(i),
                "есть" | "осталась" | "остался" | "осталось" | "остались" | "полно"
            )
        })
}

/// "Хлеб не было": in Russian what was not there, said after the name, is no item.
fn not_there(s: &Stream, item: &RawItem) -> bool {
    item.words.last().is_some_and(|&w| {
        s.lex.lang == Lang::Ru
            && s.toks.key(w + 1) == "не"
            && matches!(s.toks.key(w + 2), "было" | "нашла" | "нашёл" | "нашел" | "оказалось")
    })
}

/// "и что-нибудь к чаю": in Russian "something" names no item, nor does what follows it.
fn something(s: &Stream) -> bool {
    // "что-нибудь из мяса" still names the meat.
    let some = |i: usize| {
        i >= 1
            && matches!(s.toks.key(i - 1), "что" | "чего" | "чем")
            && matches!(s.toks.key(i), "нибудь" | "то")
            && s.toks.key(i + 1) != "из"
    };
    // "хоть что-нибудь к чаю": fillers may come first.
    let mut p = s.p;
    while s.entry(p).flags & FILLER != 0 && s.key(p) != "нибудь" && !s.boundary(p) {
        p += 1;
    }
    s.lex.lang == Lang::Ru
        && s.raw(p).is_some_and(|i| some(i) || some(i + 1) || i.checked_sub(1).is_some_and(some))
}

/// "в магазине не было творога", "не нашла сметану": in Russian what was not there or not
/// found is no item.
fn missing(s: &Stream) -> bool {
    let mut p = s.p;
    while s.entry(p).flags & (FILLER | SKIP) != 0 && !s.boundary(p) {
        p += 1;
    }
    s.lex.lang == Lang::Ru
        && s.raw(p).is_some_and(|i| {
            i >= 2
                && s.toks.key(i - 2) == "не"
                && matches!(
                    s.toks.key(i - 1),
                    "было"
                        | "нашла"
                        | "нашёл"
                        | "нашел"
                        | "нашли"
                        | "найду"
                        | "найдём"
                        | "найдем"
                )
        })
}

/// Whether the message opened with a denial itself ("no eggs, no milk"), so that a later one
/// names items too.
fn items_denied(s: &Stream) -> bool {
    s.raw(0).is_some_and(|i| (0..i).any(|j| matches!(s.toks.key(j), "no" | "not" | "out")))
}

/// "купил молоко хлеб яйца": Russian groceries side by side without commas, one name each.
fn russian_run(s: &Stream, item: &RawItem) -> Option<Vec<Vec<usize>>> {
    if s.lex.lang != Lang::Ru || item.words.len() < 2 {
        return None;
    }
    let text = |k: usize| s.toks.text(item.words[k]);
    let mut groups: Vec<Vec<usize>> = vec![vec![item.words[0]]];
    for k in 1..item.words.len() {
        let next = (k + 1 < item.words.len()).then(|| text(k + 1));
        if names_ru::new_name_at(text(k - 1), text(k), next, groups.len() > 1) {
            groups.push(Vec::new());
        }
        groups.last_mut()?.push(item.words[k]);
    }
    (groups.len() > 1).then_some(groups)
}

/// "add milk eggs bread": a plural inside a run of words is no compound's modifier, so the
/// words are items of their own ("chicken thighs" ends in its plural).
fn unseparated(s: &Stream, item: &RawItem) -> bool {
    let plural = |i: usize| {
        let key = s.toks.key(i);
        !matches!(s.toks.toks[i], Tok::Word { upper: true, .. })
            && key.len() > 3
            && !key.contains('\'')
            && names::singular_en(key) != key
    };
    s.lex.lang == Lang::En
        && item.qty.is_none()
        && item.unit.is_none()
        && item.words.len() >= 2
        // A cue word between two names ("the shops got milk") leaves them side by side.
        && item.words.windows(2).all(|w| (w[0] + 1..w[1]).all(|i| matches!(s.toks.toks[i], Tok::Word { .. })))
        && item.words[..item.words.len() - 1].iter().any(|&i| plural(i))
}

/// "leche pan huevos": in Spanish a grocery noun right after another word of a name (no "de"
/// between) starts the next item; the first keeps the amount.
fn push_groceries(s: &Stream, item: RawItem, items: &mut Vec<RawItem>) {
    use super::lexicon_es::{adjective_like, flavoured, is_grocery};
    let key = |i: usize| s.toks.key(i);
    let starts = |k: usize, from: usize| {
        let (a, b) = (item.words[k - 1], item.words[k]);
        if s.lex.lang == Lang::Fr {
            return french_break(s, a, b, k - from == 1);
        }
        // "zumo naranja": a flavour right after its drink or dish is no item of its own.
        let head = k - from == 1 && flavoured(key(a));
        // "leche galletas": a plural right after a singular is no adjective of it.
        let participle = ["ados", "adas", "idos", "idas"].iter().any(|e| key(b).ends_with(e));
        // "boniatos chirivías": a plural after a plural is a grocery of its own unless it
        // looks like an adjective agreeing with it ("huevos camperos").
        let agrees = key(a).ends_with('s') && adjective_like(&names::singular_es(key(b)));
        // "pizza Casa Tarradellas": a capitalised word is a brand's.
        let brand = matches!(s.toks.toks[b], Tok::Word { upper: true, .. });
        let number = !agrees
            && !brand
            && !participle
            && key(b).len() > 3
            && s.lex.entry(s.toks, b).flags == 0
            && names::singular_es(key(b)) != key(b);
        s.lex.lang == Lang::Es
            && (is_grocery(key(b)) || number)
            && !s.lex.has(s.toks, a, OF | CONJ)
            && key(a) != "sin"
            && !head
            && !s.lex.compound(key(a), key(b))
    };
    // "se pusieron negros los plátanos": a Spanish adjective before its subject is said of it.
    let predicate = |k: usize| {
        item.qty.is_none()
            && item.words[..k].iter().all(|&w| s.lex.has(s.toks, w, SORT | DROP))
            && s.lex.has(s.toks, item.words[k] - 1, DET)
    };
    let mut from = 0;
    for k in 1..item.words.len() {
        if starts(k, from) && from == 0 && predicate(k) {
            from = k;
        } else if starts(k, from) {
            let first = from == 0;
            items.push(RawItem {
                words: item.words[from..k].to_vec(),
                qty: if first { item.qty } else { None },
                unit: if first { item.unit } else { None },
                unit_at: if first { item.unit_at } else { None },
                implicit: first && item.implicit,
                definite: first && item.definite,
            });
            from = k;
        }
    }
    if from == 0 {
        items.push(item);
    } else {
        items.push(RawItem {
            words: item.words[from..].to_vec(),
            qty: None,
            unit: None,
            unit_at: None,
            implicit: false,
            definite: false,
        });
    }
}

/// "der Quark riecht komisch", "Nudeln ohne Ende": German capitalises its nouns, so a
/// lowercase word the tables do not know right after a capitalised one (not the message's
/// first word, which a phone capitalises anyway) is no part of the name.
fn cased_tail(s: &Stream, item: &mut RawItem) {
    if s.lex.lang != Lang::De {
        return;
    }
    let upper = |i: usize| matches!(s.toks.toks[i], Tok::Word { upper: true, .. });
    let first = s.toks.toks.iter().position(|t| matches!(t, Tok::Word { .. }));
    let w = &item.words;
    let cut = (1..w.len()).find(|&k| {
        upper(w[k - 1])
            && Some(w[k - 1]) != first
            && !upper(w[k])
            && !s.toks.hyphen(w[k])
            // "Crème fraîche": a French name keeps its lowercase word.
            && !s.toks.text(w[k]).contains(['î', 'é', 'è', 'â', 'ç'])
            && s.lex.entry(s.toks, w[k]).flags == 0
            && !lexicon_de::staple(s.toks.text(w[k]))
    });
    if let Some(k) = cut {
        item.words.truncate(k);
    }
    // "Weintrauben kernlos": an adjective after the name describes it, even at the start.
    let described = |w: usize| {
        let t = s.toks.text(w);
        !upper(w)
            && !lexicon_de::staple(t)
            && ["los", "frei", "arm", "haltig", "isch", "ig", "lich"].iter().any(|e| t.ends_with(e))
    };
    // Only after a capitalised noun: "brauchen milch honig essig" names three.
    let n = item.words.len();
    if n >= 2 && upper(item.words[n - 2]) && described(item.words[n - 1]) {
        item.words.pop();
    }
}

/// "Ben & Jerry's": in French the words either side of a brand's "&" are its name, whatever
/// else they may be ("ben" is a filler).
fn brand_word(s: &Stream, i: usize) -> bool {
    s.lex.lang == Lang::Fr && (s.toks.brand_amp(i + 1) || (i > 0 && s.toks.brand_amp(i - 1)))
}

/// "lait oeufs farine", "carottes poireaux navets": in French a grocery right after another
/// grocery (no "de" or "à" between) starts the next item, as does a plural right after a
/// singular, which no adjective of it would be. `first` says `a` is the name's first word,
/// whose flavour may follow it ("jus orange").
fn french_break(s: &Stream, a: usize, b: usize, first: bool) -> bool {
    use super::lexicon_fr::{flavoured, is_grocery};
    let (ka, kb) = (s.toks.key(a), s.toks.key(b));
    let plain = |i: usize| s.lex.entry(s.toks, i).flags == 0;
    // "fruits de mer surgelés", "cuisses de canard confites": an adjective after a link's
    // noun agrees with the head before the link.
    let linked = a > 0 && s.lex.has(s.toks, a - 1, OF);
    let plural = !ka.ends_with(['s', 'x'])
        && !linked
        && plain(b)
        && kb.len() > 3
        && !s.toks.text(b).ends_with("és")
        && !s.toks.text(b).ends_with("ées")
        && !matches!(s.toks.toks[b], Tok::Word { upper: true, .. })
        && names::singular_fr(kb) != kb;
    // "jus orange", "lait sans lactose", "tomates cerises", "réunion parents-profs": one name.
    let joined = s.toks.hyphen(b)
        || names::is_romance_link(ka)
        || names::is_romance_link(kb)
        || s.lex.has(s.toks, a, OF | CONJ | PREP | DET | NOT_ITEM)
        || (first && flavoured(ka))
        || s.lex.compound(ka, kb);
    !joined && ((is_grocery(ka) && is_grocery(kb)) || plural)
}

/// "Sorry dass ich so spät antworte, aber Milch ist alle": where a German message capitalises
/// its nouns, words all in lowercase with no amount name no item (a staple still does).
fn drop_lowercase(s: &Stream, items: &mut Vec<RawItem>) {
    if s.lex.lang != Lang::De {
        return;
    }
    let toks = &s.toks.toks;
    let upper = |i: usize| matches!(toks[i], Tok::Word { upper: true, .. });
    // A capital that no sentence start explains.
    let first = toks.iter().position(|t| matches!(t, Tok::Word { .. })).unwrap_or(0);
    // Names of people, shops and days are capitalised by anyone: "Hab bei Rewe hafermilch
    // gekauft" capitalises no noun.
    let cased = (first + 1..toks.len()).any(|i| {
        upper(i)
            && !matches!(toks[i - 1], Tok::Mark('.' | '!' | '?' | ':'))
            && s.lex.entry(s.toks, i).flags & (FILLER | NOT_ITEM | DET | TIME) == 0
    });
    if !cased {
        return;
    }
    // "Hab Milch und hafermilch gekauft": a lowercase name listed after "und" or a comma is
    // still one, unless it reads as a verb ("…, denkst du daran").
    let verb = |w: &str| {
        w.ends_with("st")
            || (w.ends_with('t')
                && (w.starts_with("ge") || w.contains("ge") || w.starts_with("zer")))
    };
    let listed = |r: &RawItem| {
        r.words.first().is_some_and(|&w| {
            // An article may stand between: "und die müsliriegel".
            let b = if w > 1 && s.lex.has(s.toks, w - 1, DET) { w - 1 } else { w };
            b > 0
                && (s.lex.has(s.toks, b - 1, CONJ) || matches!(toks[b - 1], Tok::Mark(',' | '&')))
                && !verb(s.toks.text(w))
        })
    };
    items.retain(|r| {
        r.qty.is_some()
            || r.unit.is_some()
            || listed(r)
            || r.words.iter().any(|&w| upper(w) || lexicon_de::staple(s.toks.text(w)))
    });
}

/// The stream position after a German purpose ("für die Schule") that an amount follows.
fn purpose_before_amount(s: &Stream) -> Option<usize> {
    if s.lex.lang != Lang::De || !matches!(s.key(s.p), "fur" | "furs" | "zum" | "zur") {
        return None;
    }
    let mut p = s.p + 1;
    while s.entry(p).flags & DET != 0 {
        p += 1;
    }
    let amount =
        matches!(s.tok(p + 1), Some(Tok::Num { .. })) || s.entry(p + 1).flags & ARTICLE != 0;
    (s.is_word(p) && !s.boundary(p) && amount).then_some(p + 1)
}

/// Whether the amount read from token `from` on follows "noch" in a clause after a comma:
/// "…, hab noch 2".
fn still_after_comma(toks: &Tokens, from: Option<usize>) -> bool {
    let Some(from) = from else { return false };
    let n = toks.toks.len();
    let Some(at) = (from..n.min(from + 4)).find(|&j| matches!(toks.toks[j], Tok::Num { .. }))
    else {
        return false;
    };
    let clause = (at.saturating_sub(4)..at).rev().find(|&j| matches!(toks.toks[j], Tok::Mark(_)));
    // Only after a need or a removal ("brauchen wir nicht", "streich"): "Eier sind nicht alle,
    // noch 3 da" states the stock itself.
    let listed = |j: usize| {
        let k = toks.key(j);
        k.starts_with("brauch") || k.starts_with("streich") || matches!(k, "liste" | "zettel")
    };
    at > 0
        && toks.key(at - 1) == "noch"
        && clause.is_some_and(|j| matches!(toks.toks[j], Tok::Mark(',')) && (0..j).any(listed))
}

/// A word whose number is a size or grade, no amount: "size 4", "taille 5", "stage 2",
/// "factor 50".
fn size_word(s: &Stream, key: &str) -> bool {
    matches!(key, "taille" | "size" | "sz")
        || (s.lex.lang == Lang::En && matches!(key, "stage" | "factor" | "spf"))
}

/// "купил молоко хлеб яйца", "6 bagels cream cheese": names split from one run; the amount,
/// if any, is the first name's.
fn push_groups(items: &mut Vec<RawItem>, item: &RawItem, groups: Vec<Vec<usize>>) {
    for (k, words) in groups.into_iter().enumerate() {
        let (qty, unit, unit_at) =
            if k == 0 { (item.qty, item.unit, item.unit_at) } else { (None, None, None) };
        let implicit = item.implicit;
        items.push(RawItem { words, qty, unit, unit_at, implicit, definite: false });
    }
}

/// "6 bagels cream cheese", "cat food dog food", "washing up liquid sponges": in an English
/// run of words a plural, or a product's head noun, ends a name when a word follows that makes
/// no known name with it.
fn english_breaks(s: &Stream, item: &RawItem) -> Option<Vec<Vec<usize>>> {
    const HEADS: &[&str] = &["food", "liquid", "paste", "powder", "spray"];
    // Plurals that describe the noun after them.
    const DESCRIBE: &[&str] = &["ladies", "mens", "sports", "womens"];
    let w = &item.words;
    if s.lex.lang != Lang::En || w.len() < 2 {
        return None;
    }
    let key = |i: usize| s.toks.key(i);
    let ends = |a: usize, b: usize| {
        let k = key(a);
        let plural = !matches!(s.toks.toks[a], Tok::Word { upper: true, .. })
            && k.len() > 3
            && !k.contains('\'')
            && names::singular_en(k) != k
            && !DESCRIBE.contains(&k);
        b == a + 1
            && !s.toks.hyphen(b)
            && (plural || HEADS.contains(&k))
            && !s.lex.compound(k, &names::singular_en(key(b)))
    };
    let mut groups: Vec<Vec<usize>> = vec![vec![w[0]]];
    for (k, pair) in w.windows(2).enumerate() {
        // "baby food pouches": a head noun ends a name only before a name of two words.
        let head = HEADS.contains(&key(pair[0])) && k + 3 > w.len();
        if (ends(pair[0], pair[1]) && !head) || two_staples(s, pair[0], pair[1]) {
            groups.push(vec![pair[1]]);
        } else if let Some(g) = groups.last_mut() {
            g.push(pair[1]);
        }
    }
    (groups.len() > 1).then_some(groups)
}

/// "milch eier butter gekauft": German writes a name as one compound word, so three or more
/// plain words side by side without an amount are items of their own.
/// So are two or more plurals: "tomaten gurken und paprika", and two staples: "Käse Schinken".
fn german_run(s: &Stream, item: &RawItem) -> bool {
    let (last, init) = match item.words.split_last() {
        Some((&last, init)) => (last, init),
        None => return false,
    };
    // "roten Zwiebeln", "eingelegten gurken": an adjective is no plural of its own.
    let plural = |i: usize| {
        let text = s.toks.text(i);
        let upper = |j: usize| matches!(s.toks.toks[j], Tok::Word { upper: true, .. });
        let cased = !upper(i) && upper(last);
        // Only a German plural ending counts: "Jacobs Kaffee" is a brand.
        names::singular_de(text) != text
            && !text.ends_with('s')
            && !names::adjective_like_de(text, cased)
    };
    s.lex.lang == Lang::De
        && item.qty.is_none()
        && item.unit.is_none()
        && (item.words.len() >= 3
            || (init.len() == 1 && init.iter().all(|&i| plural(i)))
            || item.words.iter().all(|&i| lexicon_de::staple(s.toks.text(i))))
        && item.words.windows(2).all(|w| w[0] + 1 == w[1] && !s.toks.hyphen(w[1]))
        && item.words.iter().all(|&i| s.lex.entry(s.toks, i).flags == 0)
}

/// "toilet paper kitchen roll", "milk bread eggs": an English run of words that is two or
/// more known two-word names, or staples, side by side; the size of each group.
fn pairs(s: &Stream, item: &RawItem) -> Option<usize> {
    let w = &item.words;
    let known = |c: &[usize]| {
        c[0] + 1 == c[1] && s.lex.compound(s.toks.key(c[0]), &names::singular_en(s.toks.key(c[1])))
    };
    if staples(s, item) {
        return Some(1);
    }
    (s.lex.lang == Lang::En
        && item.qty.is_none()
        && item.unit.is_none()
        && w.len() >= 4
        && w.len().is_multiple_of(2)
        && w.chunks(2).all(known))
    .then_some(2)
}

/// "bread eggs": two staples that make no known name are two items.
fn two_staples(s: &Stream, a: usize, b: usize) -> bool {
    let key = |i: usize| names::singular_en(s.toks.key(i));
    let staple = |i: usize| super::lexicon_en::STAPLES.binary_search(&&*key(i)).is_ok();
    s.lex.lang == Lang::En && staple(a) && staple(b) && !s.lex.compound(s.toks.key(a), &key(b))
}

/// "got milk bread eggs": English staples side by side with no known name among them.
fn staples(s: &Stream, item: &RawItem) -> bool {
    let w = &item.words;
    let key = |i: usize| names::singular_en(s.toks.key(i));
    s.lex.lang == Lang::En
        && item.qty.is_none()
        && item.unit.is_none()
        && w.len() >= 2
        && w.windows(2).all(|p| p[0] + 1 == p[1] && !s.lex.compound(s.toks.key(p[0]), &key(p[1])))
        && w.iter().all(|&i| super::lexicon_en::STAPLES.binary_search(&&*key(i)).is_ok())
}

/// Splits a run of names into one name per word, except that a kind word stays with the
/// plural after it: "chicken breasts rice" is two items.
fn kinds(s: &Stream, words: &[usize]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    for &i in words {
        let joins = i > 0
            && out.last().is_some_and(|g| {
                g.len() == 1
                    && g[0] + 1 == i
                    && s.lex.has(s.toks, g[0], MODIFIER)
                    && names::singular_en(s.toks.key(i)) != s.toks.key(i)
                    && !two_staples(s, g[0], i)
            });
        match out.last_mut() {
            Some(g) if joins => g.push(i),
            _ => out.push(vec![i]),
        }
    }
    out
}

/// "apples bananas and grapes": in a list, plurals side by side are items of their own
/// ("chicken thighs", "Walkers crisps" are one).
fn run_of_plurals(s: &Stream, item: &RawItem) -> bool {
    s.lex.lang == Lang::En
        && item.qty.is_none()
        && item.unit.is_none()
        && item.words.len() >= 2
        && item.words.iter().all(|&i| {
            let key = s.toks.key(i);
            !matches!(s.toks.toks[i], Tok::Word { upper: true, .. })
                && key.len() > 3
                && !key.contains('\'')
                && names::singular_en(key) != key
        })
}

fn segment(s: &mut Stream) -> Option<RawItem> {
    let start = s.p;
    // "rice - 2 bags bought": after a dash, an amount alone belongs to the name before it.
    // "comida de gato, 3 latas": in Spanish a comma right before the amount does the same.
    // "leche, quedan 2 bricks": a stock word may stand between, not a verb ("…, traigo 2").
    let comma = s.lex.lang == Lang::Es
        && s.p >= 1
        && matches!(s.tok(s.p - 1), Some(Tok::Mark(',')))
        && s.raw(s.p - 1).zip(s.raw(s.p)).is_some_and(|(c, i)| {
            (c + 1..i).all(|g| matches!(s.toks.toks[g], Tok::Word { .. })) && !verb_between(s, c, i)
        });
    // "яйца, 20 штук": in Russian a comma does the same.
    let ru_comma =
        s.lex.lang == Lang::Ru && matches!(s.tok(s.p.wrapping_sub(1)), Some(Tok::Mark(',' | '(')));
    // "Milch: 2 Packungen da": so does an amount after a colon.
    let after_dash = s.p >= 2
        && (matches!(s.tok(s.p - 1), Some(Tok::Mark('—' | ':')))
            || comma
            || ru_comma
            || (s.lex.lang == Lang::De && matches!(s.tok(s.p - 1), Some(Tok::Mark('('))))
            || (s.lex.lang == Lang::De && matches!(s.tok(s.p - 1), Some(Tok::Mark(',')))))
        && s.is_word(s.p - 2);
    skip_lead(s);
    // "к 5 часам купи торт", "в 10:30", "за 180": a number after these prepositions is a time,
    // a date or a price.
    if let Some(end) = ru_time_number(s) {
        s.p = end;
        skip_lead(s);
    }
    // "дети съели по 2 йогурта": so many each says no total.
    let each = s.lex.lang == Lang::Ru && s.p > 0 && s.key(s.p - 1) == "по";
    let mut amount = quantity::read(s);
    if matches!(amount, Amount::Number(_)) && not_amount(s) {
        amount = Amount::Absent;
        s.p += 1;
    }
    if each && matches!(amount, Amount::Number(_)) {
        amount = Amount::Vague;
    }
    // "пол-литровую бутылку": "пол" before a size word is part of that word.
    let sized_half = s.lex.lang == Lang::Ru
        && s.p > 0
        && s.key(s.p - 1) == "пол"
        && matches!(s.tok(s.p), Some(Tok::Word { hyphen: true, .. }))
        && s.entry(s.p).flags & DROP != 0;
    if sized_half {
        amount = Amount::Absent;
    }
    let mut unit = None;
    let mut unit_at = None;
    let mut implicit = false;
    let mut definite = false;
    match amount {
        Amount::Number(v) => {
            skip_more(s);
            // "2 x tins of soup": the sign before a unit says nothing more.
            // "1 x large tub of yoghurt": a size word may stand between.
            let size = usize::from(s.entry(s.p + 1).flags & DROP != 0);
            if packs::is_times(s, s.p)
                && s.is_word(s.p + 1)
                && s.entry(s.p + 2 + size).flags & OF != 0
            {
                s.p += 1;
            }
            let size = packs::sized(s, v);
            let size = packs::times(s, size);
            (unit, unit_at) = (size.unit, size.at);
            amount = Amount::Number(size.value);
            // "dos kilos doscientos de carne": grams after the kilos, as said at the counter.
            let grams = match s.tok(s.p) {
                Some(Tok::Num { value, .. }) => Some(value),
                Some(Tok::Word { .. }) => s.entry(s.p).num,
                _ => None,
            };
            // "1 kilo 200 de boeuf", "1 kg 500 de farine" in French too; "2 кило 300 грамм
            // мяса": in Russian the grams are named.
            let gram = |p: usize| {
                s.raw(p)
                    .and_then(|i| s.lex.match_at(&s.lex.units, s.toks, i, |_| false))
                    .is_some_and(|(_, u)| u == Unit::G)
            };
            let named = match s.lex.lang {
                Lang::Es | Lang::Fr => s.entry(s.p + 1).flags & OF != 0,
                Lang::Ru => gram(s.p + 1),
                _ => false,
            };
            if named
                && unit == Some(Unit::Kg)
                && size.value.fract() == 0.0
                && let Some(g) = grams.filter(|g| *g >= 10.0 && *g < 1000.0 && g.fract() == 0.0)
            {
                amount = Amount::Number(size.value + g / 1000.0);
                s.p += if s.lex.lang == Lang::Ru { 2 } else { 1 };
            }
            // "a whole tube of pringles": a size word may stand before the measure.
            // "half a block of cheese": a part of one measure.
            let art = usize::from(v < 1.0 && s.entry(s.p).flags & ARTICLE != 0);
            let size = usize::from(s.entry(s.p + art).flags & DROP != 0);
            // "2 tartines de Nutella": in French a measure is dropped before "of" ("2
            // tartines" stay).
            // "she had 2 pouches": in English a measure with no name after it is the item,
            // unless it sizes the name before it in brackets ("cat food (12 pouches)").
            let next = s.p + art + size + 1;
            let named_after = s.is_word(next) && s.entry(next).flags & (CONJ | PREP) == 0;
            let alone = s.lex.lang == Lang::En
                && !named_after
                && !s.raw(s.p + art + size).is_some_and(|m| in_brackets(s.toks, m));
            let of_after = (s.lex.lang != Lang::Fr && !alone) || s.entry(next).flags & OF != 0;
            if unit.is_none() && s.entry(s.p + art + size).flags & MEASURE != 0 && of_after {
                s.p += 1 + art + size;
            }
            skip_container(s);
        }
        Amount::Absent if half_unit(s).is_some() => {
            (unit, unit_at) = half_unit(s).unwrap_or_default();
            amount = Amount::Number(0.5);
            s.p += 1;
        }
        // "the last slice of tart": a measure word with no number before "of" is dropped.
        // "vasos de plástico": a Spanish measure made of a material is a good of its own.
        // "den letzten Schluck Milch": in German with no "of".
        Amount::Absent
            if s.entry(s.p).flags & MEASURE != 0
                && (s.entry(s.p + 1).flags & OF != 0
                    || (s.lex.lang == Lang::De && s.is_word(s.p + 1) && !s.boundary(s.p + 1)))
                && !(s.lex.lang == Lang::Es && super::lexicon_es::material(s.key(s.p + 2))) =>
        {
            s.p += 1;
        }
        // "выпила чашку чая", "съели полкастрюли супа": a Russian serving with no number.
        Amount::Absent if let Some(value) = serving(s) => {
            amount = Amount::Number(value);
            implicit = value == 1.0;
            s.p += 1;
        }
        Amount::Absent if let Some((value, u, at)) = inverted(s) => {
            (unit, unit_at) = (Some(u), Some(at));
            amount = Amount::Number(value);
            s.advance_to(at + 1);
        }
        Amount::Absent => {
            // "bottle of wine", and in Russian "пачку масла": a unit with no number is one.
            let save = s.p;
            let (u, at) = read_unit(s);
            // "el bote entero de nutella": a size word may stand between the unit and "de".
            if u.is_some()
                && s.lex.lang == Lang::Es
                && s.entry(s.p).flags & DROP != 0
                && s.entry(s.p + 1).flags & OF != 0
            {
                s.p += 1;
            }
            // "kilo y medio de harina": a unit and a half.
            let value = 1.0 + if u.is_some() { quantity::half_tail(s) } else { 0.0 };
            let of_follows = s.entry(s.p).flags & OF != 0;
            // "купил батон и молоко": a Russian unit word before "и" is the item itself.
            // "взял батон нарезной": a unit word with only an adjective after it is the item.
            let described = s.is_word(s.p)
                && at.is_some_and(|a| names_ru::known_form(s.toks.key(a)))
                && names_ru::adjective_like(s.key(s.p))
                && (s.raw(s.p + 1).is_none() || s.boundary(s.p + 1));
            let ru_named = s.lex.lang == Lang::Ru && !s.boundary(s.p) && !described;
            if u.is_some() && (of_follows || ru_named) && s.is_word(s.p) {
                let size = packs::times(s, Size { value, unit: u, at, multipack: false });
                (unit, unit_at) = (size.unit, size.at);
                amount = Amount::Number(size.value);
                implicit = size.value == 1.0;
                // "bolsas de patatas", "conserves de thon": a Spanish or French plural unit
                // with no number counts none.
                let plural = |a: usize| match s.lex.lang {
                    Lang::Fr => names::singular_fr(s.toks.key(a)) != s.toks.key(a),
                    _ => names::singular_es(s.toks.key(a)) != s.toks.key(a),
                };
                if matches!(s.lex.lang, Lang::Es | Lang::Fr) && implicit && at.is_some_and(plural) {
                    amount = Amount::Vague;
                }
                let det = |i: usize| {
                    i > 0 && s.lex.has(s.toks, i - 1, DET) && !s.lex.has(s.toks, i - 1, ARTICLE)
                };
                definite = implicit && at.is_some_and(det);
            } else if u.is_some() && s.lex.lang == Lang::Ru && after_dash && !s.is_word(s.p) {
                // "вино закончилось, купи бутылку": one of the unit, of the item before.
                (unit, unit_at) = (u, at);
                amount = Amount::Number(value);
                implicit = true;
            } else if u.is_some()
                && s.lex.lang == Lang::De
                && s.is_word(s.p)
                && s.entry(s.p).flags & (FILLER | PREP | CONJ | DET | SKIP) == 0
            {
                // "wie viele Dosen Tomaten": German names the unit without "of"; one in the
                // singular is one ("XXL-Packung Chips gekauft").
                (unit, unit_at) = (u, at);
                let one = at.is_some_and(|a| {
                    let text = s.toks.text(a);
                    names::singular_de(text) == text && !s.lex.has(s.toks, a.saturating_sub(1), DET)
                });
                if one {
                    amount = Amount::Number(1.0);
                    implicit = true;
                }
            } else if s.lex.lang == Lang::En
                && s.entry(s.p).flags & MEASURE != 0
                && s.entry(s.p + 1).flags & OF != 0
                && s.is_word(s.p + 2)
            {
                // "the last sheet of baking paper", "how many pouches of cat food": a measure
                // with no number says only how the item comes.
                s.p += 1;
            } else {
                s.p = save;
            }
        }
        Amount::Vague => {
            // "a few cloves of garlic": a vague count of a unit.
            let save = s.p;
            let (u, at) = read_unit(s);
            // "einige Dosen Bohnen": German names the unit without "of".
            let german = s.lex.lang == Lang::De
                && s.is_word(s.p)
                && s.entry(s.p).flags & (FILLER | PREP | CONJ | DET | SKIP) == 0;
            // "несколько пачек масла": Russian needs no "of".
            let ru = s.lex.lang == Lang::Ru && s.is_word(s.p) && !s.boundary(s.p);
            if u.is_some() && (s.entry(s.p).flags & OF != 0 || german || ru) {
                (unit, unit_at) = (u, at);
            } else {
                s.p = save;
            }
        }
    }
    s.skip_flag(OF | DET | ARTICLE);
    let mut words = Vec::new();
    let mut dropped = Vec::new();
    while let Some(i) = s.raw(s.p) {
        // "1 yaourt et demi": in French a half after the name adds to its count.
        if let Amount::Number(v) = amount
            && s.lex.lang == Lang::Fr
            && !words.is_empty()
            && let Some((end, half)) = s.lex.match_at(&s.lex.half_tails, s.toks, i, |_| false)
        {
            amount = Amount::Number(v + half);
            s.advance_to(end);
            continue;
        }
        if s.boundary(s.p) {
            break;
        }
        // "did a quick shop got eggs": a verb taken as a cue after a word that is no grocery
        // ends that phrase.
        // "the milk in the fridge door": a cue between two words ends the name too.
        let last_not_item = words.last().is_some_and(|&w| s.lex.has(s.toks, w, NOT_ITEM));
        // "el champú se lo ha terminado Pablo": in Spanish a verb that tells news between two
        // words ends the name.
        let told = s.lex.lang == Lang::Es && words.last().is_some_and(|&w| verb_between(s, w, i));
        if told {
            break;
        }
        // "si tu passes devant Carrefour prends du lait": a place, then the verb.
        // In Spanish the cue must say something: "el libro que me dejaste" goes on.
        let es_cue = |j: usize| (j + 1..i).any(|g| verb_at(s, g, true));
        // "côté fruits on a 3 pommes": in French a count after the verb starts the next item.
        let count_after = s.lex.lang == Lang::Fr
            && !words.is_empty()
            && matches!(s.toks.toks[i], Tok::Num { .. });
        let cue_before = ((s.lex.lang == Lang::Es
            && last_not_item
            && s.p > 0
            && s.raw(s.p - 1).is_some_and(es_cue))
            || (s.lex.lang == Lang::Fr && (last_not_item || count_after))
            || (s.lex.lang == Lang::En
                && !words.is_empty()
                && (last_not_item || s.entry(s.p).flags & (PREP | CLAUSE | TIME) == 0)))
            && s.p > 0
            && s.raw(s.p - 1).is_some_and(|j| {
                (j + 1..i).any(|g| {
                    matches!(s.toks.toks[g], Tok::Word { .. })
                        && s.lex
                            .cues
                            .get(s.toks.key(g))
                            .is_some_and(|cues| cues.iter().any(|(_, c)| !matches!(c, Cue::Filler)))
                })
            });
        if cue_before {
            break;
        }
        match s.toks.toks[i] {
            Tok::Num { .. } => {
                if words.is_empty()
                    && !dropped.is_empty()
                    && matches!(amount, Amount::Number(_))
                    && s.lex.lang == Lang::En
                {
                    // "6 large 6 medium": a number after a sort word starts the next count.
                    break;
                } else if words.is_empty() && !matches!(amount, Amount::Absent) {
                    s.p += 1;
                } else if s.lex.lang == Lang::Es
                    && !words.is_empty()
                    && (unit_of_next(s) || name_of_next(s))
                {
                    // "papel de aluminio 2 bolsas de basura": a counted unit with "de" after a
                    // name starts the next item.
                    break;
                } else if s.lex.lang == Lang::Ru && s.entry(s.p + 1).flags & NOT_ITEM != 0 {
                    // "подгузники 4 размер": a number that belongs to the word after it.
                    s.p += 2;
                } else if let (Lang::Ru, Amount::Number(n), Some(u)) = (s.lex.lang, amount, unit)
                    && u.dimension() == Dimension::Count
                    && let Some((v, size, at, end)) = ru_size_after(s)
                    && (size.dimension() != Dimension::Count || n == 1.0)
                {
                    // "бутылку молока 1 л": the size of the container, after the name;
                    // "ящик воды 12 бутылок": what one container holds, counted.
                    let v = if size.dimension() == Dimension::Count { v } else { n * v };
                    (amount, unit, unit_at) = (Amount::Number(v), Some(size), Some(at));
                    s.advance_to(end);
                } else if s.lex.lang == Lang::De
                    && !words.is_empty()
                    && words.iter().all(|&w| s.lex.has(s.toks, w, NOT_ITEM))
                {
                    // "Hab dem Hund 2 Dosen Futter verfüttert": after a pet, a person or a
                    // place the amount is the next name's.
                    break;
                } else if matches!(amount, Amount::Absent)
                    || (matches!(amount, Amount::Vague)
                        && s.p > 0
                        && packs::is_times(s, s.p - 1)
                        && !words.is_empty())
                {
                    // "milk 2l", "eggs x6", "des bananes x6": the amount after the name.
                    amount = quantity::read(s);
                    // "колу 0,5 2 шт": in Russian a bare fraction before a count is the size.
                    if s.lex.lang == Lang::Ru
                        && unit.is_none()
                        && matches!(amount, Amount::Number(v) if v.fract() != 0.0)
                        && matches!(s.tok(s.p), Some(Tok::Num { .. }))
                    {
                        amount = Amount::Absent;
                        continue;
                    }
                    if matches!(amount, Amount::Number(_)) && not_amount(s) {
                        amount = Amount::Absent;
                        s.p += 1;
                        continue;
                    }
                    if unit.is_none() {
                        (unit, unit_at) = read_unit(s);
                    }
                    if bag_size(s, &words, unit) {
                        (amount, unit, unit_at) = (Amount::Absent, None, None);
                        continue;
                    }
                    // "Mozzarella 2 Kugeln": a serving word after the amount counts the name.
                    if unit.is_none()
                        && s.lex.lang == Lang::De
                        && matches!(amount, Amount::Number(_))
                        && s.entry(s.p).flags & MEASURE != 0
                    {
                        s.p += 1;
                    }
                    // "milk 1l x2": a size after the name may be multiplied too.
                    if let (Amount::Number(value), Some(_)) = (amount, unit) {
                        let size = Size { value, unit, at: unit_at, multipack: false };
                        let size = packs::times(s, size);
                        (amount, unit, unit_at) = (Amount::Number(size.value), size.unit, size.at);
                    }
                    // "onions x3 carrots x2": after an amount that follows it, the name is done.
                    if !words.is_empty()
                        && s.is_word(s.p)
                        && !s.boundary(s.p)
                        && s.entry(s.p).flags & (PREP | CLAUSE | FILLER | TIME) == 0
                    {
                        break;
                    }
                } else {
                    break;
                }
            }
            Tok::Mark(_) => s.p += 1,
            // "el queso que te gusta": a Spanish relative clause ends the name; its "que"
            // was taken as the cue "qué". "os escribo para deciros que no queda leche": a
            // verb after "que" starts the news instead.
            Tok::Word { .. }
                if s.lex.lang == Lang::Es
                    && !words.is_empty()
                    && words
                        .last()
                        .is_some_and(|&w| (w + 1..i).any(|j| s.toks.key(j) == "que")) =>
            {
                // An auxiliary may stand before the verb: "que he comprado".
                if !words.last().is_some_and(|&w| verb_between(s, w, i + 3)) {
                    s.skip_clause();
                }
                break;
            }
            // "Windeln Größe 4": a size is no amount.
            Tok::Word { .. }
                if s.lex.lang == Lang::De
                    && s.raw(s.p).is_some_and(|i| {
                        matches!(s.toks.text(i), "größe" | "grösse" | "groesse" | "lsf" | "spf")
                    })
                    && matches!(s.tok(s.p + 1), Some(Tok::Num { .. })) =>
            {
                // "Windeln Größe 5 Feuchttücher": after the size the name is done.
                s.p += 2;
                if !words.is_empty() {
                    break;
                }
            }
            // "essuie-tout", "coca-cola": a hyphenated word stays with the one before it.
            Tok::Word { hyphen: true, .. } if i > 0 && words.last() == Some(&(i - 1)) => {
                words.push(i);
                s.p += 1;
            }
            // "del arroz queda medio paquete", "Milch zwei Liter gekauft": in Spanish and German
            // a number word and a unit after the name are its amount ("dozen", "ein" excepted).
            Tok::Word { .. }
                if matches!(s.lex.lang, Lang::Es | Lang::De)
                    && !words.is_empty()
                    && matches!(amount, Amount::Absent)
                    && s.entry(s.p).num.is_some()
                    && s.entry(s.p).flags & if s.lex.lang == Lang::Es { MULT } else { ARTICLE }
                        == 0
                    && s.raw(s.p + 1).is_some_and(|n| {
                        s.lex.match_at(&s.lex.units, s.toks, n, |_| false).is_some()
                    }) =>
            {
                amount = quantity::read(s);
                if unit.is_none() || s.lex.lang == Lang::De {
                    (unit, unit_at) = read_unit(s);
                }
            }
            // "pañales talla 3", "leche marca blanca": in Spanish a word that is no grocery
            // right after the name starts a remark about it ("pizza Casa Tarradellas" is a
            // brand).
            Tok::Word { upper: false, .. }
                if s.lex.lang == Lang::Es
                    && !words.is_empty()
                    && s.entry(s.p).flags & NOT_ITEM != 0
                    && s.entry(s.p).flags & TIME == 0
                    && !words.last().is_some_and(|&w| s.lex.has(s.toks, w, OF))
                    && !words
                        .last()
                        .is_some_and(|&w| s.lex.compound(s.toks.key(w), s.toks.key(i))) =>
            {
                s.skip_clause();
                break;
            }
            // "Waschmittel haben wir noch eine große Packung": one of a unit after the name.
            Tok::Word { .. }
                if s.lex.lang == Lang::De
                    && !words.is_empty()
                    && matches!(amount, Amount::Absent)
                    && s.entry(s.p).flags & ARTICLE != 0
                    && (1..4).any(|k| {
                        s.raw(s.p + k).is_some_and(|n| {
                            s.lex.match_at(&s.lex.units, s.toks, n, |_| false).is_some()
                        })
                    }) =>
            {
                let save = s.p;
                (unit, unit_at) = read_unit(s);
                if unit.is_some() {
                    amount = Amount::Number(1.0);
                } else {
                    s.p = save + 1;
                }
            }
            // "Brot ist noch ein halbes da", "Wassermelone ist halb gegessen": half of one,
            // after the name, ending it.
            Tok::Word { .. }
                if s.lex.lang == Lang::De
                    && !words.is_empty()
                    && matches!(amount, Amount::Absent)
                    && let Some(k) = half_after(s) =>
            {
                amount = Amount::Number(0.5);
                s.p += k;
            }
            // "2 Packungen Butter à 250 g": the size of each pack after the name.
            Tok::Word { .. }
                if s.lex.lang == Lang::De
                    && !words.is_empty()
                    && packs::is_times(s, s.p)
                    && matches!(s.tok(s.p + 1), Some(Tok::Num { .. }))
                    && unit.is_some_and(|u| u.dimension() == Dimension::Count) =>
            {
                let save = s.p;
                s.p += 1;
                let (Amount::Number(count), Amount::Number(each)) = (amount, quantity::read(s))
                else {
                    s.p = save + 1;
                    continue;
                };
                let size = packs::sized(s, each);
                if size.unit.is_some() {
                    (amount, unit, unit_at) =
                        (Amount::Number(count * size.value), size.unit, size.at);
                }
            }
            // "get loo roll tomorrow": a time word after the name is when, not what; in
            // Russian before it too ("купи завтра молоко").
            Tok::Word { .. }
                if (!words.is_empty() || s.lex.lang == Lang::Ru)
                    && s.entry(s.p).flags & TIME != 0 =>
            {
                s.p += 1
            }
            // "couches taille 4", "nappies size 5": a size number is no amount.
            Tok::Word { .. }
                if (!words.is_empty() || s.lex.lang == Lang::Ru)
                    && (size_word(s, s.key(s.p)) || matches!(s.key(s.p), "размер" | "размера"))
                    && matches!(s.tok(s.p + 1), Some(Tok::Num { .. })) =>
            {
                s.p += 2;
            }
            // "2 loaves of bread a dozen eggs": an amount starts the next item.
            Tok::Word { .. } if !words.is_empty() && next_amount(s) => break,
            Tok::Word { .. } if next_item(s, words.last().or(dropped.last()), i) => break,
            // "the kitchen roll cleaning the spill": a gerund before its object is what
            // was done with the item.
            Tok::Word { .. } if !words.is_empty() && gerund(s) => {
                s.skip_clause();
                break;
            }
            // "сыра грамм 300": a Russian amount, approximate, with its unit first.
            Tok::Word { .. }
                if !words.is_empty()
                    && matches!(amount, Amount::Absent)
                    && let Some((value, u, at)) = inverted(s) =>
            {
                (amount, unit, unit_at) = (Amount::Number(value), Some(u), Some(at));
                s.advance_to(at + 1);
            }
            // "осталось хлеба полбуханки": half a unit after the name.
            Tok::Word { .. }
                if s.lex.lang == Lang::Ru
                    && !words.is_empty()
                    && matches!(amount, Amount::Absent)
                    && let Some((u, at)) = half_unit(s) =>
            {
                (amount, unit, unit_at) = (Amount::Number(0.5), u, at);
                s.p += 1;
            }
            // "клубники лукошко": so is a measure word.
            Tok::Word { .. }
                if s.lex.lang == Lang::Ru
                    && !words.is_empty()
                    && matches!(amount, Amount::Absent)
                    && s.entry(s.p).flags & MEASURE != 0
                    && s.raw(s.p + 1).is_none_or(|_| s.boundary(s.p + 1)) =>
            {
                (amount, implicit) = (Amount::Number(1.0), true);
                s.p += 1;
            }
            // "сыра кусок", "молока пакет": a Russian unit word closing the name is one of it.
            Tok::Word { .. }
                if s.lex.lang == Lang::Ru
                    && !words.is_empty()
                    && matches!(amount, Amount::Absent)
                    && words.last().is_some_and(|&w| {
                        !names_ru::adjective_like(s.toks.text(w)) && !s.lex.has(s.toks, w, PREP)
                    })
                    && let Some((end, u)) = s.lex.match_at(&s.lex.units, s.toks, i, |_| false)
                    && s.raw(s.p + 1).is_none_or(|_| {
                        s.boundary(s.p + 1) || s.entry(s.p + 1).flags & (PREP | TIME) != 0
                    })
                    && end == i + 1 =>
            {
                (amount, unit, unit_at) = (Amount::Number(1.0), Some(u), Some(i));
                implicit = true;
                s.p += 1;
            }
            // "яиц десяток", "молоко два литра": a Russian number word after the name.
            Tok::Word { .. }
                if s.lex.lang == Lang::Ru
                    && !words.is_empty()
                    && matches!(amount, Amount::Absent)
                    && s.entry(s.p).num.is_some() =>
            {
                let before = s.p;
                amount = quantity::read(s);
                if unit.is_none() {
                    (unit, unit_at) = read_unit(s);
                }
                if s.p == before {
                    s.p += 1;
                }
            }
            // "2 бутылки воды по 1,5 литра": the size of each, after the name, multiplies out.
            Tok::Word { .. }
                if s.lex.lang == Lang::Ru
                    && !words.is_empty()
                    && s.key(s.p) == "по"
                    && matches!(s.tok(s.p + 1), Some(Tok::Num { .. })) =>
            {
                let before = s.p;
                if let Amount::Number(value) = amount {
                    let size = packs::times(s, Size { value, unit, at: unit_at, multipack: false });
                    (amount, unit, unit_at) = (Amount::Number(size.value), size.unit, size.at);
                }
                if s.p == before {
                    // "2 упаковки яиц по 10 штук": what one pack holds, counted.
                    s.p += 1;
                    let each = quantity::read(s);
                    let (u, at) = read_unit(s);
                    match (amount, each, u) {
                        (Amount::Number(n), Amount::Number(m), Some(Unit::Piece)) => {
                            (amount, unit, unit_at) = (Amount::Number(n * m), u, at);
                        }
                        _ => s.p = before + 1,
                    }
                }
            }
            // "4 пачки сока по литру": one of a measured unit in each.
            Tok::Word { .. }
                if s.lex.lang == Lang::Ru
                    && !words.is_empty()
                    && s.key(s.p) == "по"
                    && let Amount::Number(n) = amount
                    && unit.is_some_and(|u| u.dimension() == Dimension::Count)
                    && let Some((end, u)) = s
                        .raw(s.p + 1)
                        .and_then(|j| s.lex.match_at(&s.lex.units, s.toks, j, |_| false))
                    && u.dimension() != Dimension::Count =>
            {
                (amount, unit, unit_at) = (Amount::Number(n), Some(u), s.raw(s.p + 1));
                s.advance_to(end);
            }
            // "надо затариться водой", "сахар закончился, чай пить не с чем": a Russian
            // infinitive before the name is a verb; after it, it opens a remark.
            // "траванулась сыром": a verb form before the name is no part of it.
            Tok::Word { .. }
                if s.lex.lang == Lang::Ru
                    && (names_ru::infinitive(s.toks.key(i))
                        || (words.is_empty()
                            && names_ru::reflexive(s.toks.key(i))
                            && s.entry(s.p + 1).flags & PREP == 0)) =>
            {
                if words.is_empty() {
                    s.p += 1;
                } else {
                    // After a comma the name before it is the infinitive's object: a remark.
                    if ru_comma {
                        words.clear();
                    }
                    s.skip_clause();
                    break;
                }
            }
            // "бутылка вина осталась одна": in Russian a count word after a counted name
            // repeats its amount.
            Tok::Word { .. }
                if s.lex.lang == Lang::Ru
                    && !words.is_empty()
                    && matches!(amount, Amount::Number(_))
                    && s.entry(s.p).num.is_some()
                    && !s.is_word(s.p + 1) =>
            {
                s.p += 1
            }
            // "меньше трёх яиц": a count word after a vague amount is part of it.
            Tok::Word { .. }
                if s.lex.lang == Lang::Ru
                    && words.is_empty()
                    && matches!(amount, Amount::Vague)
                    && s.entry(s.p).num.is_some() =>
            {
                s.p += 1
            }
            // "сыр вкусный купил": a quality word after a grocery, before more words, is a
            // remark about it ("пиво холодное?" is all remark).
            Tok::Word { .. }
                if s.lex.lang == Lang::Ru
                    && s.entry(s.p).flags & NOT_ITEM != 0
                    && matches!(s.toks.toks.get(i + 1), Some(Tok::Word { .. }))
                    && names_ru::adjective_like(s.toks.key(i))
                    && words.last().is_some_and(|&w| names_ru::known_form(s.toks.key(w))) =>
            {
                s.skip_clause();
                break;
            }
            Tok::Word { .. } => {
                let e = s.entry(s.p);
                // "nappies size 4": a size number is no amount.
                if size_word(s, s.toks.key(i)) && matches!(s.tok(s.p + 1), Some(Tok::Num { .. })) {
                    s.p += 2;
                    continue;
                }
                let started = !words.is_empty() || !matches!(amount, Amount::Absent);
                // "гель для душа": a preposition that is part of the product's name.
                let next_key = s.raw(s.p + 1).map_or("", |n| s.toks.key(n));
                // "3 мешка для мусора": a counted unit word right before its purpose is the item.
                let unit_item = unit_at.filter(|&at| {
                    words.is_empty()
                        && at + 1 == i
                        && unit.is_some_and(|u| u.dimension() == Dimension::Count)
                });
                let purpose = s.lex.lang == Lang::Ru
                    && s.toks.key(i) == "для"
                    && words
                        .last()
                        .or(unit_item.as_ref())
                        .is_some_and(|&w| names_ru::takes_purpose(s.toks.text(w), next_key))
                    && s.entry(s.p + 1).flags & (NOT_ITEM | FILLER) == 0
                    && !matches!(s.tok(s.p + 1), Some(Tok::Word { upper: true, .. }));
                // "шампунь для детей" is a product, "нутеллу для детей" says who it is for;
                // "маргарин для выпечки" too: in Russian only a product that takes a purpose
                // keeps one.
                let head_takes = words
                    .last()
                    .or(unit_item.as_ref())
                    .is_some_and(|&w| names_ru::takes_purpose(s.toks.text(w), ""));
                let people = matches!(next_key, "детей" | "малышей" | "младенцев");
                let compound = s.lex.compound(s.toks.key(i), next_key)
                    && !(s.lex.lang == Lang::Ru && s.toks.key(i) == "для" && !head_takes)
                    && !(s.lex.lang == Lang::Ru && people && !purpose);
                if let Some(at) = unit_item.filter(|_| purpose || (compound && head_takes)) {
                    (unit, unit_at) = (None, None);
                    words.push(at);
                }
                if e.flags & PREP != 0 && !words.is_empty() && (compound || purpose) {
                    words.push(i);
                    s.p += 1;
                    continue;
                }
                // "corn on the cob": the one English name with a preposition phrase in it.
                if s.lex.lang == Lang::En
                    && s.toks.key(i) == "on"
                    && words.last().is_some_and(|&w| s.toks.key(w) == "corn")
                    && next_key == "the"
                    && s.raw(s.p + 2).is_some_and(|j| s.toks.key(j) == "cob")
                {
                    words.extend([i, i + 1, i + 2]);
                    s.p += 3;
                    continue;
                }
                // "yaourt à la grecque": an article inside the product's name.
                let after_det = s.raw(s.p + 2).map_or("", |n| s.toks.key(n));
                if e.flags & PREP != 0
                    && !words.is_empty()
                    && s.entry(s.p + 1).flags & DET != 0
                    && s.lex.joined.contains(s.toks.key(i), after_det)
                {
                    words.extend((0..3).filter_map(|k| s.raw(s.p + k)));
                    s.p += 3;
                    continue;
                }
                // "éclair au café", "glace à la pistache": in French a grocery after "à" is
                // the flavour, part of the name; a place never is a grocery.
                let det = usize::from(s.entry(s.p + 1).flags & DET != 0);
                if s.lex.lang == Lang::Fr
                    && !words.is_empty()
                    && matches!(s.toks.key(i), "a" | "au" | "aux")
                    && s.raw(s.p + 1 + det).is_some_and(|n| {
                        n == i + 1 + det && super::lexicon_fr::is_grocery(s.toks.key(n))
                    })
                {
                    words.extend((0..2 + det).filter_map(|k| s.raw(s.p + k)));
                    s.p += 2 + det;
                    continue;
                }
                // "el pan estaba duro", "the bread was stale": a remark ends the item.
                // "Gurken sind jetzt 5 Stück": in German fillers may stand before the amount.
                let skip = if s.lex.lang == Lang::De {
                    (1..4).find(|&k| s.entry(s.p + k).flags & FILLER == 0).unwrap_or(1)
                } else {
                    1
                };
                if e.flags & CLAUSE != 0
                    && !words.is_empty()
                    && !matches!(s.tok(s.p + skip), Some(Tok::Num { .. }))
                {
                    s.skip_clause();
                    break;
                }
                // "4 yaourts, 2 à la fraise et 2 nature": a French count of a flavour names
                // a sort of the item before it.
                let flavour = s.lex.lang == Lang::Fr
                    && words.is_empty()
                    && matches!(amount, Amount::Number(_))
                    && matches!(s.toks.key(i), "a" | "au" | "aux")
                    && s.raw(s.p + 1).is_some_and(|n| n == i + 1);
                if flavour {
                    words.push(i);
                    s.p += 1;
                    // "à la vanille": the article stays inside the flavour.
                    if let Some(d) = s.raw(s.p).filter(|&d| d == i + 1 && s.lex.has(s.toks, d, DET))
                    {
                        words.push(d);
                        s.p += 1;
                    }
                    continue;
                }
                // "no os asustéis pero nos hemos quedado sin café": after words that name no
                // grocery, a verb right after "pero" starts the news ("compré leche pero se
                // acabó el pan" keeps to the purchase).
                if e.flags & PREP != 0
                    && s.lex.lang == Lang::Es
                    && s.toks.key(i) == "pero"
                    && !words.iter().any(|&w| super::lexicon_es::is_grocery(s.toks.key(w)))
                    && verb_between(s, i, i + 4)
                {
                    s.p += 1;
                    break;
                }
                // "Paul a besoin de pain": a French "a" before a verb taken as a cue is the
                // auxiliary, no "à"; the name before it ends there.
                let aux = s.lex.lang == Lang::Fr
                    && s.toks.key(i) == "a"
                    && s.raw(s.p + 1).is_some_and(|n| n != i + 1);
                if aux && !words.is_empty() {
                    s.p += 1;
                    break;
                }
                if e.flags & PREP != 0 && started {
                    // "2 торта к 1 сентября", "муки на 3 пирога": in Russian a number after a
                    // preposition says when or what for.
                    if s.lex.lang == Lang::Ru && matches!(s.tok(s.p + 1), Some(Tok::Num { .. })) {
                        s.skip_clause();
                        break;
                    }
                    // "yogures para 2 días": a Spanish purpose holds no amount of the item.
                    // "Nudeln für 2 Tage", "Butter für 1,99": so does a German one, or a price;
                    // "du riz pour 4 personnes": nor a French one; "entre los tres": nor do the
                    // people who shared it.
                    let purpose = (s.lex.lang == Lang::Es
                        && matches!(s.toks.key(i), "para" | "entre"))
                        || (s.lex.lang == Lang::De && matches!(s.toks.key(i), "fur" | "furs"))
                        || (s.lex.lang == Lang::Fr && s.toks.key(i) == "pour");
                    if matches!(s.tok(s.p + 1), Some(Tok::Num { .. })) && !purpose {
                        s.p += 1;
                        continue;
                    }
                    // "Max braucht für die Schule 2 Trinkpäckchen": a German purpose before an
                    // amount is passed over.
                    if let Some(after) = purpose_before_amount(s) {
                        s.p = after;
                        continue;
                    }
                    // "пюре для малыша 6 баночек": in Russian an amount may follow the phrase.
                    let amount_after = s.lex.lang == Lang::Ru
                        && s.is_word(s.p + 1)
                        && matches!(s.tok(s.p + 2), Some(Tok::Num { .. }));
                    if amount_after {
                        s.p += 2;
                        continue;
                    }
                    s.skip_clause();
                    break;
                }
                // "pilas de las gordas": in Spanish "de" and an article before an adjective
                // says which, as a size does.
                let which = s.lex.lang == Lang::Es
                    && e.flags & OF != 0
                    && !words.is_empty()
                    && s.entry(s.p + 1).flags & DET != 0
                    && s.raw(s.p + 2).is_some_and(|j| {
                        s.lex.has(s.toks, j, DROP | SORT)
                            || super::lexicon_es::adjective_like(&names::singular_es(s.toks.key(j)))
                    });
                if which {
                    s.skip_clause();
                    break;
                }
                // "fruta en el mercado del barrio": in Spanish "de" right after a place taken
                // as a cue goes on with the place.
                let after_cue = s.lex.lang == Lang::Es
                    && e.flags & OF != 0
                    && words.last().is_some_and(|&w| w + 1 < i && s.raw(s.p - 1) == Some(w));
                if after_cue {
                    s.skip_clause();
                    break;
                }
                // "6 botellines de agua de medio litro": with a count, the size says no more.
                // "Kaffeepads von Senseo": in German "von" after a name says where from.
                // "croquettes du chat": in French the "of" may be fused with its article.
                let counted = matches!(amount, Amount::Number(_));
                let of = e.flags & OF != 0
                    && (from_place(s) || (counted && size_after(s)) || s.lex.lang == Lang::De);
                if !words.is_empty()
                    && (of || (e.flags & (OF | DET) != 0 && (from_place(s) || whose_fr(s))))
                {
                    s.skip_clause();
                    break;
                }
                // "des pois chiches des lentilles": a French partitive before a grocery starts
                // the next item.
                // "j'ai congelé du poulet": a verb before it is no name to end.
                let verb = words.first().is_some_and(|&w| participle_fr(s.lex, s.toks, w));
                if !words.is_empty() && !verb && partitive_fr(s) {
                    break;
                }
                if e.flags & (OF | PARTICLE) != 0 && !words.is_empty() {
                    words.push(i);
                } else if e.flags & DROP != 0 && new_name(s, &words) {
                    // "pasta tinned tomatoes": a size or preparation word after a name
                    // starts the next one.
                    break;
                } else if e.flags & DROP != 0 {
                    let key = |j: usize| s.toks.key(j);
                    let kept =
                        words.last().is_some_and(|&w| w + 1 == i && s.lex.compound(key(w), key(i)))
                            || s.raw(s.p + 1)
                                .is_some_and(|n| n == i + 1 && s.lex.compound(key(i), key(n)));
                    if kept { words.push(i) } else { dropped.push(i) }
                } else if e.flags & (FILLER | DET | VAGUE | ARTICLE | SKIP | OF) == 0
                    || brand_word(s, i)
                {
                    words.push(i);
                }
                s.p += 1;
            }
        }
    }
    while let Some(&last) = words.last() {
        if s.lex.entry(s.toks, last).flags & (OF | DET | PARTICLE) != 0 {
            words.pop();
        } else {
            break;
        }
    }
    if unit.is_none() && words.len() >= 2 && s.lex.lang == Lang::En {
        unit = postfix_unit(s, &mut words);
    }
    // "le colis de café en grains": in French a word that is no grocery before "de" holds the
    // item ("la flemme de cuisiner" holds a task).
    let task = |w: usize| {
        let key = s.toks.key(w);
        (key.ends_with("er") || key.ends_with("ir")) && !super::lexicon_fr::is_grocery(key)
    };
    if s.lex.lang == Lang::Fr
        && words.len() >= 3
        && !task(words[2])
        && s.lex.has(s.toks, words[0], NOT_ITEM)
        && s.lex.has(s.toks, words[1], OF)
        && !s.lex.compound(s.toks.key(words[0]), s.toks.key(words[2]))
    {
        words.drain(..2);
    }
    // "Wasser Kasten leer": a German container word after the name, with no amount, is where
    // the item is kept.
    if unit.is_none()
        && words.len() >= 2
        && s.lex.lang == Lang::De
        && matches!(amount, Amount::Absent)
        && !names::adjective_like_de(s.toks.text(words[words.len() - 2]), false)
        && words.last().is_some_and(|&w| {
            s.lex.match_at(&s.lex.units, s.toks, w, |_| false).is_some_and(|(end, u)| {
                end == w + 1 && u.dimension() == Dimension::Count && u != Unit::Piece
            })
        })
    {
        words.pop();
    }
    // "the coffee jar is nearly empty", "the sugar bowl": a container with no amount is where
    // the item is kept.
    if matches!(amount, Amount::Absent) {
        unit = unit.filter(|u| !kept_in(s, &mut words, Some(*u)));
        kept_in(s, &mut words, None);
    }
    // "did a big costco run": a size word right before a cue phrase describes that phrase.
    let before_cue = dropped.last().is_some_and(|&d| {
        s.lex.lang == Lang::En
            && d + 1 < s.toks.toks.len()
            && s.idx.binary_search(&(d + 1)).is_err()
    });
    // "una lata entera": in Spanish a counted unit word is the item before a size word is.
    let counted_unit = s.lex.lang == Lang::Es
        && unit_at.is_some()
        && unit.is_some_and(|u| u.dimension() == Dimension::Count);
    // "brauchen eine neue": a German adjective alone stands for a noun already named.
    if words.is_empty() && !before_cue && !counted_unit && s.lex.lang != Lang::De {
        words = dropped;
    } else if words.is_empty() && !dropped.is_empty() {
        return None;
    }
    let mut qty = match amount {
        Amount::Number(v) => Some(v),
        _ => None,
    };
    // "остался последний банан": in Russian the last one is one.
    let last = |w: usize| {
        w > 0 && matches!(s.toks.key(w - 1), "последний" | "последняя" | "последнее" | "последнюю")
    };
    if s.lex.lang == Lang::Ru
        && matches!(amount, Amount::Absent)
        && unit.is_none()
        && words.first().is_some_and(|&w| last(w))
    {
        (qty, implicit) = (Some(1.0), true);
    }
    if words.is_empty()
        && let Some(at) = unit_at.filter(|&at| lone_pints(s, start, unit, at))
    {
        words.push(at);
        unit = None;
    }
    if words.is_empty() {
        // "bought 2 loaves": the unit word is the item.
        match unit_at.filter(|_| unit.is_some_and(|u| u.dimension() == Dimension::Count)) {
            // "bread (1 loaf)": so does an amount in brackets; "out of dog food, get a big
            // bag": and a container named alone.
            // "сварила гречку, ушло полпачки": in Russian a unit alone after a comma measures
            // the grocery a verb took before it.
            Some(at)
                if after_dash
                    || in_brackets(s.toks, at)
                    || lone_container(s, unit)
                    || (ru_comma && cooked_before(s, at).is_some()) =>
            {
                return Some(RawItem { words, qty, unit, unit_at, implicit, definite });
            }
            Some(at) => {
                words.push(at);
                unit = None;
            }
            // "Eier: noch 4": an amount alone belongs to the item before it.
            None if qty.is_some() => {
                return Some(RawItem { words, qty, unit, unit_at, implicit: false, definite });
            }
            None => return None,
        }
    }
    // "bolsas de basura": a unit whose "de" names no grocery is the item itself.
    if s.lex.lang == Lang::Es
        && let Some(at) =
            unit_at.filter(|_| unit.is_some_and(|u| u.dimension() == Dimension::Count))
        && words.first() == Some(&(at + 2))
        && s.lex.has(s.toks, at + 1, OF)
        && unit != Some(Unit::Roll)
        && super::lexicon_es::material(s.toks.key(at + 2))
    {
        words.splice(0..0, [at, at + 1]);
        unit = None;
        if implicit {
            qty = None;
        }
    }
    let unit_at = unit.and(unit_at);
    Some(RawItem { words, qty, unit, unit_at, implicit, definite })
}

/// "grabbed 2 pints": in English a pint with no name before it is the item, as "2 loaves" is;
/// "got milk, 2 pints" and "milk (2 pints)" give the amount to the milk.
fn lone_pints(s: &Stream, start: usize, unit: Option<Unit>, at: usize) -> bool {
    let bracketed = (1..=2).any(|k| at >= k && matches!(s.toks.toks[at - k], Tok::Mark('(')));
    let names_before = (0..start).any(|p| {
        s.is_word(p)
            && s.entry(p).flags & (FILLER | DET | SKIP | PREP | ARTICLE | VAGUE | NOT_ITEM) == 0
    });
    s.lex.lang == Lang::En && unit == Some(Unit::Pt) && !bracketed && !names_before
}

/// An article before a multiplier or a unit at the read position: "a dozen", "a bag of".
/// A number word does too when a unit follows: "apples two tins of tomatoes". A size word
/// may stand between: "a big bag of carrots".
fn next_amount(s: &Stream) -> bool {
    let here = s.entry(s.p);
    if s.lex.lang != Lang::En || (here.flags & ARTICLE == 0 && here.num.is_none()) {
        return false;
    }
    let p = s.p + 1 + usize::from(s.entry(s.p + 1).flags & DROP != 0);
    let next = s.entry(p);
    (here.flags & ARTICLE != 0 && next.flags & MULT != 0)
        || (s.entry(p + 1).flags & OF != 0
            && s.raw(p)
                .is_some_and(|i| s.lex.match_at(&s.lex.units, s.toks, i, |_| false).is_some()))
}

/// "2 bolsas de …": a unit and "de" right after the number at the read position.
fn unit_of_next(s: &Stream) -> bool {
    s.raw(s.p + 1).is_some_and(|i| {
        s.lex
            .match_at(&s.lex.units, s.toks, i, |_| false)
            .is_some_and(|(end, _)| s.lex.has(s.toks, end, OF))
    })
}

/// "pan leche 2 yogures": a grocery right after the number at the read position.
fn name_of_next(s: &Stream) -> bool {
    s.raw(s.p + 1).is_some_and(|i| {
        matches!(s.toks.toks[i], Tok::Word { .. })
            && super::lexicon_es::is_grocery(s.toks.key(i))
            && s.lex.match_at(&s.lex.units, s.toks, i, |_| false).is_none()
    })
}

/// An English or German container that holds an item rather than being one ("a bag", not
/// "a loaf"; "Packung ist leer").
fn lone_container(s: &Stream, unit: Option<Unit>) -> bool {
    // "Käse? Noch ein Stück da": in German a piece too.
    (s.lex.lang == Lang::De && unit == Some(Unit::Piece))
        || matches!(s.lex.lang, Lang::En | Lang::De)
            && matches!(
                unit,
                Some(
                    Unit::Bag
                        | Unit::Box
                        | Unit::Pack
                        | Unit::Bottle
                        | Unit::Can
                        | Unit::Jar
                        | Unit::Tub
                        | Unit::Carton
                        | Unit::Sachet
                )
            )
}

/// Where a time, date or price after a Russian preposition at the read position ends: "к 5
/// часам", "в 10:30", "в 2 раза", "за 180".
fn ru_time_number(s: &Stream) -> Option<usize> {
    const BEFORE: &[&str] =
        &["в", "во", "к", "ко", "до", "после", "через", "за", "на", "с", "размер", "размера"];
    let prep = s.lex.lang == Lang::Ru && s.p > 0 && BEFORE.contains(&s.key(s.p - 1));
    if !prep || !matches!(s.tok(s.p), Some(Tok::Num { .. })) {
        return None;
    }
    let mut p = s.p + 1;
    // "10:30"
    if matches!(s.tok(p), Some(Tok::Mark(':'))) && matches!(s.tok(p + 1), Some(Tok::Num { .. })) {
        p += 2;
    }
    // "часам", "сентября", "раза", "на 3 пирога": the word it counts, when no unit; then
    // words right after it that name no grocery ("на 3 дня похода").
    let unit = |p: usize| {
        s.raw(p).is_some_and(|i| s.lex.match_at(&s.lex.units, s.toks, i, |_| false).is_some())
    };
    let what = matches!(s.key(s.p - 1), "на" | "за");
    if s.is_word(p) && !unit(p) && !s.boundary(p) && (what || !names_ru::known_form(s.key(p))) {
        p += 1;
        while s.is_word(p)
            && s.raw(p) == s.raw(p - 1).map(|i| i + 1)
            && !unit(p)
            && !s.boundary(p)
            && !names_ru::known_form(s.key(p))
        {
            p += 1;
        }
    }
    Some(p)
}

/// "сварила гречку, ушло полпачки": the grocery a cue took as its dish before the comma
/// right before the unit at `at`, if any.
fn cooked_before(s: &Stream, at: usize) -> Option<usize> {
    let comma = (0..at).rev().find(|&i| !matches!(s.toks.toks[i], Tok::Word { .. }))?;
    let taken = |i: usize| s.idx.binary_search(&i).is_err();
    // "овсянку сварила детям, полпачки ушло": the verb and fillers may stand between.
    let grocery = |w: usize| taken(w) && names_ru::known_form(s.toks.key(w));
    let found = (0..comma).rev().take(4).find(|&w| grocery(w));
    found.filter(|_| s.lex.lang == Lang::Ru && matches!(s.toks.toks[comma], Tok::Mark(',')))
}

/// Whether the unit at token `at` follows a number right after an opening bracket that
/// follows a word: "bread (1 loaf)".
fn in_brackets(toks: &Tokens, at: usize) -> bool {
    at >= 3
        && matches!(toks.toks[at - 1], Tok::Num { .. })
        && matches!(toks.toks[at - 2], Tok::Mark('('))
        && matches!(toks.toks[at - 3], Tok::Word { .. })
}

/// "the milk the bread", "one pink lady one gala": in English a determiner or a count word
/// right after a name (or a size word: "six large six medium"), with a word after it, starts
/// the next item.
fn next_item(s: &Stream, last: Option<&usize>, i: usize) -> bool {
    let e = s.entry(s.p);
    let count =
        e.num.is_some_and(|n| n >= 1.0 && n.fract() == 0.0) && e.flags & (ARTICLE | MULT) == 0;
    // "2 bananas an apple": an article before a plain word.
    let article = e.flags & ARTICLE != 0 && s.entry(s.p + 1).flags & !DROP == 0;
    // "3 tins of tomatoes some garlic", "2 bananas a handful of spinach": a vague amount.
    let vague = (e.flags & VAGUE != 0 && e.num.is_none() && s.key(s.p) != "more")
        || s.raw(s.p).is_some_and(|j| s.lex.match_at(&s.lex.vague, s.toks, j, |_| false).is_some());
    s.lex.lang == Lang::En
        && last.is_some_and(|&w| w + 1 == i)
        && (e.flags & DET != 0 || count || article || vague)
        && s.is_word(s.p + 1)
        && !s.boundary(s.p + 1)
}

/// A `DROP` word at the read position that opens another English name rather than
/// describing this one: a name word follows and neither pair is a compound.
fn new_name(s: &Stream, words: &[usize]) -> bool {
    let (Some(&last), Some(i), Some(n)) = (words.last(), s.raw(s.p), s.raw(s.p + 1)) else {
        return false;
    };
    let key = |j: usize| s.toks.key(j);
    s.lex.lang == Lang::En
        && last + 1 == i
        && n == i + 1
        && !s.boundary(s.p + 1)
        && s.entry(s.p + 1).flags == 0
        && !s.lex.compound(key(last), key(i))
        && !s.lex.compound(key(i), key(n))
}

/// An English "-ing" word followed by an article or a preposition; a Spanish gerund
/// ("haciendo galletas") anywhere after the name.
fn gerund(s: &Stream) -> bool {
    let key = s.key(s.p);
    if s.lex.lang == Lang::Es {
        return key.len() > 5
            && (key.ends_with("ando") || key.ends_with("iendo") || key.ends_with("yendo"))
            && s.entry(s.p).flags == 0;
    }
    // "used up all the flour baking": a gerund closing the message says what it was for,
    // unless it is a grocery of its own ("sage and onion stuffing").
    let last = s.raw(s.p + 1).is_none_or(|_| !s.is_word(s.p + 1));
    s.lex.lang == Lang::En
        && key.len() > 5
        && key.ends_with("ing")
        && s.entry(s.p).flags & !(NOT_ITEM | CATEGORY) == 0
        && (s.entry(s.p + 1).flags & (DET | ARTICLE | PREP) != 0
            || (last && EN_FOOD_ING.binary_search(&key).is_err()))
}

/// English groceries that end like a gerund.
const EN_FOOD_ING: &[&str] = &[
    "darjeeling",
    "dressing",
    "dumpling",
    "filling",
    "frosting",
    "herring",
    "kipling",
    "pudding",
    "riesling",
    "seasoning",
    "shortening",
    "stuffing",
    "topping",
];

/// "agua de medio litro": in Spanish "de" and an amount with a unit after the name give the
/// size of each container, which says nothing more about the count.
fn size_after(s: &Stream) -> bool {
    let amount = match s.tok(s.p + 1) {
        Some(Tok::Num { .. }) => true,
        Some(Tok::Word { .. }) => s.entry(s.p + 1).num.is_some(),
        _ => false,
    };
    s.lex.lang == Lang::Es
        && amount
        && s.raw(s.p + 2)
            .is_some_and(|i| s.lex.match_at(&s.lex.units, s.toks, i, |_| false).is_some())
}

/// "huevos del súper", "pain de la boulangerie": "of" before a place says where it came from.
fn from_place(s: &Stream) -> bool {
    let mut p = s.p + 1;
    while s.entry(p).flags & DET != 0 {
        p += 1;
    }
    // "gel de ducha", "papel de baño": a place that makes one product with the name is none.
    // "velas de cumpleaños": nor is what a Spanish thing is for, after a bare "de".
    let made_for = s.lex.lang == Lang::Es
        && p == s.p + 1
        && s.key(s.p) == "de"
        && super::lexicon_es::material(s.key(p));
    let product = made_for || (s.p > 0 && s.lex.compound(s.key(s.p - 1), s.key(p)));
    s.entry(p).flags & NOT_ITEM != 0 && !product
}

/// "sacs poubelle 50 L": the litres of a French bag are its size, no amount of it.
fn bag_size(s: &Stream, words: &[usize], unit: Option<Unit>) -> bool {
    s.lex.lang == Lang::Fr
        && words.first().is_some_and(|&w| matches!(s.toks.key(w), "sac" | "sacs"))
        && unit.is_some_and(|u| u.dimension() == Dimension::Volume)
}

/// "12 oeufs de ses poules": in French "de" and a possessive say whose they were.
fn whose_fr(s: &Stream) -> bool {
    s.lex.lang == Lang::Fr
        && s.key(s.p) == "de"
        && matches!(
            s.key(s.p + 1),
            "mon"
                | "ma"
                | "mes"
                | "ton"
                | "ta"
                | "tes"
                | "son"
                | "sa"
                | "ses"
                | "notre"
                | "nos"
                | "votre"
                | "vos"
                | "leur"
                | "leurs"
        )
}

/// "des pois chiches des lentilles", "du riz de la semoule": a French partitive ("des", "du",
/// "de la") between two names, before a grocery, is an article, no link ("galette des rois").
fn partitive_fr(s: &Stream) -> bool {
    let grocery = |p: usize| super::lexicon_fr::is_grocery(s.key(p));
    s.lex.lang == Lang::Fr
        && match s.key(s.p) {
            "des" | "du" => grocery(s.p + 1),
            "de" => matches!(s.key(s.p + 1), "la" | "l'") && grocery(s.p + 2),
            _ => false,
        }
}

/// "für 1,29€", "um 8 Uhr": a price or a clock time is no amount of the item.
fn not_amount(s: &Stream) -> bool {
    match s.tok(s.p) {
        Some(Tok::Mark(c)) => matches!(c, '€' | '$' | '£'),
        Some(Tok::Word { .. }) => matches!(
            s.key(s.p),
            "uhr" | "euro" | "eur" | "cent" | "ct" | "franken" | "chf" | "dollar" | "dollars"
        ),
        _ => false,
    }
}

/// "2 more cartons", "ещё 2": "more" after a number adds nothing to it.
fn skip_more(s: &mut Stream) {
    while s.entry(s.p).flags & (VAGUE | CONJ) == VAGUE && s.entry(s.p).num.is_none() {
        s.p += 1;
    }
}

/// Whether the item follows a preposition ("at the shop", "à la banque").
pub(crate) fn placed(lex: &Lexicon, toks: &Tokens, item: &RawItem) -> bool {
    let Some(&i) = item.words.first() else { return false };
    let before = |k: usize| i >= k && lex.has(toks, i - k, PREP);
    before(1) || (before(2) && lex.has(toks, i - 1, DET))
}

/// Whether the item's head noun is never a grocery ("took the bins out").
pub(crate) fn not_an_item(lex: &Lexicon, toks: &Tokens, item: &RawItem) -> bool {
    let head = match lex.lang {
        Lang::Es | Lang::Fr => item.words.first(),
        _ => item.words.last(),
    };
    // "собаку покормили": a Russian verb form ends no grocery's name.
    if lex.lang == Lang::Ru && head.is_some_and(|&i| names_ru::verb_like(toks.text(i))) {
        return true;
    }
    // "номер сантехника": a Russian name may be headed by its first noun.
    if lex.lang == Lang::Ru && item.words.len() > 1 && lex.has(toks, item.words[0], NOT_ITEM) {
        return true;
    }
    // "cling film" is a grocery though a "film" is not.
    // French and Spanish put the kind after the head: "film alimentaire".
    let compound = |i: usize| {
        (i > 0 && item.words.contains(&(i - 1)) && lex.compound(toks.key(i - 1), toks.key(i)))
            || (item.words.contains(&(i + 1)) && lex.compound(toks.key(i), toks.key(i + 1)))
    };
    // "hay que limpiar la cocina": a Spanish infinitive is something to do, not to buy.
    // "no os preocupéis", "nos acordamos": so is a verb with a person's ending.
    let infinitive = |i: usize| {
        let key = toks.key(i);
        let finite =
            ["ais", "eis", "ieron", "aron", "asteis", "isteis"].iter().any(|e| key.ends_with(e))
                || (key.len() >= 7 && ["amos", "emos", "imos"].iter().any(|e| key.ends_with(e)));
        lex.lang == Lang::Es
            && key.len() > 4
            && (key.ends_with("ar") || key.ends_with("er") || key.ends_with("ir") || finite)
            && lex.entry(toks, i).flags == 0
            && !super::lexicon_es::is_grocery(key)
    };
    // "platos de papel": a Spanish thing made of a material is bought like groceries.
    let made_of = lex.lang == Lang::Es
        && item.words.len() >= 3
        && lex.has(toks, item.words[1], OF)
        && super::lexicon_es::material(toks.key(item.words[2]));
    // "añade a Pedro al grupo": a capitalised name after the personal "a" is someone.
    let person = |i: usize| {
        lex.lang == Lang::Es
            && i > 0
            && matches!(toks.key(i - 1), "a" | "para" | "con")
            && matches!(toks.toks[i], Tok::Word { upper: true, .. })
    };
    // "the dog's been fed": a possessive is its noun.
    let owner = |i: usize| {
        toks.key(i)
            .strip_suffix("'s")
            .and_then(|k| lex.words.get(k))
            .is_some_and(|e| e.flags & NOT_ITEM != 0)
    };
    // "pizza night", "curry night": an evening named after a dish is an event.
    let event = |i: usize| {
        lex.lang == Lang::En
            && item.qty.is_none()
            && matches!(toks.toks.get(i + 1), Some(Tok::Word { .. }))
            && matches!(toks.key(i + 1), "night" | "nite" | "party")
    };
    // "…, Paul en a acheté": a French name before the auxiliary is who did it.
    let someone = |i: usize| {
        lex.lang == Lang::Fr
            && item.words.len() == 1
            && matches!(toks.toks[i], Tok::Word { upper: true, .. })
            && !(i > 0 && lex.has(toks, i - 1, DET | OF))
            && !super::lexicon_fr::is_grocery(toks.key(i))
            && (matches!(toks.key(i + 1), "a" | "ont" | "en" | "veut" | "prend" | "mange" | "boit")
                || (toks.key(i + 1) == "est" && matches!(toks.key(i + 2), "parti" | "partie")))
    };
    // "on a bu un verre en ville": a French serving with nothing served is no item.
    let serving = |i: usize| {
        lex.lang == Lang::Fr
            && item.words.len() == 1
            && lex.has(toks, i, MEASURE)
            && (item.qty.is_none() || (i > 0 && lex.has(toks, i - 1, ARTICLE)))
    };
    // "qui peut venir me chercher ?": a French infinitive alone is something to do.
    let to_do = |i: usize| {
        let key = toks.key(i);
        lex.lang == Lang::Fr
            && item.words.len() == 1
            && key.len() > 4
            && (key.ends_with("er") || key.ends_with("ir"))
            && lex.entry(toks, i).flags == 0
            && !(i > 0 && lex.has(toks, i - 1, DET | ARTICLE | OF))
            && !matches!(toks.toks[i], Tok::Word { upper: true, .. })
            && !super::lexicon_fr::is_grocery(key)
    };
    head.is_some_and(|&i| {
        ((lex.has(toks, i, NOT_ITEM) || owner(i)) && !compound(i) && !made_of)
            || event(i)
            || someone(i)
            || serving(i)
            || to_do(i)
            || infinitive(i)
            || person(i)
            || zu_infinitive(lex, toks, i)
            || participle_fr(lex, toks, i)
    })
}

/// "Oma anzurufen", "die Kinder abzuholen": a German infinitive with "zu" inside is a task.
fn zu_infinitive(lex: &Lexicon, toks: &Tokens, i: usize) -> bool {
    const PARTICLES: &[&str] = &[
        "an", "ab", "auf", "aus", "ein", "mit", "vor", "weg", "nach", "um", "her", "hin", "zurück",
        "durch", "fest", "los",
    ];
    let key = toks.key(i);
    lex.lang == Lang::De
        && key.ends_with("en")
        && PARTICLES
            .iter()
            .any(|p| key.strip_prefix(p).is_some_and(|r| r.starts_with("zu") && r.len() > 5))
}

/// Whether a preposition stands before the item's first word, over articles: "from (the) shop".
pub(crate) fn after_prep(lex: &Lexicon, toks: &Tokens, item: &RawItem) -> bool {
    let Some(&first) = item.words.first() else { return false };
    let mut j = first;
    while j > 0 {
        j -= 1;
        if !lex.has(toks, j, DET) {
            return lex.has(toks, j, PREP);
        }
    }
    false
}

/// "j'ai payé la facture", "on a regardé un film": an unknown past participle right after
/// "avoir", or an infinitive before its object, is the verb of something other than groceries.
fn participle_fr(lex: &Lexicon, toks: &Tokens, i: usize) -> bool {
    let is_aux =
        |j: usize| matches!(toks.key(j), "ai" | "a" | "as" | "avons" | "avez" | "ont" | "jai");
    // "j'ai tout rangé": "tout", "bien", "déjà" may stand between.
    let aux = (i > 0 && is_aux(i - 1)) || (i > 1 && lex.has(toks, i - 1, FILLER) && is_aux(i - 2));
    let text = toks.text(i);
    // "pensez à fermer la fenêtre": an infinitive before its object is what is to be done.
    let infinitive = (text.ends_with("er") || text.ends_with("ir"))
        && lex.entry(toks, i).flags == 0
        && toks.toks.get(i + 1).is_some()
        && lex.has(toks, i + 1, DET | ARTICLE);
    if lex.lang == Lang::Fr && infinitive && !text.ends_with("ier") && !text.ends_with("urger") {
        return true;
    }
    lex.lang == Lang::Fr
        && aux
        && lex.entry(toks, i).flags & !CLAUSE == 0
        && (["é", "ée", "és", "ées"].iter().any(|e| text.ends_with(e))
            || matches!(text, "vu" | "lu" | "eu" | "su" | "dit" | "écrit"))
}

/// "a 1kg bag of rice", "750ml bottle of wine": the amount is in the unit; the container
/// word after it says nothing more.
fn skip_container(s: &mut Stream) {
    let save = s.p;
    let container = read_unit(s).0.is_some()
        || s.entry(s.p).flags & MEASURE != 0 && {
            s.p += 1;
            true
        };
    // "eine 1,5l Flasche Wasser": German names the item without "of".
    let named = s.entry(s.p).flags & OF != 0
        || (s.lex.lang == Lang::De
            && s.is_word(s.p)
            && s.entry(s.p).flags & (FILLER | PREP | CONJ | DET | SKIP) == 0);
    if !(container && named) {
        s.p = save;
    }
}

/// "грамм 300", "граммов 200": Russian puts the unit first for a rough amount. Returns the
/// amount, its unit and the token of the number.
fn inverted(s: &Stream) -> Option<(f64, Unit, usize)> {
    if s.lex.lang != Lang::Ru {
        return None;
    }
    let i = s.raw(s.p)?;
    let (end, u) = s.lex.match_at(&s.lex.units, s.toks, i, |_| false)?;
    if s.raw(s.p + 1) != Some(end) {
        return None;
    }
    // "литра два молока": the number may be a word.
    let word = s.lex.entry(s.toks, end);
    match s.toks.toks.get(end) {
        Some(Tok::Num { value, .. }) if value.is_finite() => Some((*value, u, end)),
        Some(Tok::Word { .. }) if word.flags & (ARTICLE | MULT) == 0 => {
            word.num.map(|v| (v, u, end))
        }
        _ => None,
    }
}

/// A number and a measurable unit at the read position: "1 л", "500 г".
fn ru_size_after(s: &Stream) -> Option<(f64, Unit, usize, usize)> {
    let Some(Tok::Num { value, .. }) =
        s.tok(s.p).filter(|t| matches!(t, Tok::Num { value, .. } if value.is_finite()))
    else {
        return None;
    };
    let i = s.raw(s.p + 1)?;
    let (end, u) = s.lex.match_at(&s.lex.units, s.toks, i, |_| false)?;
    Some((value, u, i, end))
}

/// A Russian serving word before a name, with no number: one cup, or half a pot.
fn serving(s: &Stream) -> Option<f64> {
    if s.lex.lang != Lang::Ru || !s.is_word(s.p + 1) || s.boundary(s.p + 1) {
        return None;
    }
    let i = s.raw(s.p)?;
    if s.lex.match_at(&s.lex.units, s.toks, i, |_| false).is_some() {
        return None;
    }
    let key = s.toks.key(i);
    let measure = |k: &str| s.lex.words.get(k).is_some_and(|e| e.flags & MEASURE != 0);
    if measure(key) && s.entry(s.p + 1).flags & (PREP | FILLER) == 0 {
        return Some(1.0);
    }
    key.strip_prefix("пол").filter(|rest| measure(rest)).map(|_| 0.5)
}

/// Russian writes half a unit as one word: "полкило", "полбуханки".
fn half_unit(s: &Stream) -> Option<(Option<Unit>, Option<usize>)> {
    if s.lex.lang != Lang::Ru {
        return None;
    }
    let i = s.raw(s.p)?;
    let rest = s.toks.key(i).strip_prefix("пол")?;
    let u = s.lex.units.get(rest)?.iter().find(|(r, _)| r.is_empty())?.1;
    Some((Some(u), Some(i)))
}

fn skip_lead(s: &mut Stream) {
    while let Some(Tok::Word { .. }) | Some(Tok::Mark(_)) = s.tok(s.p) {
        if s.boundary(s.p) {
            return;
        }
        let e = s.entry(s.p);
        // "se lo han comido entre los tres": who shared it is no item and no amount ("entre 4
        // y 5 patatas" is a range).
        if s.lex.lang == Lang::Es
            && s.key(s.p) == "entre"
            && !matches!(s.tok(s.p + 1), Some(Tok::Num { .. }))
            && s.entry(s.p + 1).num.is_none()
        {
            s.skip_clause();
            return;
        }
        // "unos cuantos": the first word of a vague amount is not a filler here.
        if s.raw(s.p).is_some_and(|i| s.lex.match_at(&s.lex.vague, s.toks, i, |_| false).is_some())
        {
            return;
        }
        // "ich hol nachher noch eier": a German time word before the item says when.
        let time = s.lex.lang == Lang::De && e.flags & TIME != 0 && s.raw(s.p + 1).is_some();
        // "pikced up 6 eggs": the particle of a misspelt verb before an amount.
        let particle = s.lex.lang == Lang::En
            && e.flags & PARTICLE != 0
            && (matches!(s.tok(s.p + 1), Some(Tok::Num { .. })) || s.entry(s.p + 1).num.is_some());
        // "принесла с работы торт": a Russian place before a grocery is where it came from.
        let place = s.lex.lang == Lang::Ru
            && e.flags & NOT_ITEM != 0
            && s.raw(s.p + 1).is_some_and(|i| {
                names_ru::known(s.toks.key(i)) || matches!(s.toks.toks[i], Tok::Num { .. })
            });
        // "avant que je parte": in French the word after a subject pronoun is its verb.
        let verb = s.lex.lang == Lang::Fr
            && e.flags == 0
            && s.raw(s.p).is_some_and(|i| {
                i > 0
                    && matches!(
                        s.toks.key(i - 1),
                        "je" | "j'" | "tu" | "il" | "elle" | "on" | "nous"
                    )
                    && !super::lexicon_fr::is_grocery(s.toks.key(i))
            });
        // "ate both avocados": "both" before a name is its count, read with the amount.
        let both = s.lex.lang == Lang::En
            && s.key(s.p) == "both"
            && s.is_word(s.p + 1)
            && s.raw(s.p + 1) == s.raw(s.p).map(|i| i + 1)
            && s.entry(s.p + 1).flags & (FILLER | CONJ | PREP) == 0;
        if both {
            return;
        }
        let lead = matches!(s.tok(s.p), Some(Tok::Mark(_)))
            || time
            || verb
            || (s.lex.lang == Lang::Fr && s.key(s.p) == "sans")
            || particle
            || place
            || (e.flags & (FILLER | DET | SKIP | PREP | OF | TIME) != 0
                && e.flags & (ARTICLE | VAGUE) == 0
                && e.num.is_none());
        if !lead {
            return;
        }
        s.p += 1;
        // "j'ai tout mis dans la compote", "mangez sans moi": a French place or company
        // before the item names no item.
        // "pour la glace": a purpose too, when its noun follows at once.
        let purpose = s.key(s.p - 1) == "pour"
            && s.raw(s.p).zip(s.raw(s.p - 1)).is_some_and(|(a, b)| a == b + 1);
        if s.lex.lang == Lang::Fr
            && (matches!(s.key(s.p - 1), "dans" | "chez" | "sur" | "sans") || purpose)
        {
            s.skip_flag(DET);
            if s.raw(s.p).is_some() && !s.boundary(s.p) {
                s.p += 1;
            }
            // "pour le pique-nique": with the rest of a hyphenated word.
            while s.raw(s.p).is_some_and(|i| s.toks.hyphen(i)) {
                s.p += 1;
            }
            continue;
        }
        // "en rentrant tu prends des oeufs": a French gerund after "en" says when.
        if s.lex.lang == Lang::Fr
            && s.key(s.p - 1) == "en"
            && s.key(s.p).ends_with("ant")
            && s.entry(s.p).flags == 0
        {
            s.p += 1;
        }
        // "qué hay que comprar para la barbacoa": a Spanish purpose is no item.
        if s.lex.lang == Lang::Es && e.flags & PREP != 0 && s.key(s.p - 1) == "para" {
            let mut p = s.p;
            while s.entry(p).flags & DET != 0 {
                p += 1;
            }
            if s.entry(p).flags & NOT_ITEM != 0 {
                s.p = p + 1;
                continue;
            }
        }
        // "traje del mercado 2 kilos de tomates": in Spanish a place may follow "del" too;
        // "Von der Party sind noch 6 Bier übrig": in German one after "von".
        let place = || {
            let mut p = s.p;
            while s.entry(p).flags & DET != 0 {
                p += 1;
            }
            s.entry(p).flags & NOT_ITEM != 0
        };
        if e.flags & PREP != 0
            || (e.flags & OF != 0 && matches!(s.lex.lang, Lang::Es | Lang::De) && place())
        {
            skip_place(s);
            if s.lex.lang == Lang::Ru && s.is_word(s.p) && !s.boundary(s.p) {
                // "в Ашане взяла…", "на блины ушло…": a place, or what it was for, before the
                // verb is no item.
                let gap = s.raw(s.p + 1).zip(s.raw(s.p)).is_some_and(|(b, a)| b > a + 1);
                if s.entry(s.p).flags & NOT_ITEM != 0 || gap {
                    s.p += 1;
                }
            }
        }
    }
}

/// "beim Bäcker 4 Brötchen", "at Lidl 6 eggs": a place before an amount is no part of the item.
/// "Für die Lasagne hab ich 500 g Hack": nor before a German auxiliary and what follows it.
fn skip_place(s: &mut Stream) {
    // "… alles da für den Kuchen": a German purpose with nothing after it names no item.
    if s.lex.lang == Lang::De && s.p > 0 && matches!(s.key(s.p - 1), "fur" | "furs" | "zum" | "zur")
    {
        let mut p = s.p;
        while s.entry(p).flags & DET != 0 && !s.boundary(p) {
            p += 1;
        }
        if s.raw(p + 1).is_none() {
            s.p = p + 1;
            return;
        }
    }
    // "vom Bäcker Brötchen", "vom Markt Erdbeeren": a German place word is never the item.
    if s.lex.lang == Lang::De {
        let mut p = s.p;
        while s.entry(p).flags & DET != 0 && !s.boundary(p) {
            p += 1;
        }
        if s.entry(p).flags & NOT_ITEM != 0 && s.raw(p + 1).is_some() && !s.boundary(p + 1) {
            s.p = p + 1;
            return;
        }
    }
    let mut ahead = 1;
    let mut plain = 0;
    while plain < 3 && ahead <= 8 {
        let p = s.p + ahead;
        if s.raw(p).is_none() || s.boundary(p) || s.boundary(p - 1) {
            return;
        }
        // "Für den Teig eine Tasse Mehl": a German article after the place starts the item.
        let article = s.lex.lang == Lang::De && plain > 0 && s.entry(p).flags & ARTICLE != 0;
        if matches!(s.tok(p), Some(Tok::Num { .. })) || article {
            s.p = p;
            return;
        }
        // "Für das Müsli [die letzte] Milch": a cue between the place and the item ends it.
        let gap = s.raw(p).zip(s.raw(p - 1)).is_some_and(|(a, b)| a > b + 1);
        if s.lex.lang == Lang::De && gap && plain > 0 && s.entry(p).flags & FILLER == 0 {
            s.p = p;
            return;
        }
        let filler = s.entry(p).flags & FILLER != 0 && s.lex.lang == Lang::De;
        if filler && plain > 0 {
            let mut q = p;
            while s.entry(q).flags & FILLER != 0 && !s.boundary(q) && q < p + 8 {
                q += 1;
            }
            if s.raw(q).is_some() && !s.boundary(q) {
                s.p = q;
            }
            return;
        }
        plain += usize::from(!filler);
        ahead += 1;
    }
}

/// A unit word (or phrase) at the read position, skipping an article ("half a bottle").
pub(crate) fn read_unit(s: &mut Stream) -> (Option<Unit>, Option<usize>) {
    let save = s.p;
    if s.entry(s.p).flags & ARTICLE != 0 {
        s.p += 1;
    }
    // "a whole bag of", "a big jar of": a size word may stand between amount and unit.
    let mut size = None;
    for _ in 0..2 {
        if s.entry(s.p).flags & DROP != 0
            || matches!(s.toks.key(s.raw(s.p).unwrap_or(usize::MAX)), "whole" | "full")
        {
            size = s.raw(s.p);
            s.p += 1;
        }
    }
    let Some(i) = s.raw(s.p) else {
        s.p = save;
        return (None, None);
    };
    let toks = s.toks;
    let dot = |j: usize| matches!(toks.toks[j], Tok::Mark('.'));
    // "two Pot Noodles", "tin foil": a unit word that opens a known name is part of it.
    // "filets de poulet": a unit word that heads a product's name is no unit.
    let named = |end: usize| {
        (s.lex.lang == Lang::En
            && end == i + 1
            && matches!(toks.toks.get(end), Some(Tok::Word { .. }))
            && s.lex.compound(toks.key(i), &names::singular_en(toks.key(end))))
            || (end + 1 < toks.toks.len()
                && s.lex.has(toks, end, OF)
                && s.lex.joined.contains(toks.key(i), toks.key(end + 1)))
            // "70 sacs poubelle": the unit word and the next are one product.
            || (end < toks.toks.len() && s.lex.compound(toks.key(i), toks.key(end)))
            // "2 petits pots": a size word that makes one product with the unit word.
            || size.is_some_and(|d| s.lex.compound(toks.key(d), toks.key(i)))
    };
    match s.lex.match_at(&s.lex.units, toks, i, dot) {
        Some((end, _)) if named(end) => {
            s.p = save;
            (None, None)
        }
        Some((end, u)) => {
            let u = match toks.toks[i] {
                Tok::Word { upper: true, .. } if u == Unit::Tsp && toks.key(i) == "t" => Unit::Tbsp,
                _ => u,
            };
            s.advance_to(end);
            if matches!(s.tok(s.p), Some(Tok::Mark('.'))) {
                s.p += 1;
            }
            (Some(u), Some(i))
        }
        // "2 Packugnen Reis", "2 Kaesten Bier": a German unit word typed with a typo.
        None if let Some(u) = misspelt_unit(s, i) => {
            s.advance_to(i + 1);
            (Some(u), Some(i))
        }
        None => {
            s.p = save;
            (None, None)
        }
    }
}

/// A unit word typed with a typo, in the languages that look for one.
fn misspelt_unit(s: &Stream, i: usize) -> Option<Unit> {
    match s.lex.lang {
        Lang::En => misspelt_unit_en(s, i),
        Lang::De => misspelt_unit_de(s, i),
        _ => None,
    }
}

/// "2 bottels of wine", "200 gramms of flour": an English word before "of" that is a unit
/// misspelt (same first letter, within the typo budget).
fn misspelt_unit_en(s: &Stream, i: usize) -> Option<Unit> {
    let key = s.toks.key(i);
    let first = key.chars().next()?;
    let open = key.chars().count() >= 5 && !s.lex.listed(key) && s.lex.has(s.toks, i + 1, OF);
    if !open {
        return None;
    }
    // The nearest unit word wins; ties go to the first in spelling order.
    s.lex
        .units
        .iter()
        .filter(|(w, _)| w.starts_with(first) && w.len() >= 4)
        .filter_map(|(w, cands)| {
            let unit = cands.iter().find(|(rest, _)| rest.is_empty())?.1;
            let d = typo::distance(key, w, typo::budget(w.chars().count()))?;
            Some((d, w, unit))
        })
        .min_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)))
        .map(|(_, _, unit)| unit)
}

/// The unit a German word the tables do not know is a typo of, if any (see
/// `lexicon_de::variants`).
fn misspelt_unit_de(s: &Stream, i: usize) -> Option<Unit> {
    let key = s.toks.key(i);
    if s.lex.entry(s.toks, i).flags != 0 || key.chars().count() < 5 {
        return None;
    }
    let mut unit = None;
    lexicon_de::variants(key, true, |v| {
        unit = s.lex.units.get(v).and_then(|c| c.iter().find(|(rest, _)| rest.is_empty()));
        unit.is_some()
    });
    unit.map(|(_, u)| *u)
}

/// Whether the English name's last word was the container it is kept in ("coffee jar", "sugar
/// bowl"), popped. With `unit`, the container read as a unit; without, a bowl or a dish.
fn kept_in(s: &Stream, words: &mut Vec<usize>, unit: Option<Unit>) -> bool {
    let Some(&last) = words.last() else { return false };
    let kept = match unit {
        Some(u) => matches!(u, Unit::Jar | Unit::Bottle | Unit::Carton | Unit::Tub | Unit::Can),
        None => {
            words.len() >= 2
                && matches!(s.toks.key(last), "bowl" | "dish" | "box")
                && s.toks.key(words[words.len() - 2]) != "juice"
        }
    };
    if kept && s.lex.lang == Lang::En && unit.is_none() {
        words.pop();
    }
    kept && s.lex.lang == Lang::En
}

/// "3 garlic cloves", "2 milk cartons": a container or part named after the item.
fn postfix_unit(s: &Stream, words: &mut Vec<usize>) -> Option<Unit> {
    let last = *words.last()?;
    let (_, u) = s.lex.match_at(&s.lex.units, s.toks, last, |_| false)?;
    let named_after = matches!(
        u,
        Unit::Clove
            | Unit::Loaf
            | Unit::Head
            | Unit::Bottle
            | Unit::Can
            | Unit::Jar
            | Unit::Carton
            | Unit::Pack
            | Unit::Tub
            | Unit::Sachet
            | Unit::Bunch
    );
    if named_after {
        words.pop();
        Some(u)
    } else {
        None
    }
}
