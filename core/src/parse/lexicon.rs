//! Per-language word tables, built once into hash maps keyed by the folded word.

use std::sync::LazyLock;

use super::hash::FastMap;
use super::token::{Tok, Tokens, fold, tokenize};
use super::{Lang, lexicon_de, lexicon_en, lexicon_es, lexicon_fr, lexicon_ru, numbers, units};
use crate::unit::Unit;

/// Dropped wherever it stands: pronouns, auxiliaries, politeness, time words.
pub(crate) const FILLER: u32 = 1;
/// Articles, possessives and demonstratives.
pub(crate) const DET: u32 = 1 << 1;
/// An amount without a number: "some", "any", "more".
pub(crate) const VAGUE: u32 = 1 << 2;
pub(crate) const OF: u32 = 1 << 3;
pub(crate) const CONJ: u32 = 1 << 4;
/// Size, freshness and preparation words that do not tell one stock from another.
pub(crate) const DROP: u32 = 1 << 5;
/// Starts a trailing phrase that is not part of the item: "for the omelette", "at Lidl".
pub(crate) const PREP: u32 = 1 << 6;
/// "to/on the list" and "off/from the list".
pub(crate) const ADD_PREP: u32 = 1 << 7;
pub(crate) const REMOVE_PREP: u32 = 1 << 8;
/// "a", "ein", "un": the number one only when an item or unit follows.
pub(crate) const ARTICLE: u32 = 1 << 9;
/// "dozen", "десяток": multiplies the number before it.
pub(crate) const MULT: u32 = 1 << 10;
/// May stand inside a cue phrase without breaking it: "do we *still* have".
pub(crate) const SKIP: u32 = 1 << 11;
/// A serving word with no unit code: "2 glasses of wine" is 2 wine.
pub(crate) const MEASURE: u32 = 1 << 12;
/// A noun that is never a grocery: "took the *bins* out", "have a good *day*".
pub(crate) const NOT_ITEM: u32 = 1 << 13;
/// "tonight", "tomorrow": a short question with one is a plan, not a stock check.
pub(crate) const TIME: u32 = 1 << 14;
/// A verb particle: dropped at a name's edges, kept inside one ("washing up liquid").
pub(crate) const PARTICLE: u32 = 1 << 15;
/// A verb form that is also an adjective: "used 2 eggs" but "bought *baked* beans".
pub(crate) const PARTICIPLE: u32 = 1 << 16;
/// Opens a remark about an item already named: "…, *elles* étaient moisies", "…, *estaba* mala".
pub(crate) const CLAUSE: u32 = 1 << 17;
/// A noun that names a kind of the plural after it: "*chicken* breasts", "*bin* bags".
pub(crate) const MODIFIER: u32 = 1 << 18;
/// A word for a kind of groceries that a list can follow: "loads of *veg*: carrots, leeks".
pub(crate) const CATEGORY: u32 = 1 << 19;
/// A sort of the item before it: "2 loaves of bread, 1 *white* 1 *brown*".
pub(crate) const SORT: u32 = 1 << 20;

/// What a cue phrase says about the message's intent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    Consume,
    Restock,
    /// Out of it, whatever else the message says.
    Deplete,
    /// "finished", "used up": a consumption when an amount is given, else a depletion.
    DepleteSoft,
    /// "no", "kein": a depletion only when nothing stronger is said.
    DepleteWeak,
    /// "the last", "all the": turns a consumption without an amount into a depletion.
    DepleteMod,
    SetStock,
    /// "left", "remaining": a stock level, even after "got" ("got 5 bananas left").
    Remain,
    Query,
    ListAdd,
    ListRemove,
    /// The word "list" itself; the preposition before it may make it an add or a remove.
    List,
    Show,
    Undo,
    /// "made": the dish named after it is no stock; the ingredients after it are consumed.
    Dish,
    /// "who", "what": a question about something other than stock.
    Wh,
    /// "thanks for the groceries": gratitude for something done reports nothing.
    Thanks,
    /// Words that carry no meaning for us ("this morning", "thank you").
    Filler,
    /// "pris", "sorti": a restock, unless it was taken from home (`Storage`), then a use.
    Take,
    /// "dans le frigo", "du congélateur": where the stock is kept; reads as `SetStock`.
    Storage,
}

