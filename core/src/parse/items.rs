//! Splits what is left after the cues into items and reads each one as
//! `[amount] [unit] [of] [adjectives] name [trailing phrase]`.

use super::Lang;
use super::lexicon::{
    ARTICLE, CATEGORY, CLAUSE, CONJ, Cue, DET, DROP, Entry, FILLER, Lexicon, MEASURE, MODIFIER,
    MULT, NOT_ITEM, OF, PARTICLE, PREP, SKIP, SORT, TIME, VAGUE,
};
use super::names;
use super::names_ru;
use super::packs::{self, Size};
use super::quantity::{self, Amount};
use super::token::{Tok, Tokens};
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

    /// Where one item ends and the next begins: "and", ",", "&", "+".
    pub fn boundary(&self, p: usize) -> bool {
        let split = match self.tok(p) {
            Some(Tok::Mark(c)) => {
                matches!(c, ',' | ';' | '&' | '+' | '.' | '!' | '?' | ':' | '—' | '(')
            }
            Some(Tok::Word { .. }) => self.entry(p).flags & CONJ != 0 && !self.russian_with(p),
            _ => false,
        };
        split && !self.raw(p).is_some_and(|i| self.lex.joins(self.toks, i))
    }

    /// "сыр с плесенью", "хлеб с отрубями": Russian "с" before a word that is no grocery of
    /// its own is part of the name; before one ("кофе с молоком") it joins two items.
    fn russian_with(&self, p: usize) -> bool {
        if self.lex.lang != Lang::Ru || self.key(p) != "с" {
            return false;
        }
        let Some(i) = self.raw(p + 1).filter(|&i| i == self.raw(p).unwrap_or(0) + 1) else {
            return false;
        };
        let e = self.lex.entry(self.toks, i);
        matches!(self.toks.toks[i], Tok::Word { .. })
            && e.flags & (NOT_ITEM | FILLER | SKIP | DET | TIME | VAGUE) == 0
            && e.num.is_none()
            && !names_ru::known_form(self.toks.key(i))
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
    let mut items = Vec::new();
    while s.raw(s.p).is_some() {
        if s.boundary(s.p) {
            s.p += 1;
            continue;
        }
        let start = s.p;
        if !items.is_empty() && remark(&s) {
            while s.raw(s.p).is_some() && !s.boundary(s.p) {
                s.p += 1;
            }
            continue;
        }
        if let Some(item) = segment(&mut s) {
            if item.words.is_empty() {
                if let Some(prev) = items.last_mut().filter(|p: &&mut RawItem| p.qty.is_none()) {
                    (prev.qty, prev.unit, prev.unit_at) = (item.qty, item.unit, item.unit_at);
                } else if let Some(at) = item.unit_at.filter(|_| lex.lang == Lang::Ru) {
                    // "3 л молока, 2 батона": with nothing to size, the unit word is the item.
                    items.push(RawItem { words: vec![at], unit: None, unit_at: None, ..item });
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
                // "купил молоко хлеб яйца": the amount, if any, is the first name's.
                let mut first = true;
                for words in groups {
                    let (qty, unit, unit_at) = if first {
                        (item.qty, item.unit, item.unit_at)
                    } else {
                        (None, None, None)
                    };
                    first = false;
                    items.push(RawItem { words, qty, unit, unit_at, implicit: item.implicit });
                }
            } else if (listed && run_of_plurals(&s, &item)) || unseparated(&s, &item) {
                items.extend(kinds(&s, &item.words).into_iter().map(|words| RawItem {
                    words,
                    qty: None,
                    unit: None,
                    unit_at: None,
                    implicit: false,
                }));
            } else {
                items.push(item);
            }
        }
        if s.p == start {
            s.p += 1;
        }
    }
    drop_category(&s, &mut items);
    drop_breakdown(&s, &mut items);
    elided_nouns(&s, &mut items);
    items
}

/// "2 бутылки красного вина и бутылку белого": a Russian adjective alone names the same
/// kind of thing as the item before it.
fn elided_nouns(s: &Stream, items: &mut [RawItem]) {
    if s.lex.lang != Lang::Ru {
        return;
    }
    for k in 1..items.len() {
        let lone = match items[k].words[..] {
            [w] => names_ru::adjective_like(s.toks.text(w)),
            _ => false,
        };
        let noun = |&&w: &&usize| !names_ru::adjective_like(s.toks.text(w));
        let head = items[k - 1].words.iter().rev().find(noun).copied();
        if let Some(h) = head.filter(|_| lone) {
            items[k].words.push(h);
        }
    }
}

/// "loads of veg: carrots leeks potatoes": a kind word before a colon heads the list after it.
fn drop_category(s: &Stream, items: &mut Vec<RawItem>) {
    let Some(first) = items.first() else { return };
    let heads = items.len() > 1
        && first.words.len() == 1
        && s.lex.has(s.toks, first.words[0], CATEGORY)
        && matches!(s.toks.toks.get(first.words[0] + 1), Some(Tok::Mark(':' | '—' | '-')));
    if heads {
        items.remove(0);
    }
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
        s.lex.lang == Lang::En
            && r.qty.is_some()
            && r.unit.is_none()
            && r.words.len() == 1
            && (s.lex.has(s.toks, r.words[0], SORT) || singular(r))
    };
    let mut k = 1;
    while k < items.len() {
        let (prev, next) = (&items[k - 1], &items[k]);
        let comma = prev.words.last().is_some_and(|&a| {
            next.words.first().is_some_and(|&b| {
                (a + 1..b).any(|i| matches!(s.toks.toks[i], Tok::Mark(',' | ';' | '(' | '—')))
            })
        });
        let run = items[k..].iter().take_while(|r| sort(r)).count();
        let sum: f64 = items[k..k + run].iter().filter_map(|r| r.qty).sum();
        let named = items[k..k + run].iter().all(|r| s.lex.has(s.toks, r.words[0], SORT));
        let adds_up = prev
            .qty
            .is_some_and(|q| (named && sum <= q + 1e-9) || (run >= 2 && (q - sum).abs() < 1e-9));
        if comma && run >= 1 && adds_up {
            items.drain(k..k + run);
        }
        k += 1;
    }
}

