//! Finds the cue phrases of a message and decides its intent from them.

use super::lexicon::{
    ADD_PREP, ARTICLE, CONJ, Cue, DET, FILLER, Lexicon, MODIFIER, NOT_ITEM, OF, PARTICIPLE, PREP,
    REMOVE_PREP, SKIP, TIME, VAGUE,
};
use super::token::{Tok, Tokens};
use super::typo;
use super::{Intent, Lang};

/// The cues of one message; `consumed` marks the tokens they cover.
pub(crate) struct Cues {
    pub found: Vec<Cue>,
    pub consumed: Vec<bool>,
    pub question: bool,
    /// The word "list" (or "shopping list", "Einkaufsliste") appeared.
    pub list: bool,
    /// The message opens with "who", "what", "wer": it asks about people or plans.
    pub wh_first: bool,
    /// A time word ("tonight", "morgen") appeared.
    pub time: bool,
    /// "!" appeared: "out of milk?!" is a complaint, not a question.
    pub exclaim: bool,
    /// A number appeared ("used 2" lacks only its item).
    pub number: bool,
    /// "please": a bare list of items with it is a request to buy them.
    pub polite: bool,
    /// A cue that says what happened or what to do was written ("bought", "remove"), not only
    /// "the list" or "the last of".
    pub verb: bool,
    /// An add or a remove was said by a verb ("add", "take off"), not only by "to/off the list".
    pub list_verb: bool,
    /// The message is read as English.
    pub english: bool,
}

impl Cues {
    fn has(&self, c: Cue) -> bool {
        self.found.contains(&c)
    }
}