#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Entry {
    pub flags: u32,
    pub num: Option<f64>,
    /// Which phrase maps have a phrase that this word opens (`PhraseMap::head`).
    pub heads: u8,
}

impl Entry {
    /// Whether the word is in a word list, not only the first word of a phrase.
    fn listed(&self) -> bool {
        self.flags != 0 || self.num.is_some()
    }
}

/// The words after a phrase's first, and what the phrase means.
pub(crate) type Phrase<T> = (Box<[Box<str>]>, T);

/// Phrases keyed by their first word; longest first so "ran out of" beats "ran".
pub(crate) struct PhraseMap<T> {
    /// The bit each first word carries in its entry's `heads`, so a token that opens no
    /// phrase is passed over without a look-up.
    head: u8,
    map: FastMap<Box<str>, Vec<Phrase<T>>>,
}

impl<T> PhraseMap<T> {
    fn new(head: u8) -> Self {
        PhraseMap { head, map: FastMap::default() }
    }

    /// The phrases `first` opens, longest first.
    pub fn get(&self, first: &str) -> Option<&[Phrase<T>]> {
        self.map.get(first).map(Vec::as_slice)
    }

    pub fn contains_key(&self, first: &str) -> bool {
        self.map.contains_key(first)
    }

    /// Every first word with the phrases it opens.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &[Phrase<T>])> {
        self.map.iter().map(|(k, v)| (&**k, v.as_slice()))
    }

    /// Marks every first word in `words`, so `match_at` knows which tokens to look up.
    fn mark_heads(&self, words: &mut FastMap<Box<str>, Entry>) {
        for first in self.map.keys() {
            words.entry(first.clone()).or_default().heads |= self.head;
        }
    }
}

/// Two-word pairs by their first word: "mac" → ["cheese"].
#[derive(Default)]
pub(crate) struct Pairs(FastMap<Box<str>, Vec<Box<str>>>);

impl Pairs {
    fn insert(&mut self, a: String, b: String) {
        self.0.entry(a.into()).or_default().push(b.into());
    }

    pub fn contains(&self, a: &str, b: &str) -> bool {
        self.0.get(a).is_some_and(|bs| bs.iter().any(|x| **x == *b))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

pub(crate) struct Lexicon {
    pub lang: Lang,
    pub words: FastMap<Box<str>, Entry>,
    pub cues: PhraseMap<Cue>,
    pub units: PhraseMap<Unit>,
    pub vague: PhraseMap<()>,
    pub half_tails: PhraseMap<f64>,
    /// Single-word cues a typo may be matched against ("boguht" → "bought").
    pub fuzzy_cues: Vec<(Box<str>, Cue)>,
    /// Two-word names kept whole although one word is a `DROP` word, by folded words.
    pub compounds: Pairs,
    /// Names joined by "and" that are one product: "mac and cheese", "half and half".
    pub joined: Pairs,
    /// Single-word cues told from another only by an accent, by their written form:
    /// "achète" (buy!) is not "acheté" (bought).
    pub accented: FastMap<Box<str>, Cue>,
}

/// One language's tables as written in its `lexicon_xx` module.
pub(crate) struct LangData {
    pub cues: &'static [(&'static str, Cue)],
    pub fillers: &'static [&'static str],
    pub dets: &'static [&'static str],
    pub skips: &'static [&'static str],
    pub vague: &'static [&'static str],
    pub of: &'static [&'static str],
    pub conj: &'static [&'static str],
    pub drop: &'static [&'static str],
    pub preps: &'static [&'static str],
    pub add_preps: &'static [&'static str],
    pub remove_preps: &'static [&'static str],
    pub measures: &'static [&'static str],
    pub not_items: &'static [&'static str],
    pub times: &'static [&'static str],
    pub particles: &'static [&'static str],
    pub participles: &'static [&'static str],
    /// Names whose size or freshness word is part of the product: "crème fraîche".
    pub compounds: &'static [&'static str],
    pub clauses: &'static [&'static str],
    pub modifiers: &'static [&'static str],
    pub categories: &'static [&'static str],
    pub sorts: &'static [&'static str],
}