/// "…, elles étaient moisies", "…, estaba mala": after a comma, a clause about the item
/// already named is no item of its own.
fn remark(s: &Stream) -> bool {
    let after_comma = s.p > 0 && matches!(s.tok(s.p - 1), Some(Tok::Mark(',' | ';')));
    if after_comma && s.entry(s.p).flags & CLAUSE != 0 && s.entry(s.p).num.is_none() {
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
    // "rice - 2 bags bought": after a dash, an amount alone belongs to the name before it.
    // "яйца, 20 штук": in Russian a comma does the same.
    let ru_comma =
        s.lex.lang == Lang::Ru && matches!(s.tok(s.p.wrapping_sub(1)), Some(Tok::Mark(',' | '(')));
    let after_dash = s.p >= 2
        && (matches!(s.tok(s.p - 1), Some(Tok::Mark('—'))) || ru_comma)
        && s.is_word(s.p - 2);
    skip_lead(s);
    let mut amount = quantity::read(s);
    let mut unit = None;
    let mut unit_at = None;
    let mut implicit = false;
    match amount {
        Amount::Number(v) => {
            skip_more(s);
            // "2 x tins of soup": the sign before a unit says nothing more.
            if packs::is_times(s, s.p) && s.is_word(s.p + 1) && s.entry(s.p + 2).flags & OF != 0 {
                s.p += 1;
            }
            let size = packs::sized(s, v);
            let size = packs::times(s, size);
            (unit, unit_at) = (size.unit, size.at);
            amount = Amount::Number(size.value);
            // "a whole tube of pringles": a size word may stand before the measure.
            let size = usize::from(s.entry(s.p).flags & DROP != 0);
            if unit.is_none() && s.entry(s.p + size).flags & MEASURE != 0 {
                s.p += 1 + size;
            }
            skip_container(s);
        }
        Amount::Absent if half_unit(s).is_some() => {
            (unit, unit_at) = half_unit(s).unwrap_or_default();
            amount = Amount::Number(0.5);
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
            // "kilo y medio de harina": a unit and a half.
            let value = 1.0 + if u.is_some() { quantity::half_tail(s) } else { 0.0 };
            let of_follows = s.entry(s.p).flags & OF != 0;
            // "купил батон и молоко": a Russian unit word before "и" is the item itself.
            let ru_named = s.lex.lang == Lang::Ru && !s.boundary(s.p);
            if u.is_some() && (of_follows || ru_named) && s.is_word(s.p) {
                let size = packs::times(s, Size { value, unit: u, at, multipack: false });
                (unit, unit_at) = (size.unit, size.at);
                amount = Amount::Number(size.value);
                implicit = size.value == 1.0;
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
                // "wie viele Dosen Tomaten": German names the unit without "of".
                (unit, unit_at) = (u, at);
            } else {
                s.p = save;
            }
        }
        Amount::Vague => {
            // "a few cloves of garlic": a vague count of a unit.
            let save = s.p;
            let (u, at) = read_unit(s);
            // "несколько пачек масла": Russian needs no "of".
            let ru = s.lex.lang == Lang::Ru && s.is_word(s.p) && !s.boundary(s.p);
            if u.is_some() && (s.entry(s.p).flags & OF != 0 || ru) {
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
        if s.boundary(s.p) {
            break;
        }
        // "did a quick shop got eggs": a verb taken as a cue after a word that is no grocery
        // ends that phrase.
        let cue_before = s.lex.lang == Lang::En
            && words.last().is_some_and(|&w| s.lex.has(s.toks, w, NOT_ITEM))
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
                } else if s.lex.lang == Lang::Ru && s.entry(s.p + 1).flags & NOT_ITEM != 0 {
                    // "подгузники 4 размер": a number that belongs to the word after it.
                    s.p += 2;
                } else if let (Lang::Ru, Amount::Number(n), Some(u)) = (s.lex.lang, amount, unit)
                    && u.dimension() == Dimension::Count
                    && let Some((v, size, at, end)) = size_after(s)
                {
                    // "бутылку молока 1 л": the size of the container, after the name.
                    (amount, unit, unit_at) = (Amount::Number(n * v), Some(size), Some(at));
                    s.advance_to(end);
                } else if matches!(amount, Amount::Absent)
                    || (matches!(amount, Amount::Vague)
                        && s.p > 0
                        && packs::is_times(s, s.p - 1)
                        && !words.is_empty())
                {
                    // "milk 2l", "eggs x6", "des bananes x6": the amount after the name.
                    amount = quantity::read(s);
                    if unit.is_none() {
                        (unit, unit_at) = read_unit(s);
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
            // "essuie-tout", "coca-cola": a hyphenated word stays with the one before it.
            Tok::Word { hyphen: true, .. } if i > 0 && words.last() == Some(&(i - 1)) => {
                words.push(i);
                s.p += 1;
            }
            // "get loo roll tomorrow": a time word after the name is when, not what; in
            // Russian before it too ("купи завтра молоко").
            Tok::Word { .. }
                if (!words.is_empty() || s.lex.lang == Lang::Ru)
                    && s.entry(s.p).flags & TIME != 0 =>
            {
                s.p += 1
            }
            // "2 loaves of bread a dozen eggs": an amount starts the next item.
            Tok::Word { .. } if !words.is_empty() && next_amount(s) => break,
            // "the kitchen roll cleaning the spill": a gerund before its object is what
            // was done with the item.
            Tok::Word { .. } if !words.is_empty() && gerund(s) => {
                while s.raw(s.p).is_some() && !s.boundary(s.p) {
                    s.p += 1;
                }
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
            // "сыра кусок", "молока пакет": a Russian unit word closing the name is one of it.
            Tok::Word { .. }
                if s.lex.lang == Lang::Ru
                    && !words.is_empty()
                    && matches!(amount, Amount::Absent)
                    && words.last().is_some_and(|&w| {
                        !names_ru::adjective_like(s.toks.text(w)) && !s.lex.has(s.toks, w, PREP)
                    })
                    && let Some((end, u)) = s.lex.match_at(&s.lex.units, s.toks, i, |_| false)
                    && s.raw(s.p + 1).is_none_or(|_| s.boundary(s.p + 1))
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
            Tok::Word { .. } => {
                let e = s.entry(s.p);
                let started = !words.is_empty() || !matches!(amount, Amount::Absent);
                // "гель для душа": a preposition that is part of the product's name.
                let next_key = s.raw(s.p + 1).map_or("", |n| s.toks.key(n));
                let purpose = s.lex.lang == Lang::Ru
                    && s.toks.key(i) == "для"
                    && words.last().is_some_and(|&w| names_ru::takes_purpose(s.toks.text(w)))
                    && s.entry(s.p + 1).flags & (NOT_ITEM | FILLER) == 0
                    && !matches!(s.tok(s.p + 1), Some(Tok::Word { upper: true, .. }));
                if e.flags & PREP != 0
                    && !words.is_empty()
                    && (s.lex.compound(s.toks.key(i), next_key) || purpose)
                {
                    words.push(i);
                    s.p += 1;
                    continue;
                }
                // "el pan estaba duro", "the bread was stale": a remark ends the item.
                if e.flags & CLAUSE != 0
                    && !words.is_empty()
                    && !matches!(s.tok(s.p + 1), Some(Tok::Num { .. }))
                {
                    while s.raw(s.p).is_some() && !s.boundary(s.p) {
                        s.p += 1;
                    }
                    break;
                }
                if e.flags & PREP != 0 && started {
                    if matches!(s.tok(s.p + 1), Some(Tok::Num { .. })) {
                        s.p += 1;
                        continue;
                    }
                    while s.raw(s.p).is_some() && !s.boundary(s.p) {
                        s.p += 1;
                    }
                    break;
                }
                if e.flags & OF != 0 && !words.is_empty() && from_place(s) {
                    while s.raw(s.p).is_some() && !s.boundary(s.p) {
                        s.p += 1;
                    }
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
                } else if e.flags & (FILLER | DET | VAGUE | ARTICLE | SKIP | OF) == 0 {
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
    if words.is_empty() {
        words = dropped;
    }
    let qty = match amount {
        Amount::Number(v) => Some(v),
        _ => None,
    };
    if words.is_empty() {
        // "bought 2 loaves": the unit word is the item.
        match unit_at.filter(|_| unit.is_some_and(|u| u.dimension() == Dimension::Count)) {
            Some(_) if after_dash => {
                return Some(RawItem { words, qty, unit, unit_at, implicit });
            }
            Some(at) => {
                words.push(at);
                unit = None;
            }
            // "Eier: noch 4": an amount alone belongs to the item before it.
            None if qty.is_some() => {
                return Some(RawItem { words, qty, unit, unit_at, implicit: false });
            }
            None => return None,
        }
    }
    let unit_at = unit.and(unit_at);
    Some(RawItem { words, qty, unit, unit_at, implicit })
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

/// An English "-ing" word followed by an article or a preposition.
fn gerund(s: &Stream) -> bool {
    let key = s.key(s.p);
    s.lex.lang == Lang::En
        && key.len() > 5
        && key.ends_with("ing")
        && s.entry(s.p).flags == 0
        && s.entry(s.p + 1).flags & (DET | ARTICLE | PREP) != 0
}

/// "huevos del súper", "pain de la boulangerie": "of" before a place says where it came from.
fn from_place(s: &Stream) -> bool {
    let mut p = s.p + 1;
    while s.entry(p).flags & DET != 0 {
        p += 1;
    }
    s.entry(p).flags & NOT_ITEM != 0
}

/// "2 more cartons", "ещё 2": "more" after a number adds nothing to it.
fn skip_more(s: &mut Stream) {
    while s.entry(s.p).flags & (VAGUE | CONJ) == VAGUE && s.entry(s.p).num.is_none() {
        s.p += 1;
    }
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
    let compound = |i: usize| {
        i > 0 && item.words.contains(&(i - 1)) && lex.compound(toks.key(i - 1), toks.key(i))
    };
    head.is_some_and(|&i| lex.has(toks, i, NOT_ITEM) && !compound(i))
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
    if !(container && s.entry(s.p).flags & OF != 0) {
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
        Some(Tok::Num { value, .. }) => Some((*value, u, end)),
        Some(Tok::Word { .. }) if word.flags & (ARTICLE | MULT) == 0 => {
            word.num.map(|v| (v, u, end))
        }
        _ => None,
    }
}

/// A number and a measurable unit at the read position: "1 л", "500 г".
fn size_after(s: &Stream) -> Option<(f64, Unit, usize, usize)> {
    let Some(Tok::Num { value, .. }) = s.tok(s.p) else { return None };
    let i = s.raw(s.p + 1)?;
    let (end, u) = s.lex.match_at(&s.lex.units, s.toks, i, |_| false)?;
    (u.dimension() != Dimension::Count).then_some((value, u, i, end))
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
        // "unos cuantos": the first word of a vague amount is not a filler here.
        if s.raw(s.p).is_some_and(|i| s.lex.match_at(&s.lex.vague, s.toks, i, |_| false).is_some())
        {
            return;
        }
        // "принесла с работы торт": a Russian place before a grocery is where it came from.
        let place = s.lex.lang == Lang::Ru
            && e.flags & NOT_ITEM != 0
            && s.raw(s.p + 1).is_some_and(|i| {
                names_ru::known(s.toks.key(i)) || matches!(s.toks.toks[i], Tok::Num { .. })
            });
        let lead = matches!(s.tok(s.p), Some(Tok::Mark(_)))
            || place
            || (e.flags & (FILLER | DET | SKIP | PREP | OF) != 0
                && e.flags & (ARTICLE | VAGUE) == 0
                && e.num.is_none());
        if !lead {
            return;
        }
        s.p += 1;
        if e.flags & PREP != 0 {
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
fn skip_place(s: &mut Stream) {
    for ahead in 1..=3 {
        let p = s.p + ahead;
        if s.raw(p).is_none() || s.boundary(p) || s.boundary(p - 1) {
            return;
        }
        if matches!(s.tok(p), Some(Tok::Num { .. })) {
            s.p = p;
            return;
        }
    }
}

/// A unit word (or phrase) at the read position, skipping an article ("half a bottle").
pub(crate) fn read_unit(s: &mut Stream) -> (Option<Unit>, Option<usize>) {
    let save = s.p;
    if s.entry(s.p).flags & ARTICLE != 0 {
        s.p += 1;
    }
    // "a whole bag of", "a big jar of": a size word may stand between amount and unit.
    for _ in 0..2 {
        if s.entry(s.p).flags & DROP != 0
            || matches!(s.toks.key(s.raw(s.p).unwrap_or(usize::MAX)), "whole" | "full")
        {
            s.p += 1;
        }
    }
    let Some(i) = s.raw(s.p) else {
        s.p = save;
        return (None, None);
    };
    let toks = s.toks;
    let dot = |j: usize| matches!(toks.toks[j], Tok::Mark('.'));
    match s.lex.match_at(&s.lex.units, toks, i, dot) {
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
        None => {
            s.p = save;
            (None, None)
        }
    }
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
