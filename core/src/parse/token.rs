//! Tokeniser: one pass over the message that lowercases, folds accents for look-ups and splits
//! into words, numbers and marks. Anything else (emoji, symbols, spaces) only separates tokens.

use std::borrow::Cow;

use super::Lang;
use super::lexicon::Entry;

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Tok {
    /// Spans into `Tokens::text` (lowercase as written) and `Tokens::keys` (accents folded);
    /// `upper` keeps whether it was written with a capital ("T" is a tablespoon, "t" a teaspoon);
    /// `glued` whether it touches the token before it, directly or by a hyphen ("6-pack", "6pk");
    /// `hyphen` whether a hyphen joins it to the word before it ("semi-skimmed").
    Word {
        text: (u32, u32),
        key: (u32, u32),
        upper: bool,
        glued: bool,
        hyphen: bool,
    },
    /// `frac` marks a bare fraction (`1/2`, `½`) that adds to an integer before it ("1 1/2").
    Num {
        value: f64,
        frac: bool,
    },
    Mark(char),
}

pub(crate) struct Tokens {
    pub text: String,
    pub keys: String,
    pub toks: Vec<Tok>,
    /// Each token's lexicon entry, looked up once by `Lexicon::classify`.
    pub entries: Vec<Entry>,
    /// A price was written ("£3", "65p"); it was dropped from the tokens.
    pub price: bool,
}

impl Tokens {
    pub fn text(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(Tok::Word { text: (a, b), .. }) => &self.text[*a as usize..*b as usize],
            _ => "",
        }
    }

    /// Whether word `i` touches the token before it ("6-pack", "6pk").
    pub fn glued(&self, i: usize) -> bool {
        matches!(self.toks.get(i), Some(Tok::Word { glued: true, .. }))
    }

    /// Whether a hyphen joins word `i` to the word before it ("semi-skimmed").
    pub fn hyphen(&self, i: usize) -> bool {
        matches!(self.toks.get(i), Some(Tok::Word { hyphen: true, .. }))
    }

    /// "Ben & Jerry's", "M&M's": an "&" between two capitalised words joins a brand's name.
    pub fn brand_amp(&self, i: usize) -> bool {
        let upper = |j: usize| matches!(self.toks.get(j), Some(Tok::Word { upper: true, .. }));
        matches!(self.toks.get(i), Some(Tok::Mark('&'))) && i > 0 && upper(i - 1) && upper(i + 1)
    }

    pub fn key(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(Tok::Word { key: (a, b), .. }) => &self.keys[*a as usize..*b as usize],
            _ => "",
        }
    }
}

const MARKS: &[char] = &[',', ';', '&', '+', '?', '!', '.', ':', '(', ')', '/', '=', '€', '$', '£'];