static LEXICONS: LazyLock<[Lexicon; 5]> = LazyLock::new(|| {
    [
        Lexicon::build(Lang::En, &lexicon_en::DATA),
        Lexicon::build(Lang::De, &lexicon_de::DATA),
        Lexicon::build(Lang::Es, &lexicon_es::DATA),
        Lexicon::build(Lang::Fr, &lexicon_fr::DATA),
        Lexicon::build(Lang::Ru, &lexicon_ru::DATA),
    ]
});

pub(crate) fn get(lang: Lang) -> &'static Lexicon {
    let i = match lang {
        Lang::En => 0,
        Lang::De => 1,
        Lang::Es => 2,
        Lang::Fr => 3,
        Lang::Ru => 4,
    };
    &LEXICONS[i]
}

/// A phrase is split into words the way the tokeniser splits a message, so "qu'est-ce"
/// and "montre-moi" match the tokens they become.
fn insert_phrase<T>(map: &mut PhraseMap<T>, lang: Lang, phrase: &str, value: T) {
    let toks = tokenize(phrase, lang);
    let n = toks.toks.len();
    // A final elision ("plus d'") keeps its apostrophe, as it does before the word it elides.
    let elided = |i: usize| i + 1 == n && phrase.ends_with('\'');
    let mut words = (0..n)
        .filter(|&i| matches!(toks.toks[i], Tok::Word { .. }))
        .map(|i| if elided(i) { format!("{}'", toks.key(i)).into() } else { toks.key(i).into() });
    let Some(first) = words.next() else { return };
    let rest: Box<[Box<str>]> = words.collect();
    let list = map.map.entry(first).or_default();
    list.push((rest, value));
    list.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
}

