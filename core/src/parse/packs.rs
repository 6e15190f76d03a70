//! Pack sizes and multiplied amounts: "2x 500g", "2 packs of 500 g", "a 6-pack of beer",
//! "a pack of 6 eggs". Packs of one size multiply out to the amount in the size's unit; a pack
//! named by its count is that many of the item.

use super::Lang;
use super::items::{Stream, read_unit};
use super::lexicon::{ARTICLE, CONJ, DET, DROP, OF};
use super::quantity::{self, Amount};
use super::token::Tok;
use crate::unit::{Dimension, Unit};

/// An amount with its unit, as far as it has been read.
#[derive(Clone, Copy)]
pub(crate) struct Size {
    pub value: f64,
    pub unit: Option<Unit>,
    pub at: Option<usize>,
    /// "6-pack", "6er Pack": the number counts the things in one pack.
    pub multipack: bool,
}

/// The unit after an amount of `value`, with "and a half"; a pack written onto its count
/// ("a 6-pack of beer", "6pk", "6er Pack Eier") is that many of the item, not a pack.
pub(crate) fn sized(s: &mut Stream, value: f64) -> Size {
    let per_pack = s.lex.lang == Lang::De
        && s.raw(s.p).is_some_and(|i| s.toks.key(i) == "er" && s.toks.glued(i))
        && {
            s.p += 1;
            true
        };
    // "half the bag of rice": a part of the container the item is in; "used half the tub":
    // in English the container alone, at the end of its clause, too.
    let unit_end = s.raw(s.p + 1).and_then(|i| s.lex.match_at(&s.lex.units, s.toks, i, |_| false));
    let closing = unit_end.is_some_and(|(end, _)| {
        s.lex.lang == Lang::En && !matches!(s.toks.toks.get(end), Some(Tok::Word { .. }))
    });
    if value > 0.0
        && value < 1.0
        && s.entry(s.p).flags & DET != 0
        && unit_end.is_some()
        && (s.entry(s.p + 2).flags & OF != 0 || closing)
    {
        s.p += 1;
    }
    // "a couple of bags of rice", "a dozen of the cans".
    // "three quarters of a cup": an article may stand between "of" and the unit.
    let article = usize::from(s.entry(s.p + 1).flags & ARTICLE != 0);
    // "3/4 de la botella": a fraction may be of the unit, with its determiner.
    // "2 of those big bags of crisps": in English a count of the units, too.
    let det = usize::from(
        article == 0
            && (value < 1.0 || s.lex.lang == Lang::En)
            && s.entry(s.p + 1).flags & (DET | ARTICLE) == DET,
    );
    let size = usize::from(s.entry(s.p + 1 + article + det).flags & DROP != 0);
    if s.entry(s.p).flags & OF != 0
        && s.raw(s.p + 1 + article + det + size)
            .is_some_and(|i| s.lex.match_at(&s.lex.units, s.toks, i, |_| false).is_some())
    {
        s.p += 1 + det;
    }
    let (unit, at) = read_unit(s);
    let mut value = value + quantity::half_tail(s);
    // "1 kilo y 1/2": a fraction joined to the unit by "and".
    if unit.is_some()
        && s.entry(s.p).flags & CONJ != 0
        && let Some(Tok::Num { value: f, frac: true }) = s.tok(s.p + 1)
        && f > 0.0
        && f < 1.0
    {
        value += f;
        s.p += 2;
    }
    let multipack = match (unit, at) {
        (Some(u), Some(_)) if per_pack => u.dimension() == Dimension::Count,
        // "un demi-paquet" is half a pack, never a pack of a half.
        (Some(Unit::Pack), Some(i)) if value >= 2.0 => s.toks.glued(i) || a_number_pack(s, i),
        _ => false,
    };
    if multipack {
        Size { value, unit: None, at: None, multipack }
    } else {
        Size { value, unit, at, multipack }
    }
}

/// "a 4 pack of yogurts", "6 pack of coke": one pack, named by its count (a pack in the
/// singular after a plural count is a multipack).
fn a_number_pack(s: &Stream, unit: usize) -> bool {
    // "6 pack", "a six pack": the count may be written as a word.
    let value = match unit.checked_sub(1).map(|j| (j, s.toks.toks[j])) {
        Some((_, Tok::Num { value, .. })) => value,
        Some((j, Tok::Word { .. })) if !s.lex.has(s.toks, j, ARTICLE) => {
            match s.lex.entry(s.toks, j).num {
                Some(v) => v,
                None => return false,
            }
        }
        _ => return false,
    };
    // "two 6 packs of eggs": a count of multipacks.
    let counted = unit >= 2
        && match s.toks.toks[unit - 2] {
            Tok::Num { .. } => true,
            Tok::Word { .. } => {
                let e = s.lex.entry(s.toks, unit - 2);
                e.num.is_some() && e.flags & ARTICLE == 0
            }
            Tok::Mark(_) => false,
        };
    // "2 x 6 packs": the multiplier sign counts the packs too.
    let counted = counted || (unit >= 2 && s.toks.key(unit - 2) == "x");
    let plural = counted && matches!(s.toks.key(unit), "packs" | "pks" | "pkts");
    (plural || matches!(s.toks.key(unit), "pack" | "pk" | "pkt" | "pck"))
        && (value >= 4.0 || (unit >= 2 && a_or_the(s, unit - 2)))
}