pub(crate) fn scan(lex: &Lexicon, toks: &Tokens) -> Cues {
    let n = toks.toks.len();
    let mut cues = Cues {
        found: Vec::new(),
        consumed: vec![false; n],
        question: false,
        list: false,
        wh_first: false,
        time: false,
        exclaim: false,
        number: false,
        polite: false,
        verb: false,
        list_verb: false,
        english: lex.lang == Lang::En,
    };
    let skip = |j: usize| lex.has(toks, j, SKIP);
    // Whether only greetings and pronouns stand before token `i`.
    let mut opening = true;
    let mut i = 0;
    // Where the current clause began, and how many cues were found before it.
    let (mut clause, mut clause_cues) = (0, 0);
    while i < n {
        if let Tok::Mark(c @ (',' | ';' | '.' | '!' | '?')) = toks.toks[i] {
            // "got chicken, anyone need anything else?": a question of fillers alone asks
            // nothing about the items.
            if c == '?' && !idle_clause(lex, toks, &cues, clause..i, clause_cues) {
                cues.question = true;
            }
            (clause, clause_cues) = (i + 1, cues.found.len());
        }
        match toks.toks[i] {
            Tok::Mark('!') => cues.exclaim = true,
            Tok::Mark('=') => cues.found.push(Cue::SetStock),
            // "eggs: 0", "milk: 2l": a count after a name and a colon states it.
            Tok::Mark(':')
                if lex.lang == Lang::En
                    && i > 0
                    && matches!(toks.toks[i - 1], Tok::Word { .. })
                    && matches!(toks.toks.get(i + 1), Some(Tok::Num { .. })) =>
            {
                cues.found.push(Cue::SetStock)
            }
            Tok::Num { .. } => {
                opening = false;
                // "out till 9", "home by 6": a time is no amount of anything.
                let time = lex.lang == Lang::En
                    && i > 0
                    && matches!(toks.key(i - 1), "till" | "til" | "until" | "by" | "at" | "around");
                cues.number |= !time;
            }
            Tok::Word { .. } => {
                cues.time |= lex.has(toks, i, TIME);
                cues.polite |= matches!(
                    toks.key(i),
                    "please" | "pls" | "plz" | "bitte" | "favor" | "porfa" | "svp" | "пожалуйста"
                );
                // "a drop of", "a bit of" are amounts, not the verb "drop".
                if let Some((end, ())) = lex.match_at(&lex.vague, toks, i, |_| false) {
                    opening = false;
                    i = end;
                    continue;
                }
                if let Some((end, cue)) = lex.match_at(&lex.cues, toks, i, skip)
                    && !counted_unit(lex, toks, i)
                    && !(end == i + 1 && adjective(lex, toks, i, &cues.consumed))
                    && !(end == i + 1 && stock_noun(lex, toks, i))
                {
                    let cue = match lex.accented.get(toks.text(i)) {
                        Some(&written) if end == i + 1 => written,
                        _ => cue,
                    };
                    // "took 2 chicken breasts out": "out" after a use is where they went.
                    let cue = if cue == Cue::Deplete
                        && lex.lang == Lang::En
                        && end == i + 1
                        && toks.key(i) == "out"
                        && cues.found.contains(&Cue::Consume)
                    {
                        Cue::Filler
                    } else {
                        cue
                    };
                    // "the ham's done": after a contracted "is", "done" means used up.
                    let cue = if cue == Cue::Filler
                        && lex.lang == Lang::En
                        && toks.key(i) == "done"
                        && i > 0
                        && toks.text(i - 1).ends_with("'s")
                    {
                        Cue::DepleteWeak
                    } else {
                        cue
                    };
                    // "milk's off": after a contracted "is", "off" means it went bad.
                    let cue = if cue == Cue::ListRemove
                        && lex.lang == Lang::En
                        && toks.key(i) == "off"
                        && i > 0
                        && (toks.text(i - 1).ends_with("'s")
                            || matches!(toks.key(0), "is" | "are" | "was" | "were"))
                    {
                        Cue::DepleteSoft
                    } else {
                        cue
                    };
                    cues.verb |= !matches!(
                        cue,
                        Cue::Filler | Cue::List | Cue::DepleteMod | Cue::Remain | Cue::Wh
                    );
                    cues.list_verb |= matches!(cue, Cue::ListAdd | Cue::ListRemove);
                    let cue = if cue == Cue::List {
                        cues.list = true;
                        list_prep(lex, toks, i, &mut cues)
                    } else {
                        cue
                    };
                    if cues.found.iter().all(|c| *c == Cue::Filler) {
                        subject(lex, toks, i, cue, end, &mut cues.consumed);
                    }
                    cues.wh_first |= opening && cue == Cue::Wh;
                    opening &= cue == Cue::Filler;
                    cues.found.push(cue);
                    let end = if matches!(cue, Cue::Dish | Cue::Thanks) && !amount_at(toks, end) {
                        clause_end(lex, toks, end)
                    } else {
                        end
                    };
                    // "when", "cuando" still end the item before them ("milk when I was out").
                    let keep = cue == Cue::Wh && end == i + 1 && lex.has(toks, i, PREP);
                    if !keep {
                        cues.consumed[i..end].iter_mut().for_each(|c| *c = true);
                    }
                    i = end;
                    continue;
                }
                opening &= lex.has(toks, i, FILLER);
            }
            _ => {}
        }
        i += 1;
    }
    // "drnak the last of the juice", "remvoe bread from the list": cues that need a verb beside
    // them do not stop the look for a misspelt one.
    if cues.found.iter().all(|c| *c == Cue::Filler) || (lex.lang == Lang::En && !cues.verb) {
        fuzzy_verb(lex, toks, &mut cues);
    }
    german_subject(lex, toks, &mut cues);
    cues
}

/// Whether a clause after an earlier one holds only fillers: no number, no cue but fillers,
/// no word that could name an item.
fn idle_clause(
    lex: &Lexicon,
    toks: &Tokens,
    cues: &Cues,
    span: std::ops::Range<usize>,
    since: usize,
) -> bool {
    lex.lang == Lang::En
        && span.start > 0
        && cues.found[since..].iter().all(|c| matches!(c, Cue::Filler | Cue::Wh))
        && span.clone().all(|j| match toks.toks[j] {
            Tok::Word { .. } => {
                cues.consumed[j] || lex.has(toks, j, FILLER | DET | SKIP | VAGUE | NOT_ITEM)
            }
            Tok::Num { .. } => false,
            Tok::Mark(_) => true,
        })
}