pub(crate) fn tokenize(input: &str, lang: Lang) -> Tokens {
    let cs: Vec<char> = input.chars().map(normalise_char).collect();
    let mut out = Tokens {
        text: String::with_capacity(input.len()),
        keys: String::with_capacity(input.len()),
        toks: Vec::with_capacity(input.len() / 3 + 1),
        entries: Vec::new(),
        price: false,
    };
    let mut numbuf = String::new();
    let n = cs.len();
    let mut i = 0;
    while i < n {
        let c = cs[i];
        if is_word_char(c) || (c.is_ascii_digit() && code_end(&cs, i, lang) > i) {
            i = read_word(&cs, i, lang, &mut out);
        } else if is_currency(c) && next_solid(&cs, i + 1).is_some_and(|j| cs[j].is_ascii_digit()) {
            // "£4.20", "$ 8": a price says nothing about the amount bought.
            let j = next_solid(&cs, i + 1).unwrap_or(n);
            let mut price = Vec::new();
            i = read_number(&cs, j, lang, false, &mut numbuf, &mut price);
            i = price_tail(&cs, i, lang);
            out.price = true;
        } else if c == '2'
            && let Some(end) = text_speak(&cs, i, lang)
        {
            // "2moro", "l8r": a time in text speak says nothing about the stock.
            i = end;
        } else if let Some(end) = clock(&cs, i, lang) {
            // "в 10:30": a clock time says nothing about the stock.
            i = end;
        } else if let Some(end) = digit_brand(&cs, i, lang) {
            // "7up": in Russian digits glued to a Latin word that is no unit name a brand.
            let (t0, k0) = (out.text.len() as u32, out.keys.len() as u32);
            for &d in &cs[i..end] {
                let l = d.to_ascii_lowercase();
                out.text.push(l);
                out.keys.push(l);
            }
            let (t1, k1) = (out.text.len() as u32, out.keys.len() as u32);
            let word = Tok::Word {
                text: (t0, t1),
                key: (k0, k1),
                upper: false,
                glued: false,
                hyphen: false,
            };
            out.toks.push(word);
            i = end;
        } else if c.is_ascii_digit() {
            let timed = after_time_word(&out);
            let end = read_number(&cs, i, lang, false, &mut numbuf, &mut out.toks);
            i = match price_after(&cs, end, lang) {
                Some(next) => {
                    out.toks.pop();
                    out.price = true;
                    next
                }
                None => match time_after(&cs, end, lang, timed) {
                    // "at 5pm", "7:30", "20 mins ago": a time says nothing about the amount.
                    Some(next) => {
                        out.toks.pop();
                        next
                    }
                    None => end,
                },
            };
        } else if matches!(c, '-' | '–' | '—') && between_digits(&cs, i) {
            // "10-12 eggs", "2 – 3": a range, kept so that it reads as no one amount.
            out.toks.push(Tok::Mark('-'));
            i += 1;
        } else if (c == '-' || c == '−')
            && cs.get(i + 1).is_some_and(|d| d.is_ascii_digit())
            && (i == 0 || !(is_word_char(cs[i - 1]) || cs[i - 1].is_ascii_digit()))
        {
            i = read_number(&cs, i + 1, lang, true, &mut numbuf, &mut out.toks);
        } else if let Some(v) = vulgar(c) {
            out.toks.push(Tok::Num { value: v, frac: true });
            i += 1;
        } else if matches!(c, '-' | '–' | '—')
            && (i == 0 || cs[i - 1].is_whitespace())
            && cs.get(i + 1).is_none_or(|d| d.is_whitespace())
        {
            // "got back from tesco - got pasta", "- milk": a free-standing dash separates.
            out.toks.push(Tok::Mark('—'));
            i += 1;
        } else if c == '@' && lang == Lang::Fr {
            // "@Paul": a tag names who is spoken to.
            i += 1;
            while i < n && (is_word_char(cs[i]) || cs[i].is_ascii_digit()) {
                i += 1;
            }
        } else if c == '\n' || (c == '•' && lang == Lang::En) {
            // "need: • 2 onions • garlic": a bullet separates like a new line.
            out.toks.push(Tok::Mark(','));
            i += 1;
        } else {
            if MARKS.contains(&c) {
                out.toks.push(Tok::Mark(c));
            }
            i += 1;
        }
    }
    out
}