/// An article, or English "the": "a 2 pack", "the 2 pack of toothbrushes".
fn a_or_the(s: &Stream, j: usize) -> bool {
    s.lex.has(s.toks, j, ARTICLE) || (s.lex.lang == Lang::En && s.toks.key(j) == "the")
}

/// "x" between amounts; "à"/"je" in German and French ("3 Packungen à 500 g"), "по" in
/// Russian ("2 пачки по 500 г").
pub(crate) fn is_times(s: &Stream, p: usize) -> bool {
    match s.raw(p) {
        Some(i) => match s.toks.key(i) {
            "x" | "х" => true,
            "по" => s.lex.lang == Lang::Ru,
            "a" => s.toks.text(i) == "à" && matches!(s.lex.lang, Lang::De | Lang::Fr),
            "je" => s.lex.lang == Lang::De,
            "fois" => s.lex.lang == Lang::Fr,
            _ => false,
        },
        None => false,
    }
}

/// "a pack of 6 eggs", "2 paquetes de 500 g", "упаковка из 6": a container followed by what
/// one holds.
fn holds(s: &Stream, first: &Size) -> bool {
    let of = s.entry(s.p).flags & OF != 0
        || (s.lex.lang == Lang::Ru && s.key(s.p) == "из")
        || (s.lex.lang == Lang::De && s.key(s.p) == "mit");
    of && first.unit.is_some_and(|u| u.dimension() == Dimension::Count && u != Unit::Pinch)
        && (matches!(s.tok(s.p + 1), Some(Tok::Num { .. })) || count_word(s, s.p + 1))
}

/// "a pack of six yoghurts": an English count written as a word.
fn count_word(s: &Stream, p: usize) -> bool {
    let e = s.entry(p);
    s.lex.lang == Lang::En
        && e.flags & ARTICLE == 0
        && e.num.is_some_and(|n| n >= 2.0 && n.fract() == 0.0)
}

/// "2 x 500g", "2x 1l", "2 500g packs", "two 6-packs", "500g x 2": packs of one size
/// multiply out to the amount bought, in the size's unit.
pub(crate) fn times(s: &mut Stream, first: Size) -> Size {
    let save = s.p;
    let holds = holds(s, &first);
    // "a couple of 2 litre bottles": "of" before a size counts the packs.
    let of_size = s.lex.lang == Lang::En
        && first.unit.is_none()
        && s.entry(s.p).flags & OF != 0
        && matches!(s.tok(s.p + 1), Some(Tok::Num { .. }));
    let sign = holds || of_size || is_times(s, s.p);
    if sign {
        s.p += 1;
    }
    // "2 six-packs of beer", "3 two litre bottles": a count word before a unit.
    let word_count = s.entry(s.p).num.is_some_and(|n| n >= 1.0 && n.fract() == 0.0)
        && s.entry(s.p).flags & ARTICLE == 0
        && s.raw(s.p + 1)
            .is_some_and(|i| s.lex.match_at(&s.lex.units, s.toks, i, |_| false).is_some());
    let counted = matches!(s.tok(s.p), Some(Tok::Num { .. })) || (holds && count_word(s, s.p));
    if !counted && (first.unit.is_some() || !word_count) {
        s.p = save;
        return first;
    }
    let Amount::Number(m) = quantity::read(s) else {
        s.p = save;
        return first;
    };
    let second = sized(s, m);
    let value = first.value * second.value;
    let container = first.unit.is_some_and(|u| u.dimension() == Dimension::Count);
    match (first.unit, second.unit) {
        // "a pack of 6 eggs" is six eggs.
        (Some(_), None) if holds => Size { value, unit: None, at: None, multipack: true },
        // "un pack de 6 bouteilles" is six bottles.
        (Some(_), Some(_)) if holds => Size { value, ..second },
        (None, Some(_)) => Size { value, ..second },
        (None, None) if sign || second.multipack => Size { value, ..second },
        // "4 банки по 0,5": in Russian a bare fraction for each container is its size.
        (Some(_), None) if sign && container && s.lex.lang == Lang::Ru && m.fract() != 0.0 => first,
        // "2 упаковки по 10 яиц": so many items in each pack.
        (Some(_), None) if sign && container && s.lex.lang == Lang::Ru && m >= 2.0 => {
            Size { value, unit: None, at: None, multipack: true }
        }
        (Some(_), None) if sign => Size { value, ..first },
        (Some(_), Some(u)) if sign && container && u.dimension() != Dimension::Count => {
            Size { value, ..second }
        }
        // "2 упаковки по 6 бутылок": packs of bottles are that many bottles.
        (Some(_), Some(_)) if sign && container && s.lex.lang == Lang::Ru => {
            Size { value, ..second }
        }
        _ => {
            s.p = save;
            first
        }
    }
}