/// "Tom drank the last juice", "the dog ate the sausage": a name or a pet right before the
/// verb is who did it, when the items follow the verb. German capitalises every noun.
fn subject(lex: &Lexicon, toks: &Tokens, at: usize, cue: Cue, end: usize, consumed: &mut [bool]) {
    let verb = matches!(cue, Cue::Consume | Cue::Restock | Cue::DepleteSoft | Cue::Dish);
    if !verb || at == 0 || at > 4 {
        return;
    }
    // "el perro se comió…": a pronoun may stand between the one who did it and the verb.
    let mut last = at - 1;
    while last > 0 && lex.has(toks, last, FILLER | SKIP) && !lex.has(toks, last, DET) {
        last -= 1;
    }
    // "tom and i ate": two who did it.
    if lex.lang == Lang::En
        && last > 0
        && toks.key(last) == "and"
        && lex.has(toks, last + 1, FILLER)
    {
        last -= 1;
    }
    let who = lex.has(toks, last, NOT_ITEM)
        || (lex.lang != Lang::De
            && lex.entry(toks, last).flags == 0
            && matches!(toks.toks[last], Tok::Word { upper: true, hyphen: false, .. }))
        || lowercase_name(lex, toks, last, end);
    // "the Tesco order arrived": a shop may name whose delivery it was.
    let lead = (0..last).all(|j| {
        matches!(toks.toks[j], Tok::Word { .. }) && lex.has(toks, j, DET | FILLER | SKIP | NOT_ITEM)
    });
    let items_follow = toks.toks[end.min(toks.toks.len())..]
        .iter()
        .any(|t| matches!(t, Tok::Word { .. } | Tok::Num { .. }));
    if who && lead && items_follow {
        consumed[..at].iter_mut().for_each(|c| *c = true);
    }
}

/// "sarah had 2 yogurts": chat often writes a name in lowercase. A lone singular word that
/// opens the message before a verb, with an amount or an article after the verb, is who.
fn lowercase_name(lex: &Lexicon, toks: &Tokens, at: usize, end: usize) -> bool {
    let key = toks.key(at);
    let after = match toks.toks.get(end) {
        Some(Tok::Num { .. }) => true,
        Some(Tok::Word { .. }) => {
            let e = lex.entry(toks, end);
            e.flags & DET != 0
                || e.num.is_some()
                || (e.flags == 0 && !lex.cues.contains_key(toks.key(end)))
        }
        _ => false,
    };
    lex.lang == Lang::En
        && at == 0
        && after
        && lex.entry(toks, at).flags == 0
        && key.len() >= 3
        && !key.contains('\'')
        && super::names::singular_en(key) == key
        && matches!(toks.toks[at], Tok::Word { hyphen: false, .. })
}

/// "empty cartons": "empty" before a noun describes it.
fn empty_before_noun(lex: &Lexicon, toks: &Tokens, i: usize) -> bool {
    lex.lang == Lang::En
        && toks.key(i) == "empty"
        && matches!(toks.toks.get(i + 1), Some(Tok::Word { .. }))
        && lex.entry(toks, i + 1).flags & !(MODIFIER | NOT_ITEM) == 0
}

/// "Anna hat 2 Liter Milch gekauft": German capitalises nouns, so a name is told from an item
/// by the "hat" after it, with the verb at the end.
fn german_subject(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    let verb =
        cues.found.iter().any(|c| matches!(c, Cue::Consume | Cue::Restock | Cue::DepleteSoft));
    if lex.lang == Lang::De
        && verb
        && toks.toks.len() > 2
        && !cues.consumed[0]
        && lex.entry(toks, 0).flags == 0
        && matches!(toks.toks[0], Tok::Word { upper: true, hyphen: false, .. })
        && toks.key(1) == "hat"
    {
        cues.consumed[0] = true;
    }
}

/// "2 Pack", "6er Pack": after a number a unit word is the unit, even where it is also a verb
/// ("pack Milch auf die Liste").
fn counted_unit(lex: &Lexicon, toks: &Tokens, i: usize) -> bool {
    let after_number = match i.checked_sub(1).map(|j| toks.toks[j]) {
        Some(Tok::Num { .. }) => true,
        // "a stick of butter": after an article the word is the unit, not "stick it on".
        Some(Tok::Word { .. }) if lex.has(toks, i - 1, ARTICLE) => true,
        Some(Tok::Word { .. }) => {
            i >= 2 && toks.glued(i - 1) && matches!(toks.toks[i - 2], Tok::Num { .. })
        }
        _ => false,
    };
    after_number && lex.match_at(&lex.units, toks, i, |_| false).is_some()
}

