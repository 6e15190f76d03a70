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
    /// The language the message is read in.
    pub lang: Lang,
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
        lang: lex.lang,
    };
    let skip = |j: usize| lex.has(toks, j, SKIP);
    // Whether only greetings and pronouns stand before token `i`.
    let mut opening = true;
    // "Klopapier brauchen wir": a need asks only with a question mark.
    let mut needs = Vec::new();
    // "nimm Brot mit", "nimm Eier auf die Liste": "nimm" takes off the list only with "von".
    let mut takes = Vec::new();
    let mut tells = Vec::new();
    let mut stills = Vec::new();
    let mut dishes = Vec::new();
    let mut fetches = Vec::new();
    // "Eier auf 6 setzen": "setzen" with "auf" and a number sets the stock.
    let mut sets = Vec::new();
    // "Butter? Alle.": a depletion after the last question mark answers it.
    let mut answered = false;
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
            Tok::Mark('?') => answered = false,
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
            // "+ de lait": French texting writes "plus" as a plus sign.
            Tok::Mark('+')
                if lex.lang == Lang::Fr && i + 1 < n && matches!(toks.key(i + 1), "de" | "d'") =>
            {
                cues.found.push(Cue::Deplete);
                cues.consumed[i..i + 2].iter_mut().for_each(|c| *c = true);
                i += 2;
                continue;
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
                    // "pris … dans le frigo": remembered, then read as the plain cue.
                    let cue = match cue {
                        Cue::Take | Cue::Storage => {
                            cues.found.push(cue);
                            if cue == Cue::Take { Cue::Restock } else { Cue::SetStock }
                        }
                        other => other,
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
                    // "всё, выезжаем": a Russian "всё" first and alone before a mark is "done".
                    let cue = if cue == Cue::Deplete
                        && lex.lang == Lang::Ru
                        && end == i + 1
                        && matches!(toks.key(i), "всё" | "все")
                        && (0..i).all(|j| !matches!(toks.toks[j], Tok::Word { .. }))
                        && matches!(toks.toks.get(i + 1), Some(Tok::Mark(',' | '!' | '.')))
                    {
                        Cue::Filler
                    } else {
                        cue
                    };
                    // "купил всё по списку": right after a purchase "всё" is what was bought.
                    let cue = if cue == Cue::Deplete
                        && lex.lang == Lang::Ru
                        && end == i + 1
                        && matches!(toks.key(i), "всё" | "все")
                        && i > 0
                        && cues.consumed[i - 1]
                        && cues.found.last() == Some(&Cue::Restock)
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
                    // "Bin beim Rewe. Brauchen wir noch was?": a German phrase that asks for
                    // the list shows it, whatever else is named.
                    cues.list |= lex.lang == Lang::De && cue == Cue::Show && end > i + 1;
                    // A remembered Take or Storage is no cue of its own here.
                    let first = cues
                        .found
                        .iter()
                        .all(|c| matches!(c, Cue::Filler | Cue::Take | Cue::Storage));
                    if first {
                        subject(lex, toks, i, cue, end, &mut cues.consumed);
                    }
                    cues.wh_first |= opening && cue == Cue::Wh;
                    // "ce soir", "tomorrow morning": a time phrase taken as one cue.
                    cues.time |= (i..end).any(|j| lex.has(toks, j, TIME));
                    opening &= cue == Cue::Filler;
                    // "Kannst du heute noch Kartoffeln holen?": "noch" is no stock with an errand.
                    if cue == Cue::SetStock && end == i + 1 && toks.key(i) == "noch" {
                        stills.push(cues.found.len());
                    }
                    if cue == Cue::Dish {
                        dishes.push(i);
                    }
                    if cue == Cue::ListAdd && toks.key(i).starts_with("setz") {
                        sets.push(cues.found.len());
                    }
                    if cue == Cue::Query && toks.key(i).starts_with("brauch") {
                        needs.push(cues.found.len());
                    }
                    // "Wer holt Lisa vom Kindergarten ab?": "holt … ab" picks up, buys nothing.
                    if cue == Cue::ListAdd && toks.key(i).starts_with("hol") {
                        fetches.push(cues.found.len());
                    }
                    if cue == Cue::ListRemove && matches!(toks.key(i), "nimm" | "nimmst") {
                        takes.push(cues.found.len());
                    }
                    // "Linsen haben wir noch": after the item, "haben wir" tells.
                    if cue == Cue::Query && i > 0 && matches!(toks.key(i), "haben" | "ham") {
                        tells.push(cues.found.len());
                    }
                    answered |= cues.question && cue == Cue::Deplete;
                    cues.found.push(cue);
                    let end =
                        if matches!(cue, Cue::Dish | Cue::Thanks) && !amount_at(lex, toks, end) {
                            dish_end(lex, toks, end, clause_end(lex, toks, end))
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
                // "auf die Lsite": a misspelt list word after "auf die", "von der".
                if misspelt_list(lex, toks, i) {
                    cues.list = true;
                    let cue = list_prep(lex, toks, i, &mut cues);
                    cues.found.push(cue);
                    cues.consumed[i] = true;
                    i += 1;
                    continue;
                }
                opening &= lex.has(toks, i, FILLER);
            }
            _ => {}
        }
        i += 1;
    }
    // "а уксус есть", "слушай, а масло есть у нас": in Russian a stock told with no amount
    // after an opening "а" is asked, question mark or not.
    let opener =
        (0..n).find(|&i| matches!(toks.toks[i], Tok::Word { .. }) && !lex.has(toks, i, FILLER));
    if lex.lang == Lang::Ru
        && !cues.exclaim
        && opener.is_some_and(|i| toks.key(i) == "а")
        && !cues.number
        && cues.found.iter().all(|c| matches!(c, Cue::SetStock | Cue::Filler))
        && cues.found.contains(&Cue::SetStock)
    {
        cues.question = true;
    }
    russian_added_in(lex, toks, &mut cues);
    russian_errand(lex, toks, &mut cues);
    russian_everything(lex, toks, &mut cues);
    russian_eating(lex, toks, &mut cues);
    // "кто-нибудь купит хлеба?", "кто может заскочить за молоком?": asking who will buy asks
    // someone to.
    if lex.lang == Lang::Ru
        && opener.is_some_and(|i| toks.key(i) == "кто")
        && cues.found.contains(&Cue::ListAdd)
    {
        cues.wh_first = false;
    }
    if !cues.question {
        needs.iter().for_each(|&k| cues.found[k] = Cue::ListAdd);
        tells.iter().for_each(|&k| cues.found[k] = Cue::SetStock);
    }
    if answered {
        cues.question = false;
    }
    // "Die Milch steht noch draußen": "noch" tells a stock only with an amount.
    let counted = cues.number || (0..n).any(|i| lex.entry(toks, i).num.is_some());
    if lex.lang == Lang::De && (cues.found.contains(&Cue::ListAdd) || (!counted && !cues.question))
    {
        stills.iter().for_each(|&k| cues.found[k] = Cue::Filler);
    }
    german_dish(lex, toks, &mut cues, &dishes);
    // "блины пекла, молоко всё", "морс клюквенный сварила": in Russian a dish may come right
    // before its verb too, alone at the start of its clause.
    for &at in dishes.iter().filter(|&&at| lex.lang == Lang::Ru && !amount_at(lex, toks, at + 1)) {
        let word = |j: usize| {
            matches!(toks.toks[j], Tok::Word { .. })
                && !cues.consumed[j]
                && !lex.has(toks, j, FILLER | SKIP | PREP)
        };
        let Some(last) = at.checked_sub(1).filter(|&j| word(j)) else { continue };
        let adjective = |j: usize| super::names_ru::adjective_like(toks.key(j));
        let mut first = last;
        while first > 0 && word(first - 1) && (adjective(first) || adjective(first - 1)) {
            first -= 1;
        }
        let alone =
            first == 0 || !matches!(toks.toks[first - 1], Tok::Num { .. } | Tok::Word { .. });
        if alone {
            cues.consumed[first..=last].iter_mut().for_each(|c| *c = true);
        }
    }
    // "Welches soll ich kaufen?": which one, not whether we have it.
    let first = (0..n).find(|&i| matches!(toks.toks[i], Tok::Word { .. }));
    if lex.lang == Lang::De && first.is_some_and(|i| toks.key(i).starts_with("welch")) {
        cues.wh_first = true;
    }
    let to_number =
        (1..n).any(|i| toks.key(i - 1) == "auf" && matches!(toks.toks[i], Tok::Num { .. }));
    if lex.lang == Lang::De && to_number && !cues.list {
        sets.iter().for_each(|&k| cues.found[k] = Cue::SetStock);
    }
    // "Eier: 10", "Milch – 2 Liter": a name and an amount alone state the stock.
    let headed = (1..n).any(|i| {
        matches!(toks.toks[i - 1], Tok::Mark(':' | '—')) && matches!(toks.toks[i], Tok::Num { .. })
    });
    // "хлеб — 0": in Russian only a zero, since "яйца - 10 шт" may be a line of a list.
    let zero = (1..n).any(|i| {
        matches!(toks.toks[i - 1], Tok::Mark(':' | '—'))
            && matches!(toks.toks[i], Tok::Num { value, .. } if value == 0.0)
    });
    let headed = (headed && lex.lang == Lang::De) || (zero && lex.lang == Lang::Ru);
    if headed && cues.found.iter().all(|c| *c == Cue::Filler) {
        cues.found.push(Cue::SetStock);
    }
    // "мы опять без хлеба": in Russian being without a grocery, said first, is running out.
    let first_without = (0..n.saturating_sub(1)).find(|&i| toks.key(i) == "без");
    let without = first_without.filter(|&i| {
        matches!(toks.toks[i + 1], Tok::Word { .. })
            && !lex.has(toks, i + 1, NOT_ITEM)
            && (0..i).all(|j| {
                let plan = lex.has(toks, j, TIME) || matches!(toks.key(j), "давай" | "давайте");
                let said = cues.consumed[j]
                    || !matches!(toks.toks[j], Tok::Word { .. })
                    || lex.has(toks, j, FILLER);
                !plan && said
            })
    });
    if let Some(i) = without.filter(|_| lex.lang == Lang::Ru)
        && cues.found.iter().all(|c| *c == Cue::Filler)
    {
        cues.found.push(Cue::Deplete);
        cues.consumed[i] = true;
    }
    // "сахара много", "яиц полно": in Russian plenty of a grocery, with no verb, is its stock.
    let plenty = (0..n).any(|i| matches!(toks.key(i), "много" | "полно" | "навалом"));
    if lex.lang == Lang::Ru && plenty && cues.found.iter().all(|c| *c == Cue::Filler) {
        cues.found.push(Cue::SetStock);
    }
    // "хлебушка бы к супу": in Russian a wish with no verb asks for the grocery.
    let wish = (0..n).any(|i| toks.key(i) == "бы");
    if lex.lang == Lang::Ru && wish && cues.found.iter().all(|c| *c == Cue::Filler) {
        cues.found.push(Cue::ListAdd);
    }
    // "смеси хватит на 3 дня": with no question mark "хватит" tells the stock.
    let enough = (0..n).any(|i| toks.key(i) == "хватит");
    if lex.lang == Lang::Ru && enough && !cues.question {
        cues.found.iter_mut().filter(|c| **c == Cue::Query).for_each(|c| *c = Cue::SetStock);
    }
    // "хлеба ещё полбуханки": in Russian what is still there, with no verb, is the stock.
    let still = (0..n).any(|i| matches!(toks.key(i), "ещё" | "еще"));
    if lex.lang == Lang::Ru
        && still
        && !cues.question
        && cues.found.iter().all(|c| *c == Cue::Filler)
    {
        cues.found.push(Cue::SetStock);
    }
    // "Записала": a list verb in the past with nothing else says it was done.
    let done = (0..n).all(|i| !matches!(toks.toks[i], Tok::Word { .. }) || cues.consumed[i])
        && (0..n).any(|i| {
            matches!(toks.key(i), "записала" | "записал" | "записали" | "добавила" | "добавил")
        });
    if lex.lang == Lang::Ru && done {
        cues.found.iter_mut().filter(|c| **c == Cue::ListAdd).for_each(|c| *c = Cue::Filler);
    }
    // "про кефир забудь": forgetting about a grocery takes it off the list.
    let about = (0..n).any(|i| toks.key(i) == "про");
    if lex.lang == Lang::Ru && about && (0..n).any(|i| toks.key(i) == "забудь") {
        cues.found.iter_mut().filter(|c| **c == Cue::Undo).for_each(|c| *c = Cue::ListRemove);
    }
    // "сметаны полбанки", "чеснока две головки": a grocery in the genitive, then its amount,
    // with no verb, tells the stock.
    let first = (0..n).find(|&i| {
        matches!(toks.toks[i], Tok::Word { .. }) && !cues.consumed[i] && !lex.has(toks, i, FILLER)
    });
    let counted = |j: usize| match toks.toks.get(j) {
        Some(Tok::Num { .. }) => true,
        Some(Tok::Word { .. }) => {
            let k = toks.key(j);
            lex.entry(toks, j).num.is_some()
                || lex.match_at(&lex.units, toks, j, |_| false).is_some()
                || k.strip_prefix("пол").is_some_and(|u| lex.units.contains_key(u))
        }
        _ => false,
    };
    // "крабовых палочек 2 упаковки": an adjective in the genitive may come first.
    let adjective = |i: usize| ["ых", "их", "ого", "его"].iter().any(|e| toks.key(i).ends_with(e));
    let noun = first.map(|i| if adjective(i) { i + 1 } else { i });
    let of_amount = noun.is_some_and(|i| super::names_ru::genitive(toks.key(i)) && counted(i + 1));
    if lex.lang == Lang::Ru
        && of_amount
        && !cues.question
        && cues.found.iter().all(|c| *c == Cue::Filler)
    {
        cues.found.push(Cue::SetStock);
    }
    // "коту пакетик корма дала": giving food to a pet or a child, in any order, feeds it.
    let fed = has_key(
        toks,
        &["коту", "собаке", "кошке", "ребёнку", "ребенку", "детям", "рыбкам", "попугаю"],
    );
    if lex.lang == Lang::Ru && fed && cues.found.iter().all(|c| *c == Cue::Filler) {
        let gave = (0..n).find(|&i| matches!(toks.key(i), "дал" | "дала" | "дали"));
        if let Some(i) = gave {
            cues.found.push(Cue::Consume);
            cues.consumed[i] = true;
        }
    }
    // "+ молоко": in Russian a plus before the first word adds it.
    let plus = matches!(toks.toks.first(), Some(Tok::Mark('+')));
    if lex.lang == Lang::Ru && plus && cues.found.iter().all(|c| *c == Cue::Filler) {
        cues.found.push(Cue::ListAdd);
    }
    // "в магаз: соль сода уксус": in Russian a shop as the heading lists what to get there.
    let shop_heading = n > 3
        && toks.key(0) == "в"
        && matches!(toks.key(1), "магаз" | "магазин")
        && matches!(toks.toks[2], Tok::Mark(':'));
    if lex.lang == Lang::Ru && shop_heading && cues.found.iter().all(|c| *c == Cue::Filler) {
        cues.found.push(Cue::ListAdd);
        cues.consumed[..2].iter_mut().for_each(|c| *c = true);
    }
    let last_word = (0..n).rev().find(|&i| matches!(toks.toks[i], Tok::Word { .. }));
    let along = last_word.is_some_and(|i| toks.key(i) == "mit");
    if lex.lang == Lang::De && last_word.is_some_and(|i| toks.key(i) == "ab") {
        fetches.iter().for_each(|&k| cues.found[k] = Cue::Filler);
    }
    if along || cues.found.contains(&Cue::ListAdd) {
        takes.iter().for_each(|&k| cues.found[k] = Cue::ListAdd);
        if let Some(i) = last_word.filter(|_| along && !takes.is_empty()) {
            cues.consumed[i] = true;
        }
    }
    // "Was soll ich beim Bäcker holen?": what to buy is what the list says.
    let first_word = (0..n).find(|&i| matches!(toks.toks[i], Tok::Word { .. }));
    // "что ещё надо докупить?": in Russian too.
    let what = |i: usize| match lex.lang {
        Lang::De => matches!(toks.key(i), "was" | "wat"),
        Lang::Ru => matches!(toks.key(i), "что" | "чё" | "че" | "шо"),
        _ => false,
    };
    // "что берём в магазине?": a purchase in the present asks the same.
    let buying = lex.lang == Lang::Ru
        && (0..n).any(|i| matches!(toks.key(i), "берём" | "берем" | "беру" | "покупаем"));
    let first_word = if lex.lang == Lang::Ru { opener } else { first_word };
    if cues.question
        && first_word.is_some_and(what)
        && (cues.found.contains(&Cue::ListAdd) || buying)
    {
        cues.found.push(Cue::Show);
        cues.list = true;
    }
    // "ist noch milch im kühlschrank": German asks by putting the verb first.
    let first_words = (0..n).filter(|&i| matches!(toks.toks[i], Tok::Word { .. })).take(2);
    let first_words: Vec<usize> = first_words.collect();
    if lex.lang == Lang::De
        && !cues.exclaim
        && let [v, next] = first_words[..]
        && matches!(toks.key(v), "ist" | "is" | "sind")
        && !matches!(toks.key(next), "alle" | "leer" | "aus" | "weg")
        && !cues.found.iter().any(|c| matches!(c, Cue::Deplete | Cue::DepleteWeak))
    {
        cues.question = true;
        // "Is no a Bier im Kühlschrank?": asked, whatever amount is named.
        if matches!(toks.key(next), "noch" | "no") && !cues.found.contains(&Cue::Wh) {
            cues.found.push(Cue::Query);
        }
    }
    german_split_verb(lex, toks, &mut cues);
    // "drnak the last of the juice", "remvoe bread from the list": cues that need a verb beside
    // them do not stop the look for a misspelt one.
    // "выпел весь кефир": "весь" alone says nothing of what was done.
    let no_verb = !cues.found.iter().any(|c| !matches!(c, Cue::Filler | Cue::DepleteMod));
    if no_verb || (matches!(lex.lang, Lang::En | Lang::Ru) && !cues.verb) {
        fuzzy_verb(lex, toks, &mut cues);
    } else if cues.found.iter().all(|c| matches!(c, Cue::Filler | Cue::SetStock)) {
        fuzzy_participle(lex, toks, &mut cues);
    }
    german_subject(lex, toks, &mut cues);
    offer(lex, toks, &mut cues);
    stock_heading(lex, toks, &mut cues);
    // "pizza for dinner?", "что есть на ужин?": a meal names when, as a time word does.
    cues.time |= (0..toks.toks.len()).any(|i| match lex.lang {
        Lang::En => matches!(toks.key(i), "dinner" | "lunch" | "breakfast" | "supper" | "brunch"),
        Lang::Ru => {
            i > 0
                && toks.key(i - 1) == "на"
                && matches!(toks.key(i), "ужин" | "обед" | "завтрак" | "полдник")
        }
        _ => false,
    });
    vocative(lex, toks, &mut cues);
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
    // "Paul et moi avons acheté": several people may have done it.
    while last > 0 && lex.has(toks, last, FILLER | SKIP | CONJ) && !lex.has(toks, last, DET) {
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
            && matches!(toks.toks[last], Tok::Word { upper: true, hyphen: false, .. })
            // "Яйца уже купила": a sentence may start with the grocery, capitalised.
            // A Russian name in the nominative never ends in "-ы"/"-и" as plurals do.
            && !(lex.lang == Lang::Ru
                && (super::names_ru::known(toks.key(last)) || toks.key(last).ends_with(['ы', 'и']))))
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