impl Lexicon {
    fn build(lang: Lang, data: &LangData) -> Lexicon {
        let mut lex = Lexicon {
            lang,
            words: FastMap::default(),
            cues: PhraseMap::new(1),
            units: PhraseMap::new(1 << 1),
            vague: PhraseMap::new(1 << 2),
            half_tails: PhraseMap::new(1 << 3),
            fuzzy_cues: Vec::new(),
            accented: FastMap::default(),
            compounds: Pairs::default(),
            joined: Pairs::default(),
        };
        for c in data.compounds {
            let words: Vec<&str> = c.split(' ').collect();
            if let [a, _, b] = words[..] {
                lex.joined.insert(fold(a), fold(b));
            } else if let Some((a, b)) = c.split_once(' ') {
                lex.compounds.insert(fold(a), fold(b));
            }
        }
        let lists: [(&[&str], u32); 20] = [
            (data.modifiers, MODIFIER),
            (data.fillers, FILLER),
            (data.dets, DET | SKIP),
            (data.skips, SKIP),
            (data.of, OF),
            (data.conj, CONJ),
            (data.drop, DROP),
            (data.preps, PREP),
            (data.add_preps, ADD_PREP),
            (data.remove_preps, REMOVE_PREP),
            (data.measures, MEASURE),
            (data.not_items, NOT_ITEM),
            (data.times, TIME | NOT_ITEM),
            (data.particles, PARTICLE),
            (data.participles, PARTICIPLE),
            (numbers::articles(lang), ARTICLE),
            (data.clauses, CLAUSE),
            (data.categories, CATEGORY),
            (data.sorts, SORT),
            (&[], 0),
        ];
        for (words, flag) in lists {
            for w in words {
                lex.flag(w, flag);
            }
        }
        for v in data.vague {
            if v.contains(' ') {
                insert_phrase(&mut lex.vague, lang, v, ());
            } else {
                lex.flag(v, VAGUE);
            }
        }
        for (w, n) in numbers::words(lang) {
            lex.words.entry(fold(w).into()).or_default().num = Some(*n);
        }
        for a in numbers::articles(lang) {
            lex.words.entry(fold(a).into()).or_default().num = Some(1.0);
        }
        for (w, n) in numbers::multipliers(lang) {
            let e = lex.words.entry(fold(w).into()).or_default();
            e.num = Some(*n);
            e.flags |= MULT;
        }
        for (p, v) in numbers::half_tails(lang) {
            insert_phrase(&mut lex.half_tails, lang, p, *v);
        }
        for (p, u) in units::words(lang) {
            insert_phrase(&mut lex.units, lang, p, u);
        }
        // Every cue by its folded spelling, so the checks below are lookups, not scans.
        let folded: Vec<String> = data.cues.iter().map(|(q, _)| fold(q)).collect();
        let mut by_fold: FastMap<&str, Vec<(&str, Cue)>> = FastMap::default();
        for ((q, d), f) in data.cues.iter().zip(&folded) {
            by_fold.entry(f.as_str()).or_default().push((q, *d));
        }
        for ((p, c), fp) in data.cues.iter().zip(&folded) {
            // Only a written accent decides; "achete" stays as ambiguous as the fold makes it.
            let clash = by_fold[fp.as_str()].iter().any(|(q, d)| d != c && q != p);
            if clash && !p.contains(' ') && *fp != p.to_lowercase() {
                lex.accented.insert(p.to_lowercase().into(), *c);
            }
            insert_phrase(&mut lex.cues, lang, p, *c);
            // "kedan 2", "q hay q comprar", "se ha acabao": texted and spoken spellings of
            // Spanish cues; "hv we got", "do u have": texted English ones.
            let variants = match lang {
                Lang::Es => [lexicon_es::texted(p), lexicon_es::spoken(p)],
                Lang::En => {
                    let first = lexicon_en::texted(p, 0);
                    let second = lexicon_en::texted(p, 1).filter(|t| Some(t) != first.as_ref());
                    [first, second]
                }
                _ => [None, None],
            };
            for t in variants.into_iter().flatten() {
                if t != "q" && !by_fold.contains_key(fold(&t).as_str()) {
                    insert_phrase(&mut lex.cues, lang, &t, *c);
                }
            }
            let fuzzy = matches!(
                c,
                Cue::Consume | Cue::Restock | Cue::Deplete | Cue::DepleteSoft | Cue::Undo
            ) || (*c == Cue::ListRemove && p.chars().count() >= 5)
                // "hapunta", "añadde", "rajoutte", "добаьв": Spanish, French and Russian list
                // verbs are misspelt too; so are long German ones ("mitbrignen").
                || (matches!(lang, Lang::Es | Lang::Fr)
                    && *c == Cue::ListAdd
                    && p.chars().count() >= 5)
                || (lang == Lang::De && *c == Cue::ListAdd && p.chars().count() >= 7)
                || (lang == Lang::Ru && *c == Cue::ListAdd && p.chars().count() >= 6)
                // "осталос", "зделала": and Russian stock and dish verbs.
                || (lang == Lang::Ru
                    && matches!(*c, Cue::SetStock | Cue::Dish)
                    && p.chars().count() >= 6);
            // "driving" is no misspelt "drinking": English gerunds are too alike to guess.
            // And so are some short verbs ("cost" is no "lost").
            let gerund =
                lang == Lang::En && (p.ends_with("ing") || lexicon_en::NOT_GUESSED.contains(p));
            // "ноль" is one letter from "соль": short Russian cues are matched exactly.
            let long =
                p.chars().count() >= if lang == Lang::Ru && *c == Cue::Deplete { 5 } else { 4 };
            if fuzzy && !gerund && !p.contains(' ') && long {
                lex.fuzzy_cues.push((fold(p).into(), *c));
            }
        }
        lex.cues.mark_heads(&mut lex.words);
        lex.units.mark_heads(&mut lex.words);
        lex.vague.mark_heads(&mut lex.words);
        lex.half_tails.mark_heads(&mut lex.words);
        lex
    }