/// "bought baked beans", "a tin of cooked ham": after a verb, an article or an amount, a
/// participle describes the item.
fn adjective(lex: &Lexicon, toks: &Tokens, i: usize, consumed: &[bool]) -> bool {
    if empty_before_noun(lex, toks, i) {
        return true;
    }
    if !lex.has(toks, i, PARTICIPLE) {
        return false;
    }
    // "chopped tomatoes x2 bought": before a plain noun a participle describes it.
    let noun = matches!(toks.toks.get(i + 1), Some(Tok::Word { .. }))
        && lex.entry(toks, i + 1).num.is_none()
        && lex.entry(toks, i + 1).flags & !(MODIFIER | super::lexicon::DROP) == 0;
    // "baked cookies, used…": a dish verb still names the dish.
    let dish = lex
        .cues
        .get(toks.key(i))
        .is_some_and(|cs| cs.iter().any(|(rest, c)| rest.is_empty() && *c == Cue::Dish));
    if lex.lang == Lang::En && noun && !dish {
        return true;
    }
    if i == 0 {
        return false;
    }
    match toks.toks[i - 1] {
        Tok::Num { .. } => true,
        Tok::Word { .. } => {
            consumed[i - 1]
                || lex.has(toks, i - 1, DET | OF | ARTICLE)
                || lex.match_at(&lex.units, toks, i - 1, |_| false).is_some()
        }
        Tok::Mark(_) => false,
    }
}

/// "stock cubes", "chicken stock": the word "stock" naming a grocery, not asking for stock.
fn stock_noun(lex: &Lexicon, toks: &Tokens, i: usize) -> bool {
    let next = matches!(toks.key(i + 1), "cube" | "cubes" | "pot" | "pots");
    let prev =
        i > 0 && (lex.has(toks, i - 1, MODIFIER) || matches!(toks.key(i - 1), "veg" | "vegetable"));
    // "2 quarts of stock", but not "out of stock".
    let of = i > 1 && toks.key(i - 1) == "of" && !matches!(toks.key(i - 2), "out" | "outta");
    lex.lang == Lang::En && toks.key(i) == "stock" && (next || prev || of)
}

/// "cooked 500 g of pasta": an amount right after the verb names an ingredient, not a dish.
fn amount_at(toks: &Tokens, i: usize) -> bool {
    matches!(toks.toks.get(i), Some(Tok::Num { .. }))
}