fn read_word(cs: &[char], mut i: usize, lang: Lang, out: &mut Tokens) -> usize {
    let start = i;
    let (t0, k0) = (out.text.len() as u32, out.keys.len() as u32);
    let upper = cs[i].is_uppercase();
    let hyphen = i >= 2 && cs[i - 1] == '-' && is_word_char(cs[i - 2]);
    let brand = lang == Lang::Fr && brand_digits(cs, i, out);
    let glued = match i.checked_sub(1).map(|j| cs[j]) {
        _ if brand => false,
        Some(c) if c.is_ascii_digit() => true,
        Some('-') => i >= 2 && (hyphen || cs[i - 2].is_ascii_digit()),
        _ => false,
    };
    let code = code_end(cs, i, lang);
    while i < cs.len() {
        let c = cs[i];
        if c.is_ascii_alphabetic() {
            // Most letters are ASCII: one lowercase byte, the same in the key.
            let l = c.to_ascii_lowercase();
            out.text.push(l);
            out.keys.push(l);
            i += 1;
        } else if is_word_char(c) || i < code {
            for l in c.to_lowercase() {
                out.text.push(l);
                fold_into(l, &mut out.keys);
            }
            i += 1;
        } else if is_combining(c) {
            out.text.push(c);
            i += 1;
        } else if c == '&'
            && ((i == start + 1 && single_letter_after(cs, i))
                || (matches!(lang, Lang::En | Lang::Ru)
                    && (1..=2).contains(&(i - start))
                    && cs.get(i + 1).is_some_and(|&d| is_word_char(d)))
                || (lang == Lang::Fr
                    && i > start
                    && cs.get(i + 1).is_some_and(|&d| is_word_char(d))))
        {
            // "M&M's", "B&Q", "M&Ms": an ampersand inside a short initial belongs to the brand.
            out.text.push('&');
            out.keys.push('&');
            i += 1;
        } else if c == '\'' && i > start && cs.get(i + 1).is_some_and(|&d| is_word_char(d)) {
            out.text.push('\'');
            out.keys.push('\'');
            i += 1;
            if lang == Lang::Fr && is_elision(&out.keys[k0 as usize..]) {
                break;
            }
        } else {
            break;
        }
    }
    // "compraaa", "porfaaaa": a Spanish letter held down is looked up once.
    if lang == Lang::Es
        && let Cow::Owned(key) = unheld(&out.keys[k0 as usize..])
    {
        out.keys.truncate(k0 as usize);
        out.keys.push_str(&key);
    }
    // "qq1", "auc1": French texting spells the sound "un" with the digit.
    if lang == Lang::Fr
        && i - start >= 2
        && cs.get(i) == Some(&'1')
        && !cs.get(i + 1).is_some_and(|&c| is_word_char(c) || c.is_ascii_digit())
        && !matches!(cs.get(i.wrapping_sub(2)), Some(c) if c.is_ascii_digit())
    {
        out.text.push('1');
        out.keys.push_str("un");
        i += 1;
    }
    // "k falta?": Spanish texting writes "qué" as "k" as well as "q".
    if lang == Lang::Es && !upper && &out.keys[k0 as usize..] == "k" {
        out.keys.truncate(k0 as usize);
        out.keys.push('q');
    }
    // "farine T55": a French letter or two with digits glued after is one name.
    if lang == Lang::Fr
        && (1..=2).contains(&(i - start))
        && !matches!(cs[start], 'x' | 'X')
        && cs.get(i).is_some_and(|c| c.is_ascii_digit())
    {
        let mut j = i;
        while cs.get(j).is_some_and(|c| c.is_ascii_digit()) {
            j += 1;
        }
        if !cs.get(j).is_some_and(|&c| is_word_char(c)) {
            for &c in &cs[i..j] {
                out.text.push(c);
                out.keys.push(c);
            }
            i = j;
        }
    }
    // "s il reste", "j ai", "qu est ce": an elision typed with a space for the apostrophe.
    if lang == Lang::Fr && spaced_elision(cs, &out.keys[k0 as usize..], i, out) {
        out.text.push('\'');
        out.keys.push('\'');
    }
    let (t1, k1) = (out.text.len() as u32, out.keys.len() as u32);
    // "jviens", "jprends": French texting drops the apostrophe of "j'" before a consonant.
    if lang == Lang::Fr && k1 - k0 >= 4 && jay_elided(&out.keys[k0 as usize..]) {
        out.toks.push(Tok::Word { text: (t0, t0 + 1), key: (k0, k0 + 1), upper, glued, hyphen });
        out.toks.push(Tok::Word {
            text: (t0 + 1, t1),
            key: (k0 + 1, k1),
            upper: false,
            glued: false,
            hyphen: false,
        });
        return i;
    }
    // "полпиццы" is half a pizza: "пол" joined to a grocery the table knows.
    let half = "пол".len() as u32;
    if lang == Lang::Ru
        && out.keys[k0 as usize..].starts_with("пол")
        && out.text[t0 as usize..].starts_with("пол")
        && super::names_ru::known(&out.keys[(k0 + half) as usize..])
    {
        out.toks.push(Tok::Num { value: 0.5, frac: false });
        let (t0, k0) = (t0 + half, k0 + half);
        out.toks.push(Tok::Word {
            text: (t0, t1),
            key: (k0, k1),
            upper: false,
            glued: true,
            hyphen,
        });
        return i;
    }
    // "Milchx2": a German name with the times sign glued on, then the count.
    let (t1, k1) = if lang == Lang::De
        && t1 - t0 > 3
        && out.keys[k0 as usize..].ends_with('x')
        && cs.get(i).is_some_and(|c| c.is_ascii_digit())
    {
        (t1 - 1, k1 - 1)
    } else {
        (t1, k1)
    };
    out.toks.push(Tok::Word { text: (t0, t1), key: (k0, k1), upper, glued, hyphen });
    i
}