/// "Marc, tu peux acheter du lait ?", "Sophie peux-tu…": a name that opens the message and is
/// followed by "you" is who is spoken to.
fn vocative(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    let second =
        |i: usize| matches!(toks.key(i), "tu" | "t'" | "vous" | "peux" | "pourrais" | "pouvez");
    if toks.toks.len() <= 2 || !matches!(lex.lang, Lang::Fr | Lang::Ru) {
        return;
    }
    // "Лена, возьми хлеб": in Russian a capitalised name that is no grocery, then a comma.
    let grocery = lex.lang == Lang::Ru && super::names_ru::known_form(toks.key(0));
    let named = !cues.consumed[0]
        && lex.entry(toks, 0).flags == 0
        && !grocery
        && matches!(toks.toks[0], Tok::Word { upper: true, hyphen: false, .. });
    let spoken = match toks.toks[1] {
        Tok::Mark(',') => {
            second(2)
                || cues.consumed[2]
                || (lex.lang == Lang::Ru && lex.has(toks, 2, FILLER | SKIP))
        }
        Tok::Word { .. } => lex.lang == Lang::Fr && second(1),
        _ => false,
    };
    if named && spoken {
        cues.consumed[0] = true;
    }
}

/// "Anna hat 2 Liter Milch gekauft": German capitalises nouns, so a name is told from an item
/// by the "hat" after it, with the verb at the end.
fn german_subject(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    let verb =
        cues.found.iter().any(|c| matches!(c, Cue::Consume | Cue::Restock | Cue::DepleteSoft));
    if lex.lang != Lang::De || !verb {
        return;
    }
    // "Die Katze hat …": an article may stand before the one who did it.
    let k = (0..toks.toks.len().min(3)).find(|&j| !lex.has(toks, j, DET)).unwrap_or(0);
    let flags = lex.entry(toks, k).flags;
    // A pet or a person ("Katze", "Hund") is never the item, whatever its case; after an
    // article any other noun is the item ("Die Eier hat Papa geholt").
    // "lisa hat 2 gurken gegessen": an amount right after "hat" says the word was the subject.
    let amount_next = matches!(toks.toks.get(k + 2), Some(Tok::Num { .. }))
        || lex.entry(toks, k + 2).num.is_some();
    let who = flags & NOT_ITEM != 0
        || (k == 0
            && flags == 0
            && !toks.hyphen(k)
            && (amount_next || matches!(toks.toks[k], Tok::Word { upper: true, .. })));
    // "Milch hat Papa gekauft": a person after "hat" is the subject, the word before the item.
    let person_next = matches!(
        toks.key(k + 2),
        "papa" | "mama" | "oma" | "opa" | "schatz" | "mutti" | "vati" | "papi" | "mami"
    );
    if toks.toks.len() > k + 2
        && !cues.consumed[k]
        && who
        && !person_next
        && matches!(toks.toks[k], Tok::Word { .. })
        && (toks.key(k + 1) == "hat" || (flags & NOT_ITEM != 0 && toks.key(k + 1) == "haben"))
    {
        cues.consumed[..=k].iter_mut().for_each(|c| *c = true);
    }
}