    /// Whether `key` is in one of the word lists.
    pub fn listed(&self, key: &str) -> bool {
        self.words.get(key).is_some_and(Entry::listed)
    }

    fn flag(&mut self, word: &str, flag: u32) {
        self.words.entry(fold(word).into()).or_default().flags |= flag;
    }

    pub fn classify(&self, toks: &mut Tokens) {
        let entries = (0..toks.toks.len())
            .map(|i| {
                if !matches!(toks.toks[i], Tok::Word { .. }) {
                    return Entry::default();
                }
                let found = self.words.get(toks.key(i));
                let entry = self.word_entry(toks, i, found.filter(|e| e.listed()));
                // The phrases a word opens go by its spelling, whatever it means here.
                Entry { heads: found.map_or(0, |e| e.heads), ..entry }
            })
            .collect();
        toks.entries = entries;
    }

    /// What word `i` is, given its entry in the word lists.
    fn word_entry(&self, toks: &Tokens, i: usize, listed: Option<&Entry>) -> Entry {
        let text = toks.text(i);
        match listed {
            // "maïs" is no "mais": a diaeresis marks a noun, never a function word.
            _ if text.contains(['ï', 'ë']) => Entry::default(),
            // "té" (tea) is no "te" (you): the accent marks the noun.
            _ if self.lang == Lang::Es && text == "té" => Entry::default(),
            // "papa" is a potato unless it is someone's: "mi papa" is "mi papá".
            _ if self.lang == Lang::Es
                && text == "papa"
                && !(i > 0 && matches!(toks.key(i - 1), "mi" | "tu" | "su")) =>
            {
                Entry::default()
            }
            Some(e) => *e,
            // "nan's", "dad's": a possessive is who or where its stem is.
            None if let Some(e) = self.possessive(toks.key(i)) => e,
            // "plsss", "sooo": a letter held down spells the same word.
            None if let Some(e) = self.held_letter(toks.key(i)) => e,
            // "tottally", "literaly": an adverb, however spelt, is no grocery.
            None if self.adverb(toks.key(i)) => Entry { flags: FILLER, ..Entry::default() },
            None => Entry::default(),
        }
    }

    /// The entry of a word typed with a letter held down ("plsss", "sooo", "yesss").
    fn held_letter(&self, key: &str) -> Option<Entry> {
        self.unheld(key, |w| {
            self.words.get(w).filter(|e| e.listed()).map(|e| Entry { heads: 0, ..*e })
        })
    }

    /// The one-word cue typed with a letter held down ("neeed", "addd").
    pub fn held_cue(&self, key: &str) -> Option<Cue> {
        self.unheld(key, |w| {
            self.cues.get(w)?.iter().find(|(rest, _)| rest.is_empty()).map(|(_, c)| *c)
        })
    }

    /// Looks an English word typed with a letter held down up by shortening each run of three
    /// or more to one letter, then to two.
    fn unheld<T>(&self, key: &str, find: impl Fn(&str) -> Option<T>) -> Option<T> {
        let mut run = 0;
        let mut prev = '\0';
        let mut held = false;
        for c in key.chars() {
            run = if c == prev { run + 1 } else { 1 };
            held |= run >= 3;
            prev = c;
        }
        // "merciii", "plsss": in English and French chat.
        if !matches!(self.lang, Lang::En | Lang::Ru | Lang::Fr) || !held || key.len() > 48 {
            return None;
        }
        [1, 2].into_iter().find_map(|keep| {
            let mut out = String::with_capacity(key.len());
            let (mut prev, mut run) = ('\0', 0);
            for c in key.chars() {
                run = if c == prev { run + 1 } else { 1 };
                prev = c;
                if run <= keep {
                    out.push(c);
                }
            }
            // "AAA" batteries are no held "a".
            if out.chars().count() >= 2 { find(&out) } else { None }
        })
    }

