//! Splits what is left after the cues into items and reads each one as
//! `[amount] [unit] [of] [adjectives] name [trailing phrase]`.

use super::Lang;
use super::lexicon::{
    ARTICLE, CONJ, DET, DROP, Entry, FILLER, Lexicon, MEASURE, OF, PREP, SKIP, VAGUE,
};
use super::quantity::{self, Amount};
use super::token::{Tok, Tokens};
use crate::unit::Unit;

/// One item as read from the message, before its name is normalised.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RawItem {
    /// Token indices of the name's words.
    pub words: Vec<usize>,
    pub qty: Option<f64>,
    pub unit: Option<Unit>,
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

    pub fn skip_flag(&mut self, flags: u16) {
        while self.raw(self.p).is_some() && self.entry(self.p).flags & flags != 0 {
            self.p += 1;
        }
    }

    /// Where one item ends and the next begins: "and", ",", "&", "+".
    pub fn boundary(&self, p: usize) -> bool {
        match self.tok(p) {
            Some(Tok::Mark(c)) => matches!(c, ',' | ';' | '&' | '+' | '.' | '!' | '?'),
            Some(Tok::Word { .. }) => self.entry(p).flags & CONJ != 0,
            _ => false,
        }
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
        if let Some(item) = segment(&mut s) {
            items.push(item);
        }
        if s.p == start {
            s.p += 1;
        }
    }
    items
}

fn segment(s: &mut Stream) -> Option<RawItem> {
    skip_lead(s);
    let mut amount = quantity::read(s);
    let mut unit = None;
    let mut unit_at = None;
    match amount {
        Amount::Number(_) => {
            (unit, unit_at) = read_unit(s);
            if let Amount::Number(v) = amount {
                amount = Amount::Number(v + quantity::half_tail(s));
            }
            if unit.is_none() && s.entry(s.p).flags & MEASURE != 0 {
                s.p += 1;
            }
            skip_container(s);
        }
        Amount::Absent if half_unit(s).is_some() => {
            (unit, unit_at) = half_unit(s).unwrap_or_default();
            amount = Amount::Number(0.5);
            s.p += 1;
        }
        Amount::Absent => {
            // "bottle of wine", and in Russian "пачку масла": a unit with no number is one.
            let save = s.p;
            let (u, at) = read_unit(s);
            let of_follows = s.entry(s.p).flags & OF != 0;
            if u.is_some() && (of_follows || s.lex.lang == Lang::Ru) && s.is_word(s.p) {
                (unit, unit_at) = (u, at);
                amount = Amount::Number(1.0);
            } else {
                s.p = save;
            }
        }
        Amount::Vague => {}
    }
    s.skip_flag(OF | DET | ARTICLE);
    let mut words = Vec::new();
    let mut dropped = Vec::new();
    while let Some(i) = s.raw(s.p) {
        if s.boundary(s.p) {
            break;
        }
        match s.toks.toks[i] {
            Tok::Num { .. } => {
                if words.is_empty() && !matches!(amount, Amount::Absent) {
                    s.p += 1;
                } else if matches!(amount, Amount::Absent) {
                    // "milk 2l", "eggs x6": the amount after the name.
                    amount = quantity::read(s);
                    if unit.is_none() {
                        (unit, unit_at) = read_unit(s);
                    }
                } else {
                    break;
                }
            }
            Tok::Mark(_) => s.p += 1,
            Tok::Word { .. } => {
                let e = s.entry(s.p);
                let started = !words.is_empty() || !matches!(amount, Amount::Absent);
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
                if e.flags & OF != 0 && !words.is_empty() {
                    words.push(i);
                } else if e.flags & DROP != 0 {
                    dropped.push(i);
                } else if e.flags & (FILLER | DET | VAGUE | ARTICLE | SKIP | OF) == 0 {
                    words.push(i);
                }
                s.p += 1;
            }
        }
    }
    while let Some(&last) = words.last() {
        if s.lex.entry(s.toks, last).flags & (OF | DET) != 0 {
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
    if words.is_empty() {
        // "bought 2 loaves": the unit word is the item.
        let at = unit_at
            .filter(|_| unit.is_some_and(|u| u.dimension() == crate::unit::Dimension::Count))?;
        words.push(at);
        unit = None;
    }
    let qty = match amount {
        Amount::Number(v) => Some(v),
        _ => None,
    };
    Some(RawItem { words, qty, unit })
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
        let lead = matches!(s.tok(s.p), Some(Tok::Mark(_)))
            || (e.flags & (FILLER | DET | SKIP | PREP | OF) != 0
                && e.flags & (ARTICLE | VAGUE) == 0
                && e.num.is_none());
        if !lead {
            return;
        }
        s.p += 1;
    }
}

/// A unit word (or phrase) at the read position, skipping an article ("half a bottle").
fn read_unit(s: &mut Stream) -> (Option<Unit>, Option<usize>) {
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
