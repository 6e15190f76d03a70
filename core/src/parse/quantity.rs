//! Reads an amount at a position of the item stream: "2", "1 1/2", "½", "a dozen",
//! "half a dozen", "one and a half", "twenty five", "some" (vague).

use super::Lang;
use super::items::Stream;
use super::lexicon::{ARTICLE, CONJ, DET, DROP, FILLER, MULT, OF, PREP, VAGUE};
use super::token::{Tok, Tokens};

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
    // "the last one", "the big one": "one" after an article or a size is a pronoun.
    if lex.lang == Lang::En
        && s.toks.key(i) == "one"
        && i > 0
        && (lex.has(s.toks, i - 1, DET | DROP) || s.toks.key(i - 1) == "last")
    {
        return Amount::Absent;
    }
    if let Some((end, ())) = lex.match_at(&lex.vague, s.toks, i, |_| false) {
        s.advance_to(end);
        s.skip_flag(OF);
        // "menos de 2 litros de aceite": the number a Spanish bound is put on is no amount.
        if lex.lang == Lang::Es && matches!(s.tok(s.p), Some(Tok::Num { .. })) {
            s.p += 1;
        }
        return Amount::Vague;
    }
    // "half and half" is a product, not a half.
    if s.raw(s.p + 1).is_some_and(|j| j == i + 1 && lex.joins(s.toks, j)) {
        return Amount::Absent;
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
    // "ate both avocados", "used both tins of tomatoes": "both" before a name counts two.
    if lex.lang == Lang::En
        && s.toks.key(i) == "both"
        && s.raw(s.p + 1).is_some_and(|j| {
            j == i + 1
                && matches!(s.toks.toks[j], Tok::Word { .. })
                && lex.entry(s.toks, j).flags & (FILLER | CONJ | PREP) == 0
        })
    {
        s.p += 1;
        return Amount::Number(2.0);
    }
    let mut from_mult = false;
    // "a dozen and a half" is eighteen: the half is of the dozen.
    let mut per = 1.0;
    let mut v = match s.toks.toks[i] {
        // "1) milk 2) eggs": a number before a closing bracket counts the list, not the item.
        Tok::Num { .. }
            if matches!(s.toks.toks.get(i + 1), Some(Tok::Mark(')')))
                && !(i.saturating_sub(2)..i).any(|j| matches!(s.toks.toks[j], Tok::Mark('('))) =>
        {
            s.p += 1;
            s.advance_to(i + 2);
            return read(s);
        }
        // "1. milk 2. eggs": so does one before a full stop, in a list that starts at 1.
        Tok::Num { .. } if numbered(s.toks, i) => {
            s.p += 1;
            return Amount::Absent;
        }
        Tok::Num { value, .. } => value,
        Tok::Word { .. } => {
            let Some(n) = e.num else { return Amount::Absent };
            // "single cream": a number word that is part of the product's name.
            if s.raw(s.p + 1).is_some_and(|j| lex.compound(s.toks.key(i), s.toks.key(j))) {
                return Amount::Absent;
            }
            if e.flags & ARTICLE != 0 {
                if s.entry(s.p + 1).flags & MULT != 0 {
                    per = s.entry(s.p + 1).num.unwrap_or(1.0);
                }
                match article_value(s) {
                    Some(v) => v,
                    None => return Amount::Absent,
                }
            } else {
                from_mult = e.flags & MULT != 0;
                if from_mult {
                    per = n;
                }
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
    // "1 y 1/2 kg", "2 and 1/2 cups": a fraction joined to the whole number by "and".
    if let Some(Tok::Num { value: f, frac: true }) = s.tok(s.p + 1)
        && s.entry(s.p).flags & CONJ != 0
        && v.fract() == 0.0
        && f > 0.0
        && f < 1.0
    {
        v += f.copysign(v);
        s.p += 2;
    }
    v = compound(s, v);
    // "three quarters of a cup", "two thirds": a count of a fraction word.
    if v.fract() == 0.0
        && v >= 1.0
        && let Some(f) = s.entry(s.p).num.filter(|f| *f > 0.0 && *f < 1.0)
        && s.entry(s.p).flags & ARTICLE == 0
    {
        v *= f;
        s.p += 1;
    }
    v += half_tail(s) * per;
    if s.entry(s.p).flags & ARTICLE != 0 && s.entry(s.p + 1).flags & MULT != 0 {
        s.p += 1;
    }
    // "an extra dozen eggs": a size word may stand before the multiplier.
    if s.lex.lang == Lang::En
        && s.entry(s.p).flags & DROP != 0
        && s.entry(s.p + 1).flags & MULT != 0
    {
        s.p += 1;
    }
    let e = s.entry(s.p);
    if e.flags & MULT != 0
        && !from_mult
        && let Some(m) = e.num
    {
        v *= m;
        s.p += 1;
        // "dos docenas y media": the half is of the dozen.
        v += half_tail(s) * m;
    }
    // "2 or 3 lemons", "10-12 eggs", "два-три яйца": a range is no one amount.
    // Read on the raw tokens: "2 ou 3" keeps its "ou" although "où" is a cue.
    let last = s.raw(s.p - 1).unwrap_or(usize::MAX - 3);
    let to_number = |i: usize| match s.toks.toks.get(i) {
        Some(Tok::Num { .. }) => true,
        Some(Tok::Word { .. }) => {
            let e = s.lex.entry(s.toks, i);
            e.num.is_some() && e.flags & (ARTICLE | MULT) == 0
        }
        _ => false,
    };
    // "entre 4 y 5 patatas", "entre 5 et 6 oeufs": Spanish and French say a range with
    // "entre … y/et".
    let between = i > 0
        && s.toks.key(i - 1) == "entre"
        && match s.lex.lang {
            Lang::Es => s.toks.key(last + 1) == "y",
            Lang::Fr => s.toks.key(last + 1) == "et",
            _ => false,
        };
    if (is_or(s.lex.lang, s.toks, last + 1)
        || between
        || matches!(s.toks.toks.get(last + 1), Some(Tok::Mark('-'))))
        && to_number(last + 2)
    {
        s.advance_to(last + 3);
        return Amount::Vague;
    }
    // "deux trois avocats": two counts in a row, one after the other, are a range too.
    let next_count = |i: usize| {
        matches!(s.toks.toks.get(i), Some(Tok::Word { .. }))
            && matches!(s.toks.toks.get(last), Some(Tok::Word { .. }))
            && to_number(i)
            && s.lex.entry(s.toks, i).num == Some(v + 1.0)
    };
    if s.raw(s.p) == Some(last + 1) && next_count(last + 1) {
        s.p += 1;
        return Amount::Vague;
    }
    if s.raw(s.p).is_some_and(|i| s.toks.hyphen(i) && to_number(i)) {
        s.p += 1;
        return Amount::Vague;
    }
    if v.is_finite() { Amount::Number(v) } else { Amount::Vague }
}

/// Whether the number at token `i` numbers a list written "1. milk 2. eggs".
fn numbered(toks: &Tokens, i: usize) -> bool {
    let at = |j: usize, n: Option<f64>| {
        matches!(toks.toks.get(j), Some(Tok::Num { value, frac: false }) if n.is_none_or(|n| *value == n))
            && matches!(toks.toks.get(j + 1), Some(Tok::Mark('.')))
            && matches!(toks.toks.get(j + 2), Some(Tok::Word { .. }))
    };
    at(i, None) && (0..=i).any(|j| at(j, Some(1.0)))
}

fn is_or(lang: Lang, toks: &Tokens, i: usize) -> bool {
    let key = toks.key(i);
    match lang {
        Lang::En => matches!(key, "or" | "to"),
        Lang::De => matches!(key, "oder" | "bis"),
        Lang::Es => key == "o",
        Lang::Fr => key == "ou" || toks.text(i) == "à",
        Lang::Ru => key == "или",
    }
}

/// The whole number a word at stream position `p` counts, if it is one ("two", "zwei").
fn count_word(s: &Stream, p: usize) -> Option<f64> {
    let e = s.entry(p);
    e.num.filter(|n| e.flags & (ARTICLE | MULT) == 0 && n.fract() == 0.0 && *n >= 1.0)
}

/// Number words that add up: "two hundred", "deux cent cinquante", "сто пятьдесят",
/// "twenty five", "dix-sept".
fn compound(s: &mut Stream, mut v: f64) -> f64 {
    if v.fract() != 0.0 || v < 1.0 {
        return v;
    }
    if let Some(n) = count_word(s, s.p)
        && (n == 100.0 || n == 1000.0)
        && v < n
    {
        v *= n;
        s.p += 1;
    }
    // "quatre-vingts": French counts the eighties in twenties.
    if v == 4.0 && s.lex.lang == Lang::Fr && count_word(s, s.p) == Some(20.0) {
        v = 80.0;
        s.p += 1;
    }
    for _ in 0..2 {
        let rest = v % 100.0;
        // "vingt-et-un", "trente et une": the one joined by "and".
        if s.lex.lang == Lang::Fr
            && (20.0..=60.0).contains(&rest)
            && rest % 10.0 == 0.0
            && s.key(s.p) == "et"
            && matches!(s.key(s.p + 1), "un" | "une")
            && s.raw(s.p + 1).is_some_and(|j| s.raw(s.p) == Some(j - 1))
        {
            v += 1.0;
            s.p += 2;
            break;
        }
        // "treinta y seis", "one hundred and five": "and" may join the parts.
        let joined = s.entry(s.p).flags & CONJ != 0 && count_word(s, s.p + 1).is_some();
        let at = s.p + usize::from(joined);
        let Some(n) = count_word(s, at) else { break };
        let hyphen = !joined && s.raw(s.p).is_some_and(|i| s.toks.hyphen(i));
        let fits = if v >= 100.0 && rest == 0.0 {
            n < 100.0
        } else {
            (rest >= 20.0 && rest % 10.0 == 0.0 && n < 10.0)
                || (rest == 10.0 && hyphen && (7.0..10.0).contains(&n))
                // "soixante-dix", "quatre-vingt-douze".
                || ((rest == 60.0 || rest == 80.0) && hyphen && (10.0..20.0).contains(&n))
        };
        if !fits {
            break;
        }
        v += n;
        s.p = at + 1;
    }
    v
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
        // "2 loaves and half a loaf": a half with its own article is another amount.
        Some((end, _))
            if s.lex.lang == Lang::En
                && s.toks.toks.get(end).is_some()
                && s.lex.has(s.toks, end, ARTICLE) =>
        {
            0.0
        }
        Some((end, v)) => {
            s.advance_to(end);
            v
        }
        None => 0.0,
    }
}