/// "cafeeee", "compraaa": a word with a letter held down, each run of three or more of one
/// letter written once ("ll" and "rr" twice); borrowed when nothing is held.
pub(crate) fn unheld(w: &str) -> Cow<'_, str> {
    // "AAA" batteries are no held "a".
    if w.chars().all(|c| w.starts_with(c)) {
        return Cow::Borrowed(w);
    }
    let mut prev = '\0';
    let mut run = 0;
    let held = w.chars().any(|c| {
        run = if c == prev { run + 1 } else { 1 };
        prev = c;
        run >= 3
    });
    if !held {
        return Cow::Borrowed(w);
    }
    let mut out = String::with_capacity(w.len());
    let (mut prev, mut run) = ('\0', 0);
    for c in w.chars() {
        run = if c == prev { run + 1 } else { 1 };
        prev = c;
        if run == 1 || (run == 2 && matches!(c, 'l' | 'r')) {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Whether one letter, and no more, follows the "&" at `i` ("M&M's", not "salt&pepper").
fn single_letter_after(cs: &[char], i: usize) -> bool {
    let letter = |j: usize| cs.get(j).is_some_and(|c| c.is_alphabetic());
    letter(i + 1) && !letter(i + 2)
}

/// The end of a Russian clock time at `i`: "10:30", "9:05".
fn clock(cs: &[char], i: usize, lang: Lang) -> Option<usize> {
    if lang != Lang::Ru || (i > 0 && cs[i - 1].is_ascii_digit()) {
        return None;
    }
    let hours = cs[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let colon = i + hours;
    let minutes = cs.get(colon + 1..)?.iter().take_while(|c| c.is_ascii_digit()).count();
    (matches!(hours, 1 | 2) && cs.get(colon) == Some(&':') && minutes == 2).then_some(colon + 3)
}

/// The end of a Russian brand at `i` written as digits glued to a Latin word that names no
/// unit: "7up".
fn digit_brand(cs: &[char], i: usize, lang: Lang) -> Option<usize> {
    const UNITS: &[&str] = &["g", "gr", "kg", "mg", "l", "ml", "cl", "dl", "oz", "lb", "pk", "pcs"];
    if lang != Lang::Ru || (i > 0 && (cs[i - 1].is_ascii_digit() || is_word_char(cs[i - 1]))) {
        return None;
    }
    let digits = cs[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let letters = cs[i + digits..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let end = i + digits + letters;
    let word = &cs[i + digits..end];
    let unit = UNITS.iter().any(|u| {
        u.len() == word.len() && u.chars().zip(word).all(|(a, b)| a == b.to_ascii_lowercase())
    });
    let whole = cs.get(end).is_none_or(|&c| !is_word_char(c) && !c.is_ascii_digit());
    (digits > 0 && letters >= 2 && whole && !unit).then_some(end)
}

/// The end of a text-speak time word at `i`: "2moro", "2day", "2nite", French "2m1".
fn text_speak(cs: &[char], i: usize, lang: Lang) -> Option<usize> {
    let words: &[&str] = match lang {
        Lang::En => &["2moro", "2morrow", "2mrw", "2day", "2nite", "2night"],
        // "2m1": "demain".
        Lang::Fr => &["2m1", "2main"],
        _ => return None,
    };
    if i > 0 && is_word_char(cs[i - 1]) {
        return None;
    }
    glued_word(cs, i, words)
}

/// The end of an English word spelt with digits at `i` ("V8", "B12", "h2o", "7up", "WD-40"):
/// one or two letters other than the times sign, then digits, not part of a decimal; or `i`.
fn code_end(cs: &[char], i: usize, lang: Lang) -> usize {
    let before = i.checked_sub(1).map(|j| cs[j]);
    if before.is_some_and(|c| is_word_char(c) || c.is_ascii_digit()) {
        return i;
    }
    if cs[i].is_ascii_digit() {
        // "7Up" is a brand in every language.
        return glued_word(cs, i, &["7up"]).unwrap_or(i);
    }
    if lang != Lang::En {
        return i;
    }
    // Only one or two letters start a code: longer words are read no further.
    let letters = cs[i..].iter().take(3).take_while(|c| c.is_ascii_alphabetic()).count();
    if letters > 2 {
        return i;
    }
    // "WD-40": a hyphen may join the letters to the digits.
    let dash = usize::from(
        cs.get(i + letters) == Some(&'-')
            && cs.get(i + letters + 1).is_some_and(|c| c.is_ascii_digit()),
    );
    let digits = cs[i + letters + dash..].iter().take_while(|c| c.is_ascii_digit()).count();
    let end = i + letters + dash + digits;
    let decimal = matches!(cs.get(end), Some('.' | ',' | '/'))
        && cs.get(end + 1).is_some_and(|c| c.is_ascii_digit());
    let code = (1..=2).contains(&letters) && digits > 0 && !matches!(cs[i], 'x' | 'X');
    if code && !decimal { end } else { i }
}

/// The end of the word of `words` written at `i` (in any case) and standing whole.
fn glued_word(cs: &[char], i: usize, words: &[&str]) -> Option<usize> {
    words.iter().find_map(|w| {
        let end = i + w.chars().count();
        let same =
            end <= cs.len() && w.chars().zip(&cs[i..end]).all(|(a, b)| a == b.to_ascii_lowercase());
        let whole = !cs.get(end).is_some_and(|&c| is_word_char(c) || c.is_ascii_digit());
        (same && whole).then_some(end)
    })
}

fn is_currency(c: char) -> bool {
    matches!(c, '£' | '$' | '€' | '¥' | '₽' | '₹')
}

/// The first position at or after `i` that is not a space, skipping at most one.
fn next_solid(cs: &[char], i: usize) -> Option<usize> {
    let j = if cs.get(i) == Some(&' ') { i + 1 } else { i };
    (j < cs.len()).then_some(j)
}

/// The word of letters starting at `i`, lowercased, when it is short.
/// The short ASCII word at `i` lowercased into a stack buffer, with its end.
fn word_at(cs: &[char], i: usize) -> Option<([u8; 12], usize, usize)> {
    let mut buf = [0u8; 12];
    let mut j = i;
    while j < cs.len() && is_word_char(cs[j]) {
        if j - i >= buf.len() || !cs[j].is_ascii() {
            return None;
        }
        buf[j - i] = cs[j].to_ascii_lowercase() as u8;
        j += 1;
    }
    (j > i).then_some((buf, j - i, j))
}

/// Whether the word read by `word_at` is `w`.
fn is(word: &([u8; 12], usize, usize), w: &str) -> bool {
    &word.0[..word.1] == w.as_bytes()
}

/// After a number ending at `i`, the end of the currency that makes it a price: "4,99 €",
/// "65p", "5 quid", "10 bucks".
fn price_after(cs: &[char], i: usize, lang: Lang) -> Option<usize> {
    let j = next_solid(cs, i)?;
    if is_currency(cs[j]) {
        return Some(price_tail(cs, j + 1, lang));
    }
    if lang == Lang::Ru {
        return rouble_at(cs, j);
    }
    let w = word_at(cs, j)?;
    // "50 balles", "3 euros": French money words.
    if lang == Lang::Fr {
        let price = ["euros", "euro", "eur", "balles", "centimes", "cts"].iter().any(|c| is(&w, c));
        return price.then_some(w.2);
    }
    if lang != Lang::En {
        return None;
    }
    let glued = j == i;
    let price = ((is(&w, "p") || is(&w, "c")) && glued)
        || ["quid", "quids", "bucks", "dollars", "dollar", "euros", "euro", "pence", "cents"]
            .iter()
            .any(|c| is(&w, c));
    price.then(|| price_tail(cs, w.2, lang))
}

/// "89 рублей", "2000 р", "500 руб": the end of a Russian currency word at `j`.
fn rouble_at(cs: &[char], j: usize) -> Option<usize> {
    const ROUBLES: &[&str] = &["р", "руб", "рубль", "рубля", "рублей", "рублика", "рублю"];
    let end = j + cs[j..].iter().take_while(|c| is_word_char(**c)).count();
    let word = &cs[j..end];
    let same = |r: &&str| {
        r.chars().count() == word.len()
            && r.chars().zip(word).all(|(a, b)| b.to_lowercase().eq(std::iter::once(a)))
    };
    // "650 р/кг": a price per unit.
    let per = cs.get(end) == Some(&'/') && cs.get(end + 1).is_some_and(|c| is_word_char(*c));
    let unit =
        if per { 1 + cs[end + 1..].iter().take_while(|c| is_word_char(**c)).count() } else { 0 };
    ROUBLES.iter().any(same).then_some(end + unit)
}

/// Whether the last token is an English word that puts a time after it ("at", "by", "before").
fn after_time_word(out: &Tokens) -> bool {
    out.toks.len().checked_sub(1).is_some_and(|k| {
        matches!(out.text(k), "at" | "by" | "before" | "after" | "until" | "till" | "til")
    })
}

/// After a number ending at `i`, the end of what makes it a time of day or a length of time
/// ("5pm", "7:30", "20 mins", "2 days"), or the number itself after a time word ("back by 6").
fn time_after(cs: &[char], i: usize, lang: Lang, timed: bool) -> Option<usize> {
    if lang != Lang::En {
        return None;
    }
    let digit = |k: usize| cs.get(k).is_some_and(|c| c.is_ascii_digit());
    let clock = cs.get(i) == Some(&':') && digit(i + 1) && digit(i + 2);
    let end = if clock { i + 3 } else { i };
    const LENGTHS: &[&str] = &[
        "am", "pm", "min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "day",
        "days", "week", "weeks", "month", "months", "year", "years", "sec", "secs", "seconds",
    ];
    if let Some(w) = next_solid(cs, end).and_then(|j| word_at(cs, j)) {
        if LENGTHS.iter().any(|t| is(&w, t)) {
            return Some(w.2);
        }
        // "on the 3rd", "the 2nd time": an ordinal counts nothing.
        if w.2 - w.1 == end && ["st", "nd", "rd", "th"].iter().any(|t| is(&w, t)) {
            return Some(w.2);
        }
        // "2 o'clock"
        if is(&w, "o") && cs.get(w.2) == Some(&'\'') {
            return word_at(cs, w.2 + 1).map(|c| c.2);
        }
    }
    let bare = !cs.get(i).is_some_and(|&c| is_word_char(c));
    (clock || (timed && bare)).then_some(end)
}

/// "£2 each", "£4.20 total": what a price is for is part of the price.
fn price_tail(cs: &[char], mut i: usize, lang: Lang) -> usize {
    if lang != Lang::En {
        return i;
    }
    // "5 quid's worth of": the possessive goes with the price.
    if cs.get(i) == Some(&'\'') && cs.get(i + 1) == Some(&'s') && word_at(cs, i + 1).is_some() {
        i += 2;
    }
    match next_solid(cs, i).and_then(|j| word_at(cs, j)) {
        Some(w) if ["each", "ea", "total", "altogether"].iter().any(|t| is(&w, t)) => w.2,
        _ => i,
    }
}

/// Whether a dash at `i` stands between two numbers, with at most a space either side.
fn between_digits(cs: &[char], i: usize) -> bool {
    let before = cs[..i].iter().rev().take(2).copied().find(|&c| c != ' ');
    let after = cs.iter().skip(i + 1).take(2).copied().find(|&c| c != ' ');
    before.is_some_and(|c| c.is_ascii_digit()) && after.is_some_and(|c| c.is_ascii_digit())
}

/// "7up": in French a whole number glued before a short word that is no unit ("7up", but
/// "2kg", "1er") is part of a brand's name; its digits join the word, for which `i` is the
/// first letter.
fn brand_digits(cs: &[char], i: usize, out: &mut Tokens) -> bool {
    const SUFFIXES: &[&str] = &["er", "re", "eme", "nd", "nde", "pk", "aine", "min", "hr"];
    let digits = cs[..i].iter().rev().take_while(|c| c.is_ascii_digit()).count();
    let Some(word) = word_at(cs, i) else { return false };
    let before = i - digits;
    let alone =
        before == 0 || !(is_word_char(cs[before - 1]) || matches!(cs[before - 1], '.' | ','));
    let brand = digits > 0
        && alone
        && (2..=3).contains(&word.1)
        && !cs.get(word.2).is_some_and(|c| c.is_ascii_digit())
        && matches!(out.toks.last(), Some(Tok::Num { frac: false, .. }))
        && !SUFFIXES.iter().any(|s| is(&word, s))
        && !super::units::is_word(Lang::Fr, std::str::from_utf8(&word.0[..word.1]).unwrap_or(""));
    if brand {
        out.toks.pop();
        for &c in &cs[before..i] {
            out.text.push(c);
            out.keys.push(c);
        }
    }
    brand
}

/// Whether the French word `word` (its key), ending at `end`, is an elided "j", "s", "qu"… written with a space
/// before a word that starts with a vowel ("l" after a number is a litre).
fn spaced_elision(cs: &[char], word: &str, end: usize, out: &Tokens) -> bool {
    // Not after a number: "2 c. à soupe", "1 l" are units.
    if matches!(out.toks.last(), Some(Tok::Num { .. })) {
        return false;
    }
    let elided = matches!(word, "j" | "s" | "n" | "d" | "l" | "c" | "qu" | "m" | "t");
    // "c est": "c" elides only before "e" ("c à soupe" is a spoon).
    let vowels = if word == "c" { "eéèêEÉ" } else { "aeiouyhéèêàâîôûœAEIOUYHÉ" };
    let vowel = cs.get(end) == Some(&' ') && cs.get(end + 1).is_some_and(|c| vowels.contains(*c));
    elided && vowel
}

/// "jviens", "jprends", "jsuis": "j" glued to a verb that starts with a consonant, as no
/// French word begins ("jsp" and "jpp" are too short to be split).
fn jay_elided(key: &str) -> bool {
    let mut cs = key.chars();
    cs.next() == Some('j')
        && cs.next().is_some_and(|c| c.is_ascii_alphabetic() && !"aeiouyh".contains(c))
        && cs.next().is_some_and(|c| "aeiouyrl".contains(c))
}

/// French drops the vowel of these before another vowel: "l'huile", "d'œufs", "j'ai".
fn is_elision(word: &str) -> bool {
    matches!(
        word,
        "l'" | "d'" | "j'" | "n'" | "s'" | "c'" | "m'" | "t'" | "qu'" | "jusqu'" | "lorsqu'" | "y'"
    )
}

fn read_number(
    cs: &[char],
    mut i: usize,
    lang: Lang,
    negative: bool,
    buf: &mut String,
    toks: &mut Vec<Tok>,
) -> usize {
    let digit = |j: usize| cs.get(j).is_some_and(|c| c.is_ascii_digit());
    buf.clear();
    while digit(i) {
        buf.push(cs[i]);
        i += 1;
    }
    let mut frac = false;
    let mut value;
    if (cs.get(i) == Some(&'.') || cs.get(i) == Some(&',')) && digit(i + 1) {
        let sep = cs[i];
        let mut j = i + 1;
        let mut decimals = String::new();
        while digit(j) {
            decimals.push(cs[j]);
            j += 1;
        }
        // "1,500 g" is fifteen hundred in English; "1,5 kg" is one and a half everywhere.
        if sep == ',' && lang == Lang::En && decimals.len() == 3 {
            buf.push_str(&decimals);
        } else {
            buf.push('.');
            buf.push_str(&decimals);
        }
        value = buf.parse::<f64>().unwrap_or(f64::NAN);
        i = j;
    } else if cs.get(i) == Some(&'/') && digit(i + 1) {
        let num = buf.parse::<f64>().unwrap_or(f64::NAN);
        buf.clear();
        let mut j = i + 1;
        while digit(j) {
            buf.push(cs[j]);
            j += 1;
        }
        let den = buf.parse::<f64>().unwrap_or(f64::NAN);
        value = if den == 0.0 { f64::NAN } else { num / den };
        frac = true;
        i = j;
    } else {
        value = buf.parse::<f64>().unwrap_or(f64::NAN);
    }
    // "1e400": an exponent makes the number what it says, however large (and so no amount).
    if matches!(cs.get(i), Some('e' | 'E'))
        && (digit(i + 1) || (matches!(cs.get(i + 1), Some('-' | '+')) && digit(i + 2)))
    {
        let mut j = i + 1;
        let negative_exp = cs[j] == '-';
        if !cs[j].is_ascii_digit() {
            j += 1;
        }
        let mut exp: i32 = 0;
        while digit(j) {
            exp = exp.saturating_mul(10).saturating_add(cs[j] as i32 - '0' as i32);
            j += 1;
        }
        let exp = if negative_exp { -exp } else { exp };
        value *= 10f64.powi(exp);
        i = j;
    }
    if let Some(v) = cs.get(i).copied().and_then(vulgar) {
        value += v;
        frac = false;
        i += 1;
    }
    if negative {
        value = -value;
    }
    // "молоко 2,5%", "yaourt 0 %": a fat content, no amount.
    if matches!(lang, Lang::Ru | Lang::Fr) && next_solid(cs, i).is_some_and(|j| cs[j] == '%') {
        return next_solid(cs, i).map_or(i, |j| j + 1);
    }
    // "2% milk": so in English, glued to the number.
    if lang == Lang::En && cs.get(i) == Some(&'%') {
        return i + 1;
    }
    toks.push(Tok::Num { value, frac });
    i
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

fn normalise_char(c: char) -> char {
    match c {
        '’' | '‘' | '`' | '´' | 'ʼ' | '′' => '\'',
        '×' => 'x',
        '\r' => '\n',
        _ => c,
    }
}

fn vulgar(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    })
}

/// Accent folding for look-ups only; names keep what the person wrote.
pub(crate) fn fold_into(c: char, out: &mut String) {
    let f = match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        'ÿ' | 'ý' => 'y',
        'ё' => 'е',
        'ß' => return out.push_str("ss"),
        'œ' => return out.push_str("oe"),
        'æ' => return out.push_str("ae"),
        _ => c,
    };
    out.push(f);
}

/// Folds a whole lexicon word the way the tokeniser folds message words.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().map(normalise_char) {
        for l in c.to_lowercase() {
            fold_into(l, &mut out);
        }
    }
    out
}