/// "ich mach ne Dose Mais auf", "trink die Milch aus": a German verb in the present tense
/// leaves its particle at the end of the message.
fn german_split_verb(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    if lex.lang != Lang::De || cues.found.iter().any(|c| *c != Cue::Filler) {
        return;
    }
    let word = |i: &usize| matches!(toks.toks[*i], Tok::Word { .. });
    let n = toks.toks.len();
    const STEMS: &[&str] = &[
        "mach", "mache", "machen", "trink", "trinke", "trinken", "ess", "esse", "geht", "gehen",
        "ist", "is", "sind",
    ];
    let first = (0..n).filter(word).take(3);
    let Some(verb) = first.into_iter().find(|&i| STEMS.contains(&toks.key(i))) else { return };
    let Some(last) = (0..n).rev().find(word) else { return };
    let cue = match (toks.key(verb), toks.key(last)) {
        ("mach" | "mache" | "machen", "auf") => Cue::Consume,
        ("mach" | "mache" | "machen", "leer") => Cue::DepleteSoft,
        ("trink" | "trinke" | "trinken", "aus") => Cue::DepleteSoft,
        ("ess" | "esse", "auf") => Cue::DepleteSoft,
        // "Uns geht der Zucker aus": running low.
        ("geht" | "gehen", "aus") => Cue::ListAdd,
        // "Sind die Eier aus?"
        ("ist" | "is" | "sind", "aus") => Cue::Deplete,
        _ => return,
    };
    if last > verb + 1 {
        cues.found.push(cue);
        cues.consumed[verb] = true;
        cues.consumed[last] = true;
    }
}

