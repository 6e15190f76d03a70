//! Reads an amount at a position of the item stream: "2", "1 1/2", "½", "a dozen",
//! "half a dozen", "one and a half", "twenty five", "some" (vague).

use super::Lang;
use super::items::Stream;
use super::lexicon::{ARTICLE, MULT, OF, VAGUE};
use super::token::Tok;

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Amount {
    /// Nothing that reads as an amount stands here.
    Absent,
    /// "some", "a bit of", or a number too large to be finite: no quantity.
    Vague,
    Number(f64),
}

pub(crate) fn read(s: &mut Stream) -> Amount {
    let Some(i) = s.raw(s.p) else { return Amount::Absent };
    let lex = s.lex;
    if let Some((end, ())) = lex.match_at(&lex.vague, s.toks, i, |_| false) {
        s.advance_to(end);
        s.skip_flag(OF);
        return Amount::Vague;
    }
    let e = s.entry(s.p);
    // "ещё 2 пачки", "more 2": a vague word before a number leaves the number.
    if e.flags & VAGUE != 0 && e.num.is_none() && matches!(s.tok(s.p + 1), Some(Tok::Num { .. })) {
        s.p += 1;
        return read(s);
    }
    if e.flags & VAGUE != 0 {
        s.p += 1;
        s.skip_flag(OF);
        return Amount::Vague;
    }
    let mut from_mult = false;
    let mut v = match s.toks.toks[i] {
        Tok::Num { value, .. } => value,
        Tok::Word { .. } => {
            let Some(n) = e.num else { return Amount::Absent };
            if e.flags & ARTICLE != 0 {
                match article_value(s) {
                    Some(v) => v,
                    None => return Amount::Absent,
                }
            } else {
                from_mult = e.flags & MULT != 0;
                n
            }
        }
        Tok::Mark(_) => return Amount::Absent,
    };
    s.p += 1;
    if let Some(Tok::Num { value: f, frac: true }) = s.tok(s.p)
        && v.fract() == 0.0
        && f > 0.0
        && f < 1.0
    {
        v += f.copysign(v);
        s.p += 1;
    }
    let e = s.entry(s.p);
    if let Some(n) = e.num
        && v >= 20.0
        && v % 10.0 == 0.0
        && (1.0..10.0).contains(&n)
        && e.flags & ARTICLE == 0
    {
        v += n;
        s.p += 1;
    }
    v += half_tail(s);
    if s.entry(s.p).flags & ARTICLE != 0 && s.entry(s.p + 1).flags & MULT != 0 {
        s.p += 1;
    }
    let e = s.entry(s.p);
    if e.flags & MULT != 0
        && !from_mult
        && let Some(m) = e.num
    {
        v *= m;
        s.p += 1;
    }
    // "2 or 3 lemons": a range is no one amount.
    if is_or(s) && matches!(s.tok(s.p + 1), Some(Tok::Num { .. })) {
        s.p += 2;
        return Amount::Vague;
    }
    if v.is_finite() { Amount::Number(v) } else { Amount::Vague }
}

fn is_or(s: &Stream) -> bool {
    let Some(i) = s.raw(s.p) else { return false };
    let or = match s.lex.lang {
        Lang::En => "or",
        Lang::De => "oder",
        Lang::Es => "o",
        Lang::Fr => "ou",
        Lang::Ru => "или",
    };
    s.toks.key(i) == or
}

/// "a"/"an" counts as one only before an item; "a dozen", "a half", "a couple" take the
/// value of the word after it.
fn article_value(s: &mut Stream) -> Option<f64> {
    let next = s.p + 1;
    match s.tok(next) {
        // "a 2 kg bag": the article was only an article.
        Some(Tok::Num { value, .. }) => {
            s.p += 1;
            Some(value)
        }
        Some(Tok::Word { .. }) if !s.boundary(next) => {
            let e = s.entry(next);
            match e.num {
                Some(n) if e.flags & ARTICLE == 0 => {
                    s.p += 1;
                    Some(n)
                }
                _ => Some(1.0),
            }
        }
        _ => None,
    }
}

/// "and a half", "y medio", "et demi" after a number or a unit.
pub(crate) fn half_tail(s: &mut Stream) -> f64 {
    let Some(i) = s.raw(s.p) else { return 0.0 };
    match s.lex.match_at(&s.lex.half_tails, s.toks, i, |_| false) {
        Some((end, v)) => {
            s.advance_to(end);
            v
        }
        None => 0.0,
    }
}