/// Where the clause after "made" ends: "made pancakes, used 3 eggs", "made soup with …".
fn clause_end(lex: &Lexicon, toks: &Tokens, from: usize) -> usize {
    (from..toks.toks.len())
        .find(|&j| match toks.toks[j] {
            Tok::Mark(c) => matches!(c, ',' | ';' | '.' | '!' | '?' | '&' | '+' | ':'),
            // "made mac and cheese": an "and" inside one product's name does not end it.
            // "making pancakes so I've used…": "so" and "but" start another clause.
            Tok::Word { .. } => {
                (lex.has(toks, j, CONJ) && !lex.joins(toks, j))
                    || (lex.lang == Lang::En && matches!(toks.key(j), "so" | "but"))
            }
            Tok::Num { .. } => false,
        })
        .unwrap_or(toks.toks.len())
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
    // "i just boguht": in English, known words before the typo do not count.
    let words = (0..toks.toks.len())
        .filter(|&i| {
            matches!(toks.toks[i], Tok::Word { .. })
                && !cues.consumed[i]
                && (lex.lang != Lang::En || !lex.words.contains_key(toks.key(i)))
        })
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

/// Whether the items carry amounts: any at all, and any written as a number or word
/// ("a slice of cake" implies one slice; "the last slice" is still the last).
#[derive(Clone, Copy)]
pub(crate) struct Amounts {
    pub any: bool,
    pub written: bool,
}

/// `words` counts the message's words; `bare` whether the cues cover all of them.
pub(crate) fn decide(
    cues: &Cues,
    has_items: bool,
    amounts: Amounts,
    words: usize,
    bare: bool,
) -> Intent {
    let intent = from_cues(cues, has_items, amounts, words);
    // "who ate all the cookies?", "on mange quoi ce soir ?": a question about people or plans
    // reports nothing about the stock.
    let change =
        matches!(intent, Intent::Consume | Intent::Restock | Intent::Deplete | Intent::SetStock);
    let asked = intent == Intent::QueryStock && !cues.has(Cue::Query);
    // A change with nothing to change, amid other words, is a verb in passing: "llego tarde",
    // "I'll cook". "used 2" and a bare "bought" still ask which item.
    let in_passing = !has_items && !cues.number && !bare;
    // "dad's making pancakes", "make a list of what you want": a dish alone reports no stock.
    let dish_only = !has_items
        && cues.has(Cue::Dish)
        && cues.found.iter().all(|c| matches!(c, Cue::Dish | Cue::Filler | Cue::Wh | Cue::List));
    let wh = cues.wh_first || (cues.question && cues.has(Cue::Wh));
    // "can you pick up the kids at 5?": an errand with nothing to buy is not for the list.
    let errand = intent == Intent::ListAdd && !has_items;
    if (change && (wh || in_passing || dish_only)) || (asked && cues.wh_first) || errand {
        Intent::Unknown
    } else {
        intent
    }
}

/// The intent the cues give, before the checks that make a message small talk.
fn from_cues(cues: &Cues, has_items: bool, amounts: Amounts, words: usize) -> Intent {
    use Cue::*;
    let has_qty = amounts.any;
    if cues.has(Undo) {
        return Intent::Undo;
    }
    // "bought some fancy cheese, please don't eat it": a warning after a report leaves it.
    let reported = cues
        .found
        .iter()
        .take_while(|c| **c != Thanks)
        .any(|c| matches!(c, Restock | Consume | Deplete | DepleteSoft | ListAdd | ListRemove));
    if cues.has(Thanks) && !reported {
        return Intent::Unknown;
    }
    if cues.has(ListRemove) && has_items {
        return Intent::ListRemove;
    }
    // "do we have rice or do I need to buy some?": the errand is the other answer, not the ask.
    let asks_stock = cues.has(Query) || ((cues.has(Remain) || cues.has(SetStock)) && !amounts.any);
    // "do we have any eggs or should i grab some": an ask that opens the message, too.
    let query_first = cues.found.iter().find(|c| **c != Filler) == Some(&Query);
    if (cues.question || query_first) && asks_stock && cues.has(ListAdd) && !cues.list {
        return Intent::QueryStock;
    }
    if cues.has(ListAdd) && has_items {
        return Intent::ListAdd;
    }
    // "I'll add it to the list": an add with nothing named is no ask to see the list.
    // "on the list" alone answers that it is there.
    let only_list = cues.found.iter().all(|c| matches!(c, ListAdd | ListRemove | Filler));
    let said = cues.list && !has_items && (cues.list_verb || only_list) && !cues.has(Show);
    if said && cues.has(ListAdd) {
        return Intent::ListAdd;
    }
    // "remove them from the list": what to remove was named before.
    if said && cues.has(ListRemove) {
        return Intent::ListRemove;
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
    // "is the milk finished?", "no eggs?": asking whether it ran out.
    let asking = cues.question && !cues.exclaim && !has_qty;
    if cues.has(Deplete) {
        return if asking { Intent::QueryStock } else { Intent::Deplete };
    }
    // "finished a bottle of wine" drank one; "finished the jar of jam" emptied it.
    if cues.has(DepleteSoft) {
        return match (amounts.written, asking) {
            (true, _) => Intent::Consume,
            (false, true) => Intent::QueryStock,
            (false, false) => Intent::Deplete,
        };
    }
    let verb = cues.found.iter().find(|c| matches!(c, Consume | Restock | Dish));
    match verb {
        Some(Consume | Dish) if cues.has(DepleteMod) && !amounts.written => {
            return Intent::Deplete;
        }
        Some(Consume | Dish) => return Intent::Consume,
        Some(Restock) if cues.has(Remain) => return Intent::SetStock,
        Some(Restock) if cues.question && !has_qty => return Intent::QueryStock,
        Some(_) => return Intent::Restock,
        None => {}
    }
    if cues.has(DepleteWeak) {
        return if asking { Intent::QueryStock } else { Intent::Deplete };
    }
    if cues.has(SetStock) || cues.has(Remain) {
        return if cues.question && !has_qty { Intent::QueryStock } else { Intent::SetStock };
    }
    // "last of the milk 😭": the last of something, with no verb, is gone.
    if cues.has(DepleteMod) && cues.english && has_items && !cues.question && !amounts.written {
        return Intent::Deplete;
    }
    // "eggs?", "milk and bread?" ask for stock; a longer question, or one about a plan
    // ("pizza tonight?"), is about something else.
    if cues.question && has_items && words <= 3 && !cues.has(Wh) && !cues.time {
        return Intent::QueryStock;
    }
    // "two pints of semi skimmed please": items and a "please" and nothing else ask for them.
    let bare = cues.found.iter().all(|c| *c == Filler);
    if cues.polite && has_items && bare && !cues.question && !cues.time {
        return Intent::ListAdd;
    }
    Intent::Unknown
}
