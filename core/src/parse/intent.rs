//! Finds the cue phrases of a message and decides its intent from them.

use super::lexicon::{
    ADD_PREP, ARTICLE, CONJ, Cue, DET, FILLER, Lexicon, NOT_ITEM, OF, PARTICIPLE, PREP,
    REMOVE_PREP, SKIP, TIME,
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
    };
    let skip = |j: usize| lex.has(toks, j, SKIP);
    // Whether only greetings and pronouns stand before token `i`.
    let mut opening = true;
    let mut i = 0;
    while i < n {
        match toks.toks[i] {
            Tok::Mark('?') => cues.question = true,
            Tok::Mark('!') => cues.exclaim = true,
            Tok::Mark('=') => cues.found.push(Cue::SetStock),
            Tok::Num { .. } => {
                opening = false;
                cues.number = true;
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
                {
                    let cue = match lex.accented.get(toks.text(i)) {
                        Some(&written) if end == i + 1 => written,
                        _ => cue,
                    };
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
    // "выпел весь кефир": "весь" alone says nothing of what was done.
    if !cues.found.iter().any(|c| !matches!(c, Cue::Filler | Cue::DepleteMod)) {
        fuzzy_verb(lex, toks, &mut cues);
    }
    german_subject(lex, toks, &mut cues);
    cues
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
    let who = lex.has(toks, last, NOT_ITEM)
        || (lex.lang != Lang::De
            && lex.entry(toks, last).flags == 0
            && matches!(toks.toks[last], Tok::Word { upper: true, hyphen: false, .. })
            // "Яйца уже купила": a sentence may start with the grocery, capitalised.
            // A Russian name in the nominative never ends in "-ы"/"-и" as plurals do.
            && !(lex.lang == Lang::Ru
                && (super::names_ru::known(toks.key(last)) || toks.key(last).ends_with(['ы', 'и']))));
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
    if i == 0 || !lex.has(toks, i, PARTICIPLE) {
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

/// "cooked 500 g of pasta": an amount right after the verb names an ingredient, not a dish.
fn amount_at(toks: &Tokens, i: usize) -> bool {
    matches!(toks.toks.get(i), Some(Tok::Num { .. }))
}

/// Where the clause after "made" ends: "made pancakes, used 3 eggs", "made soup with …".
fn clause_end(lex: &Lexicon, toks: &Tokens, from: usize) -> usize {
    (from..toks.toks.len())
        .find(|&j| match toks.toks[j] {
            Tok::Mark(c) => matches!(c, ',' | ';' | '.' | '!' | '?' | '&' | '+' | ':'),
            // "испекла торт из 4 яиц": what the dish was made from follows "из".
            Tok::Word { .. } => {
                lex.has(toks, j, CONJ) || (lex.lang == Lang::Ru && toks.key(j) == "из")
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
    let wh = cues.wh_first || (cues.question && cues.has(Cue::Wh));
    // "can you pick up the kids at 5?": an errand with nothing to buy is not for the list.
    let errand = intent == Intent::ListAdd && !has_items && !bare && !cues.list;
    // "где купить хорошее мясо?": a question that opens with "where" asks no errand.
    let errand = errand || (intent == Intent::ListAdd && cues.wh_first && cues.question);
    // "сделал уроки?": a dish cue that names no ingredient and no amount reports nothing.
    let dish_only = intent == Intent::Consume
        && !has_items
        && !cues.number
        && cues.has(Cue::Dish)
        && !cues.has(Cue::Consume);
    // "буду дома в 7": a stock level of nothing, amid other words, is no stock level;
    // "есть кто дома?" asks after people.
    // "в субботу шашлыки у нас": a plan with a day and no amount is no stock level either.
    let no_level = (intent == Intent::SetStock && !has_items && !bare)
        || (intent == Intent::SetStock && cues.time && !amounts.any && !cues.question)
        || (intent == Intent::QueryStock && !has_items && cues.has(Cue::Wh));
    if (change && (wh || in_passing)) || (asked && cues.wh_first) || errand || dish_only || no_level
    {
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
    if cues.has(Thanks) {
        return Intent::Unknown;
    }
    if cues.has(ListRemove) && has_items {
        return Intent::ListRemove;
    }
    // "do we have rice or do I need to buy some?": the errand is the other answer, not the ask.
    let asks_stock = cues.has(Query) || ((cues.has(Remain) || cues.has(SetStock)) && !amounts.any);
    if cues.question && asks_stock && cues.has(ListAdd) && !cues.list {
        return Intent::QueryStock;
    }
    if cues.has(ListAdd) && has_items {
        return Intent::ListAdd;
    }
    // "что нужно купить на борщ?": what to buy for a dish asks for the list.
    let for_dish = cues.has(Show) && cues.question && !cues.has(ListAdd) && !cues.has(Query);
    if cues.list || (cues.has(Show) && !has_items) || for_dish {
        return if has_items && !for_dish { Intent::ListAdd } else { Intent::ShowList };
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
    // "остатки?": asking after what is left, with nothing named.
    if cues.question
        && !has_items
        && cues.has(DepleteMod)
        && cues.found.iter().all(|c| matches!(c, Filler | DepleteMod))
    {
        return Intent::QueryStock;
    }
    Intent::Unknown
}