/// "stock: 4 eggs, 1 milk", "stock check: …": the word for stock heading a list states it.
fn stock_heading(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    let heading = (1..toks.toks.len()).find(|&i| {
        matches!(toks.toks[i], Tok::Mark(':'))
            && matches!(toks.key(i - 1), "stock" | "inventory" | "check" | "stocktake")
    });
    let Some(colon) = heading.filter(|_| lex.lang == Lang::En) else { return };
    for c in cues.found.iter_mut().filter(|c| **c == Cue::Query) {
        *c = Cue::SetStock;
    }
    // "freezer stock: 3 pizzas": the heading's words name no item.
    if colon <= 3 {
        cues.consumed[..colon].iter_mut().for_each(|c| *c = true);
        if !cues.found.contains(&Cue::SetStock) {
            cues.found.push(Cue::SetStock);
        }
    }
}

/// "got eggs and milk, anything else?", "any more?": a question after a comma that is only
/// an offer to get more asks nothing of the stock.
fn offer(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    if !cues.question || lex.lang != Lang::En {
        return;
    }
    let mut idle = true;
    let mut offered = false;
    for i in 0..toks.toks.len() {
        match toks.toks[i] {
            Tok::Mark(',' | ';' | '.' | '!') => (idle, offered) = (true, false),
            Tok::Mark('?') if !(idle && offered) => return,
            Tok::Word { .. } => {
                let key = toks.key(i);
                offered |= key == "else" || lex.has(toks, i, VAGUE);
                idle &= key == "else"
                    || matches!(key, "anything" | "something")
                    || lex.has(toks, i, FILLER | VAGUE | SKIP);
            }
            _ => idle = false,
        }
    }
    cues.question = false;
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
        // "j'ai ouvert un paquet": after "avoir" the participle is the verb.
        Tok::Word { .. } if aux_fr(lex, toks, i - 1) => false,
        // "un paquet de farine entamé": in French the participle after its noun describes it.
        Tok::Word { .. } if lex.lang == Lang::Fr && !consumed[i - 1] => {
            lex.entry(toks, i - 1).flags & (FILLER | SKIP) == 0
                // "les pâtes étaient trop cuites": after "être" or a degree word too.
                || matches!(
                    toks.key(i - 1),
                    "trop" | "bien" | "pas" | "assez" | "tres" | "est" | "sont" | "etait" | "etaient"
                )
        }
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
/// "сварил пачку пельменей": in Russian a unit word alone counts one.
fn amount_at(lex: &Lexicon, toks: &Tokens, i: usize) -> bool {
    let unit = lex.lang == Lang::Ru
        && matches!(toks.toks.get(i), Some(Tok::Word { .. }))
        && lex.match_at(&lex.units, toks, i, |_| false).is_some();
    matches!(toks.toks.get(i), Some(Tok::Num { .. })) || unit
}

/// Where the clause after "made" ends: "made pancakes, used 3 eggs", "made soup with …".
fn clause_end(lex: &Lexicon, toks: &Tokens, from: usize) -> usize {
    (from..toks.toks.len())
        .find(|&j| match toks.toks[j] {
            Tok::Mark(c) => matches!(c, ',' | ';' | '.' | '!' | '?' | '&' | '+' | ':'),
            // "made mac and cheese": an "and" inside one product's name does not end it.
            // "making pancakes so I've used…": "so" and "but" start another clause.
            // "испекла торт из 4 яиц": what the dish was made from follows "из".
            Tok::Word { .. } => {
                (lex.has(toks, j, CONJ) && !lex.joins(toks, j))
                    || (lex.lang == Lang::En && matches!(toks.key(j), "so" | "but"))
                    || (lex.lang == Lang::Ru && toks.key(j) == "из")
            }
            Tok::Num { .. } => false,
        })
        .unwrap_or(toks.toks.len())
}

/// "Mama hat Kuchen gebacken", "Hab Pfannkuchen gemacht": German names the dish before the
/// verb; with no amount it is the dish, not stock ("300 g Reis gekocht" used rice).
fn german_dish(lex: &Lexicon, toks: &Tokens, cues: &mut Cues, dishes: &[usize]) {
    if lex.lang != Lang::De {
        return;
    }
    for &at in dishes {
        // A bounded look back keeps the pass linear in the message.
        let start = (at.saturating_sub(12)..at)
            .rev()
            .find(|&j| match toks.toks[j] {
                Tok::Mark(c) => matches!(c, ',' | '.' | ';' | '!' | '?' | ':'),
                Tok::Word { .. } => lex.has(toks, j, CONJ),
                Tok::Num { .. } => false,
            })
            .map_or(at.saturating_sub(12), |j| j + 1);
        let amount = (start..at).any(|j| match toks.toks[j] {
            Tok::Num { .. } => true,
            Tok::Word { .. } => {
                (lex.entry(toks, j).num.is_some() && !lex.has(toks, j, ARTICLE))
                    || lex.units.contains_key(toks.key(j))
            }
            Tok::Mark(_) => false,
        });
        if !amount {
            // Its auxiliaries stay, so the message is no bare verb.
            (start..at)
                .filter(|&j| !lex.has(toks, j, FILLER))
                .for_each(|j| cues.consumed[j] = true);
        }
    }
}

/// A German list word typed with a typo, right after "auf die" or "von der".
fn misspelt_list(lex: &Lexicon, toks: &Tokens, i: usize) -> bool {
    let key = toks.key(i);
    let after_prep =
        i >= 2 && lex.has(toks, i - 1, DET) && lex.has(toks, i - 2, ADD_PREP | REMOVE_PREP);
    // "в спсок", "из спиская", "покажи спиок": in Russian right after the preposition or verb.
    let shown = |j: usize| {
        lex.cues.get(toks.key(j)).is_some_and(|c| c.iter().any(|(_, c)| *c == Cue::Show))
    };
    let ru_after = i >= 1 && (lex.has(toks, i - 1, ADD_PREP | REMOVE_PREP) || shown(i - 1));
    let words: &[&str] = match lex.lang {
        Lang::De if after_prep => &["liste", "einkaufsliste", "einkaufszettel"],
        Lang::Ru if ru_after => &["список", "списка", "списке", "списку"],
        _ => &[],
    };
    key.chars().count() >= 5
        && !lex.words.contains_key(key)
        && !lex.units.contains_key(key)
        && words.iter().any(|w| typo::within(key, w))
}

/// "будешь есть суп?", "хочу есть", "будешь бутерброд?", "налить тебе чаю?", "сколько варить
/// гречку?": in Russian eating, offers and cooking questions report no stock.
fn russian_eating(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    const WILL: &[&str] = &[
        "будем",
        "будет",
        "будете",
        "будешь",
        "буду",
        "давай",
        "давайте",
        "иди",
        "идите",
        "можно",
        "пора",
        "хотим",
        "хотите",
        "хочется",
        "хочешь",
        "хочу",
    ];
    if lex.lang != Lang::Ru {
        return;
    }
    let n = toks.toks.len();
    let eat = (0..n).find(|&i| {
        // "можно мне есть торт?": a pronoun may stand between.
        let before = |k: usize| i >= k && WILL.contains(&toks.key(i - k));
        let pronoun = i >= 1 && matches!(toks.key(i - 1), "мне" | "нам" | "тебе" | "вам" | "не");
        toks.key(i) == "есть"
            && (before(1)
                || (before(2) && pronoun)
                || matches!(toks.key(i + 1), "хочется" | "хочу"))
    });
    if let Some(i) = eat {
        cues.found.iter_mut().filter(|c| **c == Cue::SetStock).for_each(|c| *c = Cue::Filler);
        cues.consumed[i] = true;
        cues.wh_first = true;
    }
    // "будешь бутерброд?", "налить тебе чаю?": an offer; "сколько варить гречку?": a recipe.
    let has = |words: &[&str]| has_key(toks, words);
    let infinitive = (0..n).any(|j| {
        matches!(toks.toks[j], Tok::Word { .. }) && super::names_ru::infinitive(toks.key(j))
    });
    let buy = infinitive || has(&["беру", "куплю", "возьму"]);
    let offered = has(&["будешь", "будем", "будете"]) || (has(&["тебе", "вам"]) && buy);
    let how = has(&["сколько", "как"]) && infinitive;
    // "сыр свежий?", "творог не просрочен?": a question about the state, not the stock.
    let state = has(&[
        "свежий",
        "свежая",
        "свежее",
        "свежие",
        "просрочен",
        "просрочена",
        "просрочено",
        "просрочены",
        "испортился",
        "испортилась",
        "испортилось",
    ]);
    // "молоко 2,5% брать или 3,2%?": which one to buy, not whether there is any.
    let stock = has(&["есть", "осталось", "остался", "осталась", "остались"]);
    let choice = has(&["или"]) && has(&["брать", "взять", "купить"]) && !stock;
    let idle = offered || how || state || choice;
    if cues.question && idle && !cues.found.contains(&Cue::ListAdd) {
        cues.found.iter_mut().filter(|c| **c == Cue::Query).for_each(|c| *c = Cue::Wh);
        cues.wh_first = true;
    }
}

/// "купил всё по списку", "купила всё кроме рыбы": buying everything names no item to stock
/// (as "got everything except eggs").
fn russian_everything(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    if lex.lang != Lang::Ru {
        return;
    }
    let n = toks.toks.len();
    let bought = |i: usize| {
        cues.consumed[i]
            && lex.cues.get(toks.key(i)).is_some_and(|c| c.iter().any(|(_, c)| *c == Cue::Restock))
    };
    let everything = (0..n.saturating_sub(1)).find(|&i| {
        bought(i)
            && matches!(toks.key(i + 1), "всё" | "все")
            && (i + 2 == n
                || !matches!(toks.toks[i + 2], Tok::Word { .. })
                || matches!(toks.key(i + 2), "по" | "кроме" | "что" | "из"))
    });
    // "всё купила!": so does everything said before the purchase, alone.
    let mut words = (0..n).filter(|&i| matches!(toks.toks[i], Tok::Word { .. }));
    let (all, buy, more) = (words.next(), words.next(), words.next());
    let all_bought = all.is_some_and(|a| matches!(toks.key(a), "всё" | "все"))
        && buy.is_some_and(bought)
        && more.is_none();
    if lex.lang == Lang::Ru && all_bought {
        cues.found.iter_mut().for_each(|c| *c = Cue::Filler);
    }
    if let Some(i) = everything.filter(|_| lex.lang == Lang::Ru) {
        cues.found.iter_mut().filter(|c| **c == Cue::Restock).for_each(|c| *c = Cue::Filler);
        cues.consumed[i..].iter_mut().for_each(|c| *c = true);
    }
}

/// "сходи за хлебом", "сбегай в магазин за яйцами": in Russian going "за" a grocery is an
/// errand to buy it; "кто может заскочить за молоком?" asks someone to.
fn russian_errand(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    if lex.lang != Lang::Ru {
        return;
    }
    const GO: &[&str] = &[
        "сбегай",
        "сбегайте",
        "сбегать",
        "сгоняй",
        "сгонять",
        "сходи",
        "сходите",
        "сходить",
        "забеги",
        "забегите",
        "заедь",
        "заехать",
        "зайди",
        "зайдите",
        "зайти",
        "заскочи",
        "заскочите",
        "заскочить",
    ];
    let n = toks.toks.len();
    // "сбегала за хлебом": gone for it already, it was bought.
    const WENT: &[&str] = &["сбегала", "сбегал", "сбегали", "сходила", "сходил", "сходили"];
    let Some(go) = (0..n).find(|&i| GO.contains(&toks.key(i)) || WENT.contains(&toks.key(i)))
    else {
        return;
    };
    let Some(at) = (go + 1..n.saturating_sub(1))
        .find(|&j| toks.key(j) == "за" && matches!(toks.toks[j + 1], Tok::Word { .. }))
    else {
        return;
    };
    if lex.lang == Lang::Ru && !cues.consumed[go] {
        let went = WENT.contains(&toks.key(go));
        cues.found.push(if went { Cue::Restock } else { Cue::ListAdd });
        cues.consumed[go] = true;
        cues.consumed[at] = true;
    }
}

/// Whether any token of the message is one of `words`.
fn has_key(toks: &Tokens, words: &[&str]) -> bool {
    (0..toks.toks.len()).any(|i| words.contains(&toks.key(i)))
}

/// "добавила 2 ложки мёда в чай": in Russian an add in the past tense into something that is
/// no list (nor an order) used the item up in it.
fn russian_added_in(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    if lex.lang != Lang::Ru {
        return;
    }
    let n = toks.toks.len();
    let put = |k: &str| matches!(k, "положил" | "положила" | "положили");
    let Some(a) = (0..n)
        .find(|&i| matches!(toks.key(i), "добавил" | "добавила" | "добавили") || put(toks.key(i)))
    else {
        return;
    };
    // "в кашу добавила горсть изюма": the dish may come before the verb too.
    let into = (0..n.saturating_sub(1)).find(|&j| {
        j != a
            && matches!(toks.key(j), "в" | "во")
            && matches!(toks.toks[j + 1], Tok::Word { .. })
            && !lex.has(toks, j + 1, NOT_ITEM)
            && toks.key(j + 1) != "корзину"
    });
    if let Some(j) = into.filter(|_| !cues.list) {
        cues.found.iter_mut().filter(|c| **c == Cue::ListAdd).for_each(|c| *c = Cue::Consume);
        // "в чай положила 2 ложки сахара": putting into a dish or a drink uses it up too.
        if put(toks.key(a)) && !cues.found.contains(&Cue::Consume) {
            cues.found.push(Cue::Consume);
            cues.consumed[a] = true;
        }
        // "добавил в кофе сливки": what it went into is no item.
        cues.consumed[j..j + 2].iter_mut().for_each(|c| *c = true);
    }
}

/// "made a roast - used the chicken", "made soup using 3 carrots": a dash or a verb of use
/// ends the dish's clause too.
fn dish_end(lex: &Lexicon, toks: &Tokens, from: usize, end: usize) -> usize {
    let used = |j: usize| {
        lex.lang == Lang::En
            && lex.cues.get(toks.key(j)).is_some_and(|c| c.iter().any(|(_, c)| *c == Cue::Consume))
    };
    (from..end).find(|&j| matches!(toks.toks[j], Tok::Mark('—')) || used(j)).unwrap_or(end)
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
    let open = |i: usize| {
        matches!(toks.toks[i], Tok::Word { .. })
            && !cues.consumed[i]
            && (lex.lang != Lang::En || !lex.words.contains_key(toks.key(i)))
    };
    let mut words: Vec<usize> = (0..toks.toks.len()).filter(|&i| open(i)).take(2).collect();
    // German puts the participle last: "hab 6 eier gekuaft". Only a lowercase word there is
    // matched, and only against the long verb forms, so a trailing noun is no verb.
    let first_two = words.len();
    if lex.lang == Lang::De {
        let last = (0..toks.toks.len()).rev().find(|&i| open(i));
        words.extend(last.filter(|i| !words.contains(i)));
    }
    for (n, i) in words.into_iter().enumerate() {
        let key = toks.key(i);
        // "tomates" is no misspelt "tomaste"; "2 litres de lait": a unit word is no misspelt
        // verb ("livrés").
        if lex.words.contains_key(key)
            || lex.units.contains_key(key)
            || (lex.lang == Lang::Es && super::lexicon_es::is_grocery(key))
        {
            continue;
        }
        let at_end = n >= first_two;
        if at_end && (matches!(toks.toks[i], Tok::Word { upper: true, .. }) || key.len() < 6) {
            continue;
        }
        // "range", "vive": in French a word that differs in its first letter is another word.
        let first = |w: &str| lex.lang != Lang::Fr || w.chars().next() == key.chars().next();
        // The nearest known verb: "aufgebaucht" is "aufgebraucht", not "aufgemacht".
        let best = lex
            .fuzzy_cues
            .iter()
            .filter(|(w, _)| first(w) && (!at_end || w.chars().count() >= 6))
            .filter_map(|(w, c)| {
                typo::distance(key, w, typo::budget(w.chars().count())).map(|d| (d, *c))
            })
            // "купиль": a report of a purchase before a request on a tie.
            .min_by_key(|(d, c)| (*d, lex.lang == Lang::Ru && *c == Cue::ListAdd))
            .map(|(_, c)| c);
        if let Some(cue) = best {
            // "закупиться бы мясом": a Russian infinitive of buying wishes for it.
            let wish = lex.lang == Lang::Ru && super::names_ru::infinitive(key);
            cues.found.push(if wish && cue == Cue::Restock { Cue::ListAdd } else { cue });
            cues.consumed[i] = true;
            // "зделала салат из огурцов": a misspelt dish verb takes its dish as a known one does.
            if cue == Cue::Dish && !amount_at(lex, toks, i + 1) {
                let end = dish_end(lex, toks, i + 1, clause_end(lex, toks, i + 1));
                cues.consumed[i..end.max(i + 1)].iter_mut().for_each(|c| *c = true);
            }
            return;
        }
    }
}

/// "jai achte du lait": a misspelt participle right after "j'ai", "on a" is the verb, where
/// the auxiliary alone would read as "we have".
fn fuzzy_participle(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    let Some(i) = (1..toks.toks.len()).find(|&i| !cues.consumed[i]) else { return };
    let key = toks.key(i);
    if !aux_fr(lex, toks, i - 1)
        || !cues.consumed[i - 1]
        || !matches!(toks.toks[i], Tok::Word { .. })
        || lex.words.contains_key(key)
        // "on a pois chiches": a short word is too near too many verbs.
        || key.chars().count() < 5
    {
        return;
    }
    let best = lex.fuzzy_cues.iter().find(|(w, _)| typo::within(key, w)).map(|(_, c)| *c);
    if let Some(cue) = best {
        cues.found.push(cue);
        cues.consumed[i] = true;
    }
}

/// A French form of "avoir" that makes a past tense: "j'ai", "on a", SMS "jai".
fn aux_fr(lex: &Lexicon, toks: &Tokens, i: usize) -> bool {
    lex.lang == Lang::Fr
        && matches!(toks.key(i), "ai" | "a" | "as" | "avons" | "avez" | "ont" | "jai")
}

/// Whether the items carry amounts: any at all, and any written as a number or word
/// ("a slice of cake" implies one slice; "the last slice" is still the last).
#[derive(Clone, Copy)]
pub(crate) struct Amounts {
    pub any: bool,
    pub written: bool,
    /// A unit with "the" and no number: "drank the bottle of wine".
    pub definite: bool,
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
    // "I'll add it to the list": in English an add with nothing named is no request either.
    let errand =
        intent == Intent::ListAdd && !has_items && (cues.lang == Lang::En || (!bare && !cues.list));
    // "Welches soll ich kaufen?": a question about which one to buy names no stock.
    let which =
        intent == Intent::QueryStock && !has_items && cues.wh_first && cues.has(Cue::ListAdd);
    // "где купить хорошее мясо?": a question that opens with "where" asks no errand.
    let errand = errand || which || (intent == Intent::ListAdd && cues.wh_first && cues.question);
    // "Schon erledigt": a removal with nothing named, amid other words, is a reply.
    let errand = errand
        || (cues.lang == Lang::De
            && intent == Intent::ListRemove
            && !has_items
            && !bare
            && !cues.list);
    // "was gibts heute": what is there today is about a meal, not the stock.
    // "Es gibt Pizza heute Abend": a stock with no amount said for a time is a plan.
    // "Ist Papa schon da?": a question about being there, with nothing to stock.
    let nobody = asked && !has_items && !bare;
    let meal = nobody
        || (intent == Intent::QueryStock && !has_items && cues.time)
        || (intent == Intent::SetStock && !amounts.any && cues.time && !cues.question);
    // "on mange des crêpes ce soir ?": a question about a plan, with no amount.
    let verb_asked = intent == Intent::QueryStock
        && cues.found.iter().any(|c| matches!(c, Cue::Restock | Cue::Consume))
        && !cues.has(Cue::Query)
        && !cues.has(Cue::SetStock);
    let plan = (change || verb_asked) && cues.question && cues.time && !amounts.any;
    // "j'ai fait la vaisselle", "made dinner": a dish with no ingredient named.
    let dish = !has_items && cues.has(Cue::Dish) && !cues.has(Cue::Consume);
    // "сделал уроки?": a dish cue that names no ingredient and no amount reports nothing.
    let dish_unnamed = intent == Intent::Consume
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
    if (change && (wh || in_passing || dish_only || dish))
        || dish_unnamed
        || no_level
        || plan
        || (asked && cues.wh_first)
        || errand
        || meal
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
    // "we're out of potatoes, can you bring some?": after a depletion the errand is the ask.
    let out = cues.has(Deplete) || cues.has(DepleteWeak);
    // "do we have any eggs or should i grab some": an ask that opens the message, too.
    let query_first = cues.found.iter().find(|c| **c != Filler) == Some(&Query);
    if (cues.question || query_first) && asks_stock && cues.has(ListAdd) && !cues.list && !out {
        return Intent::QueryStock;
    }
    if cues.has(ListAdd) && has_items {
        return Intent::ListAdd;
    }
    // "compré todo lo de la lista": bought what the list says, naming nothing.
    if cues.list && !has_items && cues.has(Restock) && !cues.has(Show) {
        return Intent::Unknown;
    }
    // "Zeig mir den Vorrat", "Bestand anzeigen": shown is the stock, not the list.
    if cues.has(Show) && !cues.list && !has_items && (cues.has(Query) || cues.has(SetStock)) {
        return Intent::QueryStock;
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
    // "Eier haben wir noch 4": an amount stated, not asked for; with a verb ("zum Frühstück
    // haben wir 6 Eier gegessen") the verb says what happened.
    let stated = cues.has(Query) && amounts.written && !cues.question && !cues.has(Wh);
    let acted = cues.found.iter().any(|c| matches!(c, Consume | Restock | Deplete | DepleteSoft));
    if stated && !acted {
        return Intent::SetStock;
    }
    // "Vorrat aufgefüllt: Reis, Nudeln": a stock word beside a verb names what was done.
    if cues.has(Query) && !stated && (!acted || cues.question) {
        return Intent::QueryStock;
    }
    // "is the milk finished?", "no eggs?": asking whether it ran out.
    let asking = cues.question && !cues.exclaim && !has_qty;
    // "Milch war alle, hab 2 Liter gekauft": running out is why it was bought.
    if cues.has(Deplete) && !cues.has(Restock) {
        return if asking { Intent::QueryStock } else { Intent::Deplete };
    }
    // "Milch gekauft, die alte war abgelaufen": a purchase told first is the news.
    let bought_first =
        cues.found.iter().find(|c| matches!(c, Restock | DepleteSoft)) == Some(&Restock);
    // "finished a bottle of wine" drank one; "finished the jar of jam" emptied it.
    if cues.has(DepleteSoft) && !bought_first {
        return match (amounts.written, asking) {
            (true, _) => Intent::Consume,
            (false, true) => Intent::QueryStock,
            (false, false) => Intent::Deplete,
        };
    }
    // "j'ai pris 2 yaourts dans le frigo": taken from home is used, not bought.
    if cues.has(Take) && cues.has(Storage) && !cues.question {
        return if cues.has(DepleteMod) && !amounts.written {
            Intent::Deplete
        } else {
            Intent::Consume
        };
    }
    let verb = cues.found.iter().find(|c| matches!(c, Consume | Restock | Dish));
    match verb {
        // "hice la comida", "made dinner": a dish with nothing used in it reports nothing.
        Some(Dish) if !has_items => return Intent::Unknown,
        Some(Consume | Dish) if (cues.has(DepleteMod) || amounts.definite) && !amounts.written => {
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
    if cues.has(DepleteMod)
        && cues.lang == Lang::En
        && has_items
        && !cues.question
        && !amounts.written
    {
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