    /// A possessive of a person, a place or a time the tables know: "nan's", "tesco's".
    fn possessive(&self, key: &str) -> Option<Entry> {
        // "Omas Marmelade", "Papa's Bier": German writes it without the apostrophe too.
        let stem = match self.lang {
            Lang::En => key.strip_suffix("'s")?,
            Lang::De => key.strip_suffix("'s").or_else(|| key.strip_suffix('s'))?,
            _ => return None,
        };
        if self.lang == Lang::De && stem.len() < 3 {
            return None;
        }
        let e = self.words.get(stem).filter(|e| e.listed())?;
        // Whose it is, like an article, is no part of the name: "the baby's formula".
        let flags = e.flags & (NOT_ITEM | FILLER | TIME);
        (flags != 0).then_some(Entry { flags: flags | FILLER, ..Entry::default() })
    }

    /// An English "-ly" adverb not in the tables ("tottally", "literaly"): groceries rarely end
    /// so ("jelly" and "curly" are too short or end in "-lly"); a French one in "-ement".
    fn adverb(&self, key: &str) -> bool {
        match self.lang {
            Lang::En => {
                key.len() >= 6
                    && key.is_ascii()
                    && (key.ends_with("ally") || (key.ends_with("ly") && !key.ends_with("lly")))
            }
            // "normalement", "largement": a French "-ement" adverb.
            Lang::Fr => key.len() >= 8 && key.ends_with("ement"),
            _ => false,
        }
    }

    /// A word that alone says the last entry was a mistake: "oops".
    pub fn oops(&self, key: &str) -> bool {
        match self.lang {
            Lang::En => matches!(key, "oops" | "whoops" | "oopsie" | "woops" | "oopsies"),
            Lang::Fr => matches!(key, "oups" | "oops" | "woups"),
            Lang::Ru => key == "упс",
            _ => false,
        }
    }

    /// Whether the conjunction at token `i` joins one product's name ("mac and cheese").
    pub fn joins(&self, toks: &Tokens, i: usize) -> bool {
        if self.joined.is_empty() || i == 0 || i + 1 >= toks.toks.len() {
            return false;
        }
        let (a, b) = (toks.key(i - 1), toks.key(i + 1));
        self.joined.contains(a, b)
    }

    /// Whether words `a` and `b` make a name that keeps its `DROP` word.
    pub fn compound(&self, a: &str, b: &str) -> bool {
        self.compounds.contains(a, b)
    }

    pub fn entry(&self, toks: &Tokens, i: usize) -> Entry {
        toks.entries.get(i).copied().unwrap_or_default()
    }

    pub fn has(&self, toks: &Tokens, i: usize, flag: u32) -> bool {
        self.entry(toks, i).flags & flag != 0
    }

    /// Longest phrase of `map` starting at token `i`; returns the token after it.
    /// `skip` says which tokens may stand between the phrase's words.
    pub fn match_at<T: Copy>(
        &self,
        map: &PhraseMap<T>,
        toks: &Tokens,
        i: usize,
        skip: impl Fn(usize) -> bool,
    ) -> Option<(usize, T)> {
        if self.entry(toks, i).heads & map.head == 0 {
            return None;
        }
        let cands = map.map.get(toks.key(i))?;
        'cand: for (rest, value) in cands {
            let mut j = i + 1;
            // A bound on skipped words keeps matching linear on adversarial input.
            let mut skipped = 0;
            for w in rest.iter() {
                loop {
                    if j >= toks.toks.len() {
                        continue 'cand;
                    }
                    if toks.key(j) == &**w {
                        j += 1;
                        break;
                    }
                    if skipped < 3 && skip(j) {
                        skipped += 1;
                        j += 1;
                    } else {
                        continue 'cand;
                    }
                }
            }
            return Some((j, *value));
        }
        None
    }
}
