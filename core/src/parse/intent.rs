//! Finds the cue phrases of a message and decides its intent from them.

use super::lexicon::{
    ADD_PREP, ARTICLE, CONJ, Cue, DET, DROP, FILLER, Lexicon, MODIFIER, NOT_ITEM, OF, PARTICIPLE,
    PREP, REMOVE_PREP, SKIP, TIME, VAGUE,
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
    /// A French question asks "what" ("quoi", "qu'est-ce que", "que faut-il").
    pub what: bool,
    /// "entamé", "ouvert": a container opened, not emptied.
    pub opened: bool,
    /// "we usually buy 2 loaves", "we go through 4 pints a week": a habit, no report.
    pub habit: bool,
    /// "why is there so much milk", "when did we buy these eggs?": asks why, when or who.
    pub why: bool,
    /// The language the message is read in.
    pub lang: Lang,
    /// A price was written: "eggs are £3 at tesco now" talks about the price.
    pub price: bool,
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
        what: false,
        opened: false,
        habit: false,
        why: false,
        lang: lex.lang,
        price: toks.price,
    };
    let skip = |j: usize| lex.has(toks, j, SKIP);
    // Whether only greetings and pronouns stand before token `i`.
    let mut opening = true;
    // "Klopapier brauchen wir": a need asks only with a question mark.
    let mut needs = Vec::new();
    let mut modals = Vec::new();
    let mut lead = false;
    // Each clause: its tokens and its cues, as ranges.
    let mut clauses: Vec<(usize, usize, usize, usize)> = Vec::new();
    let mut given = Vec::new();
    let mut brings = Vec::new();
    let mut buys = Vec::new();
    let mut took = Vec::new();
    let mut records = Vec::new();
    let mut fetched = Vec::new();
    // The "kein" cues of the current clause.
    let mut keins: Vec<usize> = Vec::new();
    // "keine … mehr": where the "kein" cue was found, and the token after a "mehr" after it.
    let mut no_more: Option<(usize, usize)> = None;
    // Where the last question mark and the last cue that tells what was done stand.
    let (mut last_ask, mut last_told) = (0, 0);
    // "nimm Brot mit", "nimm Eier auf die Liste": "nimm" takes off the list only with "von".
    let mut takes = Vec::new();
    let mut tells = Vec::new();
    let mut stills = Vec::new();
    // "got 3 tins of tomatoes still": a closing "still" makes "got" a stock.
    let mut gots = Vec::new();
    let mut by_order = false;
    // "currently 5 apples": "currently" tells a stock only with an amount.
    let mut currents = Vec::new();
    // "target run tmrw for school supplies", "the tesco delivery is coming at 7": a trip still
    // to make, a delivery still to come, is a plan.
    let mut runs = Vec::new();
    // "how's the coffee situation?": a situation asks only in a question.
    let mut situations = Vec::new();
    let mut dishes = Vec::new();
    let mut fetches = Vec::new();
    // French errands in the infinitive ("chercher", "acheter") and purchases written without
    // their accent ("achete"), by their place among the cues and their token.
    let mut errands = Vec::new();
    let mut unaccented = Vec::new();
    // "quelqu'un veut une crêpe ?": a want asked is an offer; "mis … au frigo": put away.
    let mut wants = Vec::new();
    let mut puts = Vec::new();
    // "il faut du doliprane ?": a French need asks only with a question mark.
    let mut needs_fr = Vec::new();
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
            clauses.push((clause, i, clause_cues, cues.found.len()));
            (clause, clause_cues) = (i + 1, cues.found.len());
            keins.clear();
        }
        match toks.toks[i] {
            Tok::Mark('?') => {
                answered = false;
                last_ask = i;
            }
            Tok::Mark('!') => cues.exclaim = true,
            Tok::Mark('=') => cues.found.push(Cue::SetStock),
            // "eggs: 0", "milk: 2l", "milk: half a bottle": a count after a name and a colon
            // states it.
            Tok::Mark(':')
                if matches!(lex.lang, Lang::En | Lang::Fr)
                    && i > 0
                    && matches!(toks.toks[i - 1], Tok::Word { .. })
                    && (matches!(toks.toks.get(i + 1), Some(Tok::Num { .. }))
                        || (matches!(toks.toks.get(i + 1), Some(Tok::Word { .. }))
                            && lex.entry(toks, i + 1).num.is_some()
                            && !lex.has(toks, i + 1, ARTICLE))) =>
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
                // "3 Euro bekommen": a price is no amount of anything either.
                let price = lex.lang == Lang::De
                    && matches!(toks.key(i + 1), "euro" | "eur" | "cent" | "franken" | "chf");
                cues.number |= !time && !price;
            }
            Tok::Word { .. } => {
                // Whether a word that is more than a greeting or a pronoun came before this one.
                let led = lead;
                lead |= !lex.has(toks, i, FILLER) || lex.has(toks, i, TIME);
                // "le poulet d'hier midi": in French a time after "hier", "de" dates the item.
                let dated_fr = lex.lang == Lang::Fr
                    && i > 0
                    && matches!(toks.key(i - 1), "hier" | "d'" | "de" | "du");
                cues.time |= lex.has(toks, i, TIME) && !dated(lex, toks, i) && !dated_fr;
                cues.polite |= matches!(
                    toks.key(i),
                    "please"
                        | "pls"
                        | "plz"
                        | "bitte"
                        | "favor"
                        | "porfa"
                        | "svp"
                        | "stp"
                        | "steuple"
                        | "steuplait"
                        | "plait"
                        | "пожалуйста"
                        | "dringend"
                );
                // "sin café 😩": a Spanish message that opens with "sin" says it ran out; so
                // does each "sin" joined to it ("sin leche y sin pan").
                let joined = || {
                    i > 0
                        && cues.found.last() == Some(&Cue::Deplete)
                        && (lex.has(toks, i - 1, CONJ) || toks.toks[i - 1] == Tok::Mark(','))
                };
                if lex.lang == Lang::Es
                    && toks.key(i) == "sin"
                    && toks.key(i + 1) != "falta"
                    && (opening || joined())
                {
                    cues.found.push(Cue::Deplete);
                    cues.verb = true;
                    cues.consumed[i] = true;
                    opening = false;
                    i += 1;
                    continue;
                }
                // "a drop of", "a bit of" are amounts, not the verb "drop".
                if let Some((end, ())) = lex.match_at(&lex.vague, toks, i, |_| false) {
                    opening = false;
                    i = end;
                    continue;
                }
                // "essuie-tout": in French the word after a hyphen belongs to the one before.
                let joined = lex.lang == Lang::Fr && toks.hyphen(i);
                if let Some((end, cue)) = lex.match_at(&lex.cues, toks, i, skip)
                    && !joined
                    && !counted_unit(lex, toks, i)
                    && !(end == i + 1 && adjective(lex, toks, i, &cues.consumed))
                    && !(end == i + 1 && stock_noun(lex, toks, i))
                    && !(end == i + 1 && listed_grocery(lex, toks, i, &cues))
                {
                    let cue = match lex.accented.get(toks.text(i)) {
                        Some(&written) if end == i + 1 => written,
                        _ => cue,
                    };
                    let cue = if end == i + 1 { unaccented_fr(lex, toks, i, cue) } else { cue };
                    // "ne mangez pas les yaourts", "je n'ai pas acheté de lait": a French
                    // verb between "ne" and "pas" reports nothing done.
                    let cue = if negated_fr(lex, toks, i, end)
                        && matches!(cue, Cue::Consume | Cue::Restock | Cue::Take)
                    {
                        Cue::Thanks
                    } else {
                        cue
                    };
                    // "les tomates que j'ai achetées hier sont pourries": a French verb in a
                    // relative clause describes the item.
                    let cue = if relative_fr(lex, toks, i)
                        && matches!(cue, Cue::Consume | Cue::Restock | Cue::Take)
                    {
                        Cue::Filler
                    } else {
                        cue
                    };
                    // "qui prend le pain ?": in French "who gets it" asks someone to buy it.
                    let cue = if cue == Cue::Wh
                        && lex.lang == Lang::Fr
                        && toks.key(i) == "qui"
                        && matches!(toks.key(i + 1), "prend" | "ramene" | "achete" | "rapporte")
                    {
                        Cue::Filler
                    } else {
                        cue
                    };
                    cues.opened |= lex.lang == Lang::Fr
                        && cue == Cue::Consume
                        && matches!(toks.key(i), "entame" | "entamee" | "ouvert" | "ouverte");
                    // "manger plus de légumes", "acheter plus de lait": after a French
                    // infinitive "plus de" is more, not none.
                    let cue = if cue == Cue::Deplete
                        && lex.lang == Lang::Fr
                        && toks.key(i) == "plus"
                        && i > 0
                        && (toks.key(i - 1).ends_with("er") || toks.key(i - 1).ends_with("ir"))
                    {
                        Cue::Filler
                    } else {
                        cue
                    };
                    // "Paul a pris les 2 derniers yaourts": the last ones taken are used.
                    let cue = if cue == Cue::Take && took_last_fr(lex, toks, end) {
                        Cue::Consume
                    } else {
                        cue
                    };
                    // "pris … dans le frigo": remembered, then read as the plain cue.
                    let cue = match cue {
                        Cue::Take | Cue::Storage => {
                            cues.found.push(cue);
                            if cue == Cue::Take { Cue::Restock } else { Cue::SetStock }
                        }
                        other => other,
                    };
                    // A depletion word that says something else here reads as a filler.
                    let single = cue == Cue::Deplete && end == i + 1;
                    let all = matches!(toks.key(i), "всё" | "все");
                    // "took 2 chicken breasts out": "out" after a use is where they went.
                    let went_out = lex.lang == Lang::En
                        && toks.key(i) == "out"
                        && cues.found.contains(&Cue::Consume);
                    // "всё, выезжаем": a Russian "всё" first and alone before a mark is "done".
                    let done = lex.lang == Lang::Ru
                        && all
                        && (0..i).all(|j| !matches!(toks.toks[j], Tok::Word { .. }))
                        && matches!(toks.toks.get(i + 1), Some(Tok::Mark(',' | '!' | '.')));
                    // "купил всё по списку": right after a purchase "всё" is what was bought.
                    let bought_all = lex.lang == Lang::Ru
                        && all
                        && i > 0
                        && cues.consumed[i - 1]
                        && cues.found.last() == Some(&Cue::Restock);
                    let cue =
                        if single && (went_out || done || bought_all) { Cue::Filler } else { cue };
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
                    let (cue, end) = english_reading(lex, toks, i, end, cue, &cues.consumed);
                    cues.verb |= !matches!(
                        cue,
                        Cue::Filler | Cue::List | Cue::DepleteMod | Cue::Remain | Cue::Wh
                    );
                    cues.list_verb |= matches!(cue, Cue::ListAdd | Cue::ListRemove);
                    // "Ist was vom Kuchen übrig?": "was" after a verb is "etwas".
                    let cue = if cue == Cue::Wh
                        && lex.lang == Lang::De
                        && toks.key(i) == "was"
                        && i > 0
                        && matches!(toks.key(i - 1), "ist" | "is" | "noch" | "gibt" | "gibts")
                    {
                        Cue::Filler
                    } else {
                        cue
                    };
                    // "Die Avocado ist noch hart": a state, not a stock.
                    let cue = if cue == Cue::SetStock && state_after(lex, toks, i, end) {
                        Cue::Filler
                    } else {
                        cue
                    };
                    // "la liste des invités": a French list of something that is no grocery
                    // is not the shopping list.
                    let other_list = lex.lang == Lang::Fr
                        && end == i + 1
                        && lex.has(toks, i + 1, OF)
                        && (i + 2..(i + 4).min(n))
                            .any(|j| lex.has(toks, j, FILLER) && !lex.has(toks, j, DET | SKIP));
                    let cue = if cue == Cue::List && other_list { Cue::Filler } else { cue };
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
                    cues.wh_first |= opening && cue == Cue::Wh && !asked_of_someone(lex, toks, i);
                    // "ce soir", "tomorrow morning": a time phrase taken as one cue.
                    cues.time |= (i..end).any(|j| lex.has(toks, j, TIME)) && !dated(lex, toks, i);
                    // "is there a spare loaf in the freezer": English asks by its word order,
                    // with or without a question mark.
                    by_order |= opening
                        && cue == Cue::Query
                        && lex.lang == Lang::En
                        && matches!(toks.key(i), "is" | "are" | "do" | "does" | "have" | "has");
                    opening &= cue == Cue::Filler;
                    // "Kannst du heute noch Kartoffeln holen?": "noch" is no stock with an errand.
                    if cue == Cue::SetStock && end == i + 1 && toks.key(i) == "noch" {
                        stills.push(cues.found.len());
                    }
                    if cue == Cue::Dish {
                        dishes.push(i);
                    }
                    if cue == Cue::Restock && end == i + 1 && toks.key(i) == "got" {
                        gots.push(cues.found.len());
                    }
                    if cue == Cue::Restock
                        && matches!(toks.key(end - 1), "run" | "trip" | "delivery" | "order")
                    {
                        runs.push(cues.found.len());
                    }
                    if cue == Cue::SetStock && end == i + 1 && toks.key(i) == "currently" {
                        currents.push(cues.found.len());
                    }
                    // "Bitte keine Chips mehr kaufen": not to buy any more takes it off.
                    let cue = match cue {
                        Cue::DepleteWeak if toks.key(i).starts_with("kein") => {
                            no_more = Some((cues.found.len(), 0));
                            cue
                        }
                        Cue::Filler if toks.key(i) == "mehr" => {
                            no_more = no_more.map(|(k, _)| (k, i + 1));
                            cue
                        }
                        // The verb right after "mehr".
                        Cue::ListAdd if lex.lang == Lang::De && toks.key(i).ends_with("en") => {
                            match no_more.take() {
                                Some((k, after)) if after == i => {
                                    cues.found[k] = Cue::Filler;
                                    Cue::ListRemove
                                }
                                _ => cue,
                            }
                        }
                        other => other,
                    };
                    // "Milch hab ich nicht bekommen", "Eier sind nicht alle": "nicht" right before
                    // a verb or a state denies it; "Hab keine Milch bekommen": so does "kein"
                    // earlier in the clause.
                    let done = matches!(
                        cue,
                        Cue::Restock | Cue::Consume | Cue::Deplete | Cue::DepleteSoft
                    );
                    let no = matches!(cue, Cue::Restock | Cue::Consume) && !keins.is_empty();
                    let cue = if lex.lang == Lang::De
                        && done
                        && end == i + 1
                        && ((i > 0 && toks.key(i - 1) == "nicht") || no)
                    {
                        keins.drain(..).for_each(|k| cues.found[k] = Cue::Filler);
                        Cue::Filler
                    } else {
                        cue
                    };
                    if cue == Cue::DepleteWeak {
                        keins.push(cues.found.len());
                    }
                    // What was done or asked for, told rather than asked.
                    if matches!(
                        cue,
                        Cue::ListAdd
                            | Cue::ListRemove
                            | Cue::Deplete
                            | Cue::DepleteSoft
                            | Cue::Restock
                            | Cue::Consume
                    ) {
                        last_told = i;
                    }
                    if cue == Cue::Consume && toks.key(i) == "gegeben" {
                        given.push(cues.found.len());
                    }
                    if cue == Cue::Query && end == i + 1 && toks.key(i) == "situation" {
                        situations.push(cues.found.len());
                    }
                    if cue == Cue::Restock && matches!(toks.key(i), "geholt" | "rausgeholt") {
                        fetched.push(cues.found.len());
                    }
                    // "Trag ein: 2 Flaschen Wein gekauft": a record verb before a colon.
                    let colon =
                        (end..n.min(end + 2)).any(|j| matches!(toks.toks[j], Tok::Mark(':')));
                    if cue == Cue::ListAdd && colon && lex.lang == Lang::De {
                        records.push(cues.found.len());
                    }
                    if cue == Cue::ListAdd && toks.key(i).starts_with("setz") {
                        sets.push(cues.found.len());
                    }
                    if cue == Cue::Query && toks.key(i).starts_with("brauch") {
                        needs.push(cues.found.len());
                    }
                    // "Wer holt Lisa vom Kindergarten ab?": "holt … ab" picks up, buys nothing.
                    if lex.lang == Lang::Fr
                        && cue == Cue::ListAdd
                        && (i..end).any(|j| matches!(toks.key(j), "faut" | "besoin"))
                    {
                        needs_fr.push((cues.found.len(), i));
                    }
                    if lex.lang == Lang::Fr && matches!(toks.key(i), "veut" | "veulent") {
                        wants.push(cues.found.len());
                    }
                    if lex.lang == Lang::Fr
                        && (i..end).any(|j| matches!(toks.key(j), "mis" | "mise" | "mises"))
                    {
                        puts.push(cues.found.len());
                    }
                    if lex.lang == Lang::Fr && cue == Cue::ListAdd && infinitive_fr(toks.key(i)) {
                        errands.push((cues.found.len(), i));
                    }
                    if lex.lang == Lang::Fr
                        && cue == Cue::Restock
                        && end == i + 1
                        && toks.text(i) == toks.key(i)
                        && !(i > 0 && aux_fr(lex, toks, i - 1))
                        && lex.cues.get(toks.key(i)).is_some_and(|c| {
                            c.iter().any(|(rest, c)| rest.is_empty() && *c == Cue::ListAdd)
                        })
                    {
                        unaccented.push(cues.found.len());
                    }
                    if cue == Cue::ListAdd && toks.key(i).starts_with("hol") {
                        fetches.push(cues.found.len());
                    }
                    if cue == Cue::ListRemove && matches!(toks.key(i), "nimm" | "nimmst") {
                        takes.push(cues.found.len());
                    }
                    // "Kauf den Käse bitte nicht mehr": a buying verb later denied.
                    if cue == Cue::ListAdd
                        && matches!(toks.key(i), "kauf" | "kaufe" | "kauft" | "hol" | "holt")
                    {
                        buys.push((cues.found.len(), i));
                    }
                    // "Ich nehme Milch mit": taken along from the shop is an errand.
                    if cue == Cue::Consume && matches!(toks.key(i), "nehme" | "nehm") {
                        brings.push(cues.found.len());
                    }
                    if cue == Cue::Consume && toks.key(i) == "genommen" {
                        took.push(cues.found.len());
                    }
                    // "Morgen müssen wir Milch kaufen": a modal after another word is no ask.
                    if cue == Cue::Query
                        && led
                        && lex.lang == Lang::De
                        && matches!(toks.key(i), "mussen" | "sollen" | "muss" | "soll")
                    {
                        modals.push(cues.found.len());
                    }
                    // "Linsen haben wir noch": after the item, "haben wir" tells; so does
                    // "Reis reicht noch für ne Woche".
                    if cue == Cue::Query
                        && i > 0
                        && matches!(toks.key(i), "haben" | "ham" | "reicht" | "reichen")
                    {
                        tells.push(cues.found.len());
                    }
                    // "Cereal? Gone.": a depletion after the question answers it; in English
                    // "gone" is a soft one.
                    let gone = cue == Cue::DepleteSoft && lex.lang == Lang::En;
                    answered |= cues.question && (cue == Cue::Deplete || gone);
                    // "was going to make lasagne", "wanna bake": a dish to make is a plan; its
                    // clause still names no item.
                    let planned = cue == Cue::Dish
                        && lex.lang == Lang::En
                        && i > 0
                        && matches!(toks.key(i - 1), "to" | "gonna" | "wanna");
                    cues.found.push(if planned { Cue::Filler } else { cue });
                    let end = if matches!(cue, Cue::Dish | Cue::Thanks)
                        && (!amount_at(lex, toks, end)
                            || (cue == Cue::Dish && made_with(lex, toks, end)))
                        && !(cue == Cue::Dish && used_up_at(lex, toks, end))
                    {
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
                // "neeed milk", "addd eggs": a verb typed with a letter held down.
                if let Some(cue) = lex.held_cue(toks.key(i)).filter(|c| {
                    matches!(
                        c,
                        Cue::Consume
                            | Cue::Restock
                            | Cue::Deplete
                            | Cue::ListAdd
                            | Cue::ListRemove
                            | Cue::Undo
                            | Cue::Show
                    )
                }) {
                    cues.verb = true;
                    cues.list_verb |= matches!(cue, Cue::ListAdd | Cue::ListRemove);
                    cues.found.push(cue);
                    cues.consumed[i] = true;
                    i += 1;
                    continue;
                }
                // "the ketchup's low": after a contracted "is", "low" asks for more.
                if lex.lang == Lang::En
                    && toks.key(i) == "low"
                    && i > 0
                    && toks.text(i - 1).ends_with("'s")
                {
                    cues.verb = true;
                    cues.found.push(Cue::ListAdd);
                    cues.consumed[i] = true;
                    i += 1;
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
                // "les colocs, qui a pris …": in French a group addressed may open too.
                let det = lex.lang == Lang::Fr && lex.has(toks, i, DET);
                opening &= lex.has(toks, i, FILLER) || det;
            }
            _ => {}
        }
        i += 1;
    }
    // "Magst du auf dem Heimweg Eier holen?": a wish asked with an errand verb is the errand.
    if lex.lang == Lang::De && cues.found.contains(&Cue::ListAdd) {
        let first = (0..n).find(|&i| matches!(toks.toks[i], Tok::Word { .. }));
        if first.is_some_and(|i| {
            matches!(toks.key(i), "magst" | "willst" | "mochtest" | "wurdest" | "mogt" | "wollt")
        }) {
            cues.wh_first = false;
            for c in cues.found.iter_mut().filter(|c| **c == Cue::Wh) {
                *c = Cue::Filler;
            }
        }
    }
    // "Wer geht einkaufen? Wir brauchen Milch", "Wer war am Kühlschrank? Die Sahne ist weg!":
    // what is told after the question is the news; a question about people before it names
    // nothing ("Wer fährt zu Ikea? …").
    if lex.lang == Lang::De && cues.question && last_told > last_ask {
        if cues.wh_first {
            cues.consumed[..last_ask].iter_mut().for_each(|c| *c = true);
        }
        cues.question = false;
        cues.wh_first = false;
    }
    // "Spinat aus der Tiefkühltruhe geholt": fetched from where it is kept at home is used.
    let stored = (1..n).any(|i| {
        matches!(toks.key(i - 1), "aus" | "dem" | "der" | "vom")
            && matches!(
                toks.key(i),
                "kuhlschrank"
                    | "gefrierfach"
                    | "tiefkuhler"
                    | "tiefkuhltruhe"
                    | "truhe"
                    | "gefrierschrank"
                    | "keller"
                    | "vorratsschrank"
                    | "speisekammer"
                    | "tk"
            )
            && (i < 2 || toks.key(i - 2) == "aus" || toks.key(i - 1) == "aus")
    });
    if lex.lang == Lang::De && stored {
        fetched.iter().for_each(|&k| cues.found[k] = Cue::Consume);
    }
    // "Bitte keine Chips mehr": asked not to get any more, it comes off the list.
    if let Some((k, _)) = no_more.filter(|&(_, after)| after > 0)
        && lex.lang == Lang::De
        && cues.polite
        && cues.found.iter().all(|c| matches!(c, Cue::Filler | Cue::DepleteWeak))
    {
        cues.found[k] = Cue::ListRemove;
    }
    let no_longer = (1..n).find(|&i| toks.key(i - 1) == "nicht" && toks.key(i) == "mehr");
    if lex.lang == Lang::De
        && let Some(at) = no_longer
    {
        for &(k, _) in buys.iter().filter(|&&(_, i)| i < at) {
            cues.found[k] = Cue::ListRemove;
        }
    }
    // "Trag ein: 2 Flaschen Wein gekauft": what is recorded is the news, not an add.
    let changed = cues
        .found
        .iter()
        .any(|c| matches!(c, Cue::Restock | Cue::Consume | Cue::Deplete | Cue::DepleteSoft));
    if changed {
        records.iter().for_each(|&k| cues.found[k] = Cue::Filler);
    }
    // "Oma hat uns Eier gegeben": given to us is got; given to the dog, used.
    if lex.lang == Lang::De && (0..n).any(|i| matches!(toks.key(i), "uns" | "mir")) {
        given.iter().for_each(|&k| cues.found[k] = Cue::Restock);
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
    if lex.lang == Lang::Fr {
        french_cues(lex, toks, &mut cues, &needs_fr, &unaccented, &errands);
        if cues.question {
            wants.iter().for_each(|&k| cues.found[k] = Cue::Filler);
        }
        if cues.found.contains(&Cue::Storage) {
            puts.iter().for_each(|&k| cues.found[k] = Cue::SetStock);
        }
    }
    russian_everything(lex, toks, &mut cues);
    // "café, por favor": in Spanish "favor" inside the phrase "por favor" is polite too, and
    // so is a texted "porfi" or an "urgente".
    if lex.lang == Lang::Es {
        cues.polite |= (0..n).any(|i| {
            matches!(toks.key(i), "favor" | "porfa" | "porfi" | "xfa" | "xfi" | "plis" | "urgente")
        });
    }
    russian_eating(lex, toks, &mut cues);
    if !cues.question {
        needs.iter().for_each(|&k| cues.found[k] = Cue::ListAdd);
        modals.iter().for_each(|&k| cues.found[k] = Cue::Filler);
        tells.iter().for_each(|&k| cues.found[k] = Cue::SetStock);
    }
    if answered {
        cues.question = false;
    }
    // "Die Milch steht noch draußen": "noch" tells a stock only with an amount.
    let counted = cues.number || (0..n).any(|i| lex.entry(toks, i).num.is_some());
    if !counted {
        currents.iter().for_each(|&k| cues.found[k] = Cue::Filler);
    }
    if !cues.question && !cues.wh_first {
        situations.iter().for_each(|&k| cues.found[k] = Cue::Filler);
    }
    let ahead = (0..n).any(|i| {
        matches!(toks.key(i), "tomorrow" | "tmrw" | "tmr" | "later" | "soon" | "coming" | "due")
    });
    if lex.lang == Lang::En && ahead {
        runs.iter().for_each(|&k| cues.found[k] = Cue::Filler);
    }
    if lex.lang == Lang::De && (cues.found.contains(&Cue::ListAdd) || (!counted && !cues.question))
    {
        stills.iter().for_each(|&k| cues.found[k] = Cue::Filler);
    }
    german_dish(lex, toks, &mut cues, &dishes);
    german_wish(lex, toks, &mut cues);
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
    // "tomates, 6": in Spanish a comma does the same.
    // "café: cero": a Spanish number word does too.
    let headed = (1..n).find(|&i| {
        (matches!(toks.toks[i - 1], Tok::Mark(':' | '—'))
            || (lex.lang == Lang::Es && toks.toks[i - 1] == Tok::Mark(',')))
            && (matches!(toks.toks[i], Tok::Num { .. })
                || (lex.lang == Lang::Es
                    && lex.entry(toks, i).num.is_some()
                    && !lex.has(toks, i, ARTICLE)))
    });
    // "Gestern auf dem Markt: 1 kg Kirschen": a shop named in the heading says they were bought.
    let shopped = headed.is_some_and(|h| {
        (1..h).any(|j| lex.has(toks, j, NOT_ITEM) && lex.has(toks, j - 1, DET | PREP))
    });
    // "Zum Grillen: 10 Würstchen, 6 Steaks": a purpose heading asks for what follows.
    let purpose = headed.is_some_and(|h| {
        (0..h)
            .find(|&j| matches!(toks.toks[j], Tok::Word { .. }))
            .is_some_and(|j| matches!(toks.key(j), "zum" | "zur" | "fur" | "furs"))
    });
    // "Frühstück: 2 Brötchen, 1 Ei": a meal heading says what was eaten.
    let meal = headed.is_some_and(|h| {
        (0..h).any(|j| {
            matches!(toks.key(j), "fruhstuck" | "mittagessen" | "abendessen" | "abendbrot")
        })
    });
    if lex.lang == Lang::De && headed.is_some() && cues.found.iter().all(|c| *c == Cue::Filler) {
        cues.found.push(match (purpose, shopped, meal) {
            (true, _, _) => Cue::ListAdd,
            (_, true, _) => Cue::Restock,
            (_, _, true) => Cue::Consume,
            _ => Cue::SetStock,
        });
    }
    // "хлеб — 0": in Russian only a zero, since "яйца - 10 шт" may be a line of a list.
    let zero = (1..n).any(|i| {
        matches!(toks.toks[i - 1], Tok::Mark(':' | '—'))
            && matches!(toks.toks[i], Tok::Num { value, .. } if value == 0.0)
    });
    let stated = (headed.is_some() && lex.lang == Lang::Es) || (zero && lex.lang == Lang::Ru);
    if stated && cues.found.iter().all(|c| *c == Cue::Filler) {
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
    // "Brötchen 6 Stück vom Bäcker": an amount from a shop, with no verb, was bought.
    let at = |j: usize| matches!(toks.key(j), "vom" | "beim" | "bei" | "im" | "aus" | "von");
    let from_shop = (1..n).any(|j| {
        shop(toks, j) && (at(j - 1) || (j >= 2 && lex.has(toks, j - 1, DET) && at(j - 2)))
    });
    if lex.lang == Lang::De
        && from_shop
        && cues.number
        && !cues.question
        && cues.found.iter().all(|c| *c == Cue::Filler)
    {
        cues.found.push(Cue::Restock);
    }
    let last_word = (0..n).rev().find(|&i| matches!(toks.toks[i], Tok::Word { .. }));
    let along = last_word.is_some_and(|i| toks.key(i) == "mit");
    if lex.lang == Lang::En && last_word.is_some_and(|i| toks.key(i) == "still") {
        gots.iter().for_each(|&k| cues.found[k] = Cue::SetStock);
    }
    // "how many eggs we got": after "how many", "got" asks the stock too.
    let first = (0..n).find(|&i| matches!(toks.toks[i], Tok::Word { .. }));
    let how =
        first.is_some_and(|i| toks.key(i) == "how" && matches!(toks.key(i + 1), "many" | "much"));
    if lex.lang == Lang::En && how && cues.found.contains(&Cue::Query) {
        gots.iter().for_each(|&k| cues.found[k] = Cue::Filler);
    }
    if lex.lang == Lang::De && last_word.is_some_and(|i| toks.key(i) == "ab") {
        fetches.iter().for_each(|&k| cues.found[k] = Cue::Filler);
    }
    // "nehm ich morgen": taking later is a plan, not a use.
    if lex.lang == Lang::De && !along && cues.time {
        brings.iter().for_each(|&k| cues.found[k] = Cue::Filler);
    }
    if along && !brings.is_empty() {
        brings.iter().for_each(|&k| cues.found[k] = Cue::ListAdd);
        if let Some(i) = last_word {
            cues.consumed[i] = true;
        }
    }
    if along || cues.found.contains(&Cue::ListAdd) {
        takes.iter().for_each(|&k| cues.found[k] = Cue::ListAdd);
        if let Some(i) = last_word.filter(|_| along && !takes.is_empty()) {
            cues.consumed[i] = true;
        }
    }
    // "Ich geh jetzt einkaufen, Liste?": the list word asked for alone.
    if lex.lang == Lang::De
        && (1..n).any(|i| {
            matches!(toks.toks[i], Tok::Mark('?'))
                && matches!(
                    toks.key(i - 1),
                    "liste" | "einkaufsliste" | "zettel" | "einkaufszettel"
                )
        })
    {
        cues.found.push(Cue::Show);
    }
    // "Was soll ich beim Bäcker holen?": what to buy is what the list says; so is whether to
    // buy anything ("Müssen wir noch was für Sonntag einkaufen?").
    // "braucht jemand was?" asks the others, not the list.
    let something = (0..n).any(|i| matches!(toks.key(i), "was" | "etwas" | "irgendwas"))
        && !(0..n).any(|i| matches!(toks.key(i), "jemand" | "jmd" | "wer" | "irgendwer"));
    let first_word = (0..n).find(|&i| matches!(toks.toks[i], Tok::Word { .. }));
    // "что ещё надо докупить?": in Russian too.
    let what = |i: usize| match lex.lang {
        Lang::De => matches!(toks.key(i), "was" | "wat"),
        Lang::Ru => matches!(toks.key(i), "что" | "чё" | "че" | "шо"),
        _ => false,
    };
    let de = lex.lang == Lang::De;
    // "что берём в магазине?": a purchase in the present asks the same.
    let buying = lex.lang == Lang::Ru
        && (0..n).any(|i| matches!(toks.key(i), "берём" | "берем" | "беру" | "покупаем"));
    let first_word = if lex.lang == Lang::Ru { opener } else { first_word };
    if cues.question
        && (first_word.is_some_and(what) || (de && something))
        && (cues.found.contains(&Cue::ListAdd) || (de && !needs.is_empty()) || buying)
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
    // "Duschgel war im Angebot, hab 3 genommen": taken at the shop is bought.
    if lex.lang == Lang::De && (0..n).any(|i| shop(toks, i) || toks.key(i) == "angebot") {
        took.iter().for_each(|&k| cues.found[k] = Cue::Restock);
    }
    // "Liste ist jetzt leer": the list itself is empty, nothing to show or stock.
    if lex.lang == Lang::De
        && cues.list
        && cues.found.contains(&Cue::Deplete)
        && !cues.found.iter().any(|c| matches!(c, Cue::Show | Cue::ListAdd | Cue::ListRemove))
    {
        cues.list = false;
        for c in cues.found.iter_mut().filter(|c| matches!(c, Cue::Deplete | Cue::List)) {
            *c = Cue::Filler;
        }
    }
    german_shop_offer(lex, toks, &mut cues);
    // "Neues Olivenöl ist da": new stock that is there was just got.
    if lex.lang == Lang::De
        && !cues.number
        && !cues.question
        && (0..n).any(|i| matches!(toks.key(i), "neu" | "neue" | "neues" | "neuer" | "neuen"))
        && !cues.found.iter().any(|c| matches!(c, Cue::Query | Cue::ListAdd | Cue::ListRemove))
    {
        for c in cues.found.iter_mut().filter(|c| **c == Cue::SetStock) {
            *c = Cue::Restock;
        }
    }
    german_bare(lex, toks, &mut cues);
    german_split_verb(lex, toks, &mut cues);
    // "drnak the last of the juice", "remvoe bread from the list": cues that need a verb beside
    // them do not stop the look for a misspelt one.
    // "выпел весь кефир": "весь" alone says nothing of what was done.
    let no_verb = !cues.found.iter().any(|c| !matches!(c, Cue::Filler | Cue::DepleteMod));
    // "hay q conprar arroz": a Spanish stock word beside a misspelt verb says no more.
    let level_only = lex.lang == Lang::Es
        && cues.found.iter().all(|c| matches!(c, Cue::Filler | Cue::SetStock | Cue::DepleteMod));
    let open = no_verb || (matches!(lex.lang, Lang::En | Lang::Fr | Lang::Ru) && !cues.verb);
    if open || level_only {
        // Beside a stock word only a long verb is looked for: "hay 3 cocas" is no "coges".
        fuzzy_verb(lex, toks, &mut cues, !open);
    } else if cues.found.iter().all(|c| matches!(c, Cue::Filler | Cue::SetStock)) {
        fuzzy_participle(lex, toks, &mut cues);
    }
    clauses.push((clause, n, clause_cues, cues.found.len()));
    german_contrast(lex, toks, &mut cues, &clauses);
    german_subject(lex, toks, &mut cues);
    offer(lex, toks, &mut cues);
    cues.question |= by_order;
    cues.habit = habit(lex, toks, &cues);
    let first = (0..n).find(|&i| matches!(toks.toks[i], Tok::Word { .. }));
    cues.why = lex.lang == Lang::En
        && first.is_some_and(|i| matches!(toks.key(i), "why" | "when" | "who" | "whose" | "where"));
    stock_heading(lex, toks, &mut cues);
    trip_heading(lex, toks, &mut cues);
    who_can(lex, toks, &mut cues);
    clock_time(lex, toks, &mut cues);
    reason_first(lex, toks, &mut cues);
    chore_verbs(lex, toks, &mut cues);
    any_first(lex, toks, &mut cues);
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
    cues.what = asks_what_fr(lex, toks);
    // "reste du lait ou pas": "ou pas" asks, with or without a question mark.
    cues.question |= lex.lang == Lang::Fr
        && (1..toks.toks.len())
            .any(|i| toks.key(i - 1) == "ou" && matches!(toks.key(i), "pas" | "non" | "faut"));
    cues
}

/// How an English cue reads in its place: "need to fix the tap" is a chore (the verb after
/// "to" is no item), "the soup needs more salt" a taste, "Note:" a heading, "we'll finish the
/// milk" a plan, "the cheese you got" a description; the cue and where it ends.
fn english_reading(
    lex: &Lexicon,
    toks: &Tokens,
    i: usize,
    end: usize,
    cue: Cue,
    consumed: &[bool],
) -> (Cue, usize) {
    if lex.lang != Lang::En {
        return (cue, end);
    }
    let chore = cue == Cue::ListAdd
        && toks.key(end - 1).starts_with("need")
        && toks.key(end) == "to"
        && matches!(toks.toks.get(end + 1), Some(Tok::Word { .. }))
        && lex.entry(toks, end + 1).num.is_none()
        && !super::lexicon_en::BUY_VERBS.contains(&toks.key(end + 1))
        && lex.match_at(&lex.cues, toks, end + 1, |j| lex.has(toks, j, SKIP)).is_none();
    if chore {
        return (Cue::Filler, end + 2);
    }
    let taste = cue == Cue::ListAdd
        && end == i + 1
        && toks.key(i) == "needs"
        && i > 0
        && matches!(toks.toks[i - 1], Tok::Word { .. })
        && !consumed[i - 1]
        && lex.entry(toks, i - 1).flags & (FILLER | NOT_ITEM | SKIP | DET) == 0
        && !matches!(toks.key(end), "buying" | "getting" | "ordering" | "replacing");
    let heading = cue == Cue::ListAdd
        && toks.key(i) == "note"
        && matches!(toks.toks.get(end), Some(Tok::Mark(':')));
    let future = matches!(cue, Cue::Consume | Cue::Deplete | Cue::DepleteSoft)
        && i > 0
        && (toks.key(i - 1).ends_with("'ll")
            || matches!(toks.key(i - 1), "will" | "gonna" | "ill" | "well"));
    let described = matches!(cue, Cue::Restock | Cue::Consume) && told_of_you(lex, toks, i, cue);
    if taste || heading || future || described { (Cue::Filler, end) } else { (cue, end) }
}

/// Whether the cue at `i` follows "you" right after a plain word: "the cheese you got".
fn told_of_you(lex: &Lexicon, toks: &Tokens, i: usize, cue: Cue) -> bool {
    // "the eggs I bought were cracked": so does "I" after "the" and a name, for a purchase
    // ("for the cake I used 3 eggs" is a use).
    let mine = cue == Cue::Restock
        && toks.key(i.saturating_sub(1)) == "i"
        && i >= 3
        && toks.key(i - 3) == "the";
    i >= 2
        && (matches!(toks.key(i - 1), "you" | "u") || mine)
        && matches!(toks.toks[i - 2], Tok::Word { .. })
        && lex.entry(toks, i - 2).flags & (FILLER | SKIP | PREP | CONJ | TIME) == 0
        && lex.entry(toks, i - 2).num.is_none()
}

/// Whether a German "ist noch" at `i..end` is followed by an adjective that ends the clause:
/// "Die Avocado ist noch hart", "Milch ist noch gut".
fn state_after(lex: &Lexicon, toks: &Tokens, i: usize, end: usize) -> bool {
    // "Die Mangos sind noch nicht reif": "nicht" may stand before the adjective.
    let end_adj = end + usize::from(toks.key(end) == "nicht");
    let adjective = matches!(toks.toks.get(end_adj), Some(Tok::Word { upper: false, .. }))
        && lex.entry(toks, end_adj).flags & !DROP == 0
        && lex.entry(toks, end_adj).num.is_none()
        && !lex.cues.contains_key(toks.key(end_adj));
    // "Ist die Milch noch haltbar?": "noch" alone before the adjective, too.
    let verb = (end > i + 1 && matches!(toks.key(i), "ist" | "sind" | "is")) || end == i + 1;
    lex.lang == Lang::De
        && verb
        && toks.key(end - 1) == "noch"
        && adjective
        && !matches!(toks.toks.get(end_adj + 1), Some(Tok::Word { .. } | Tok::Num { .. }))
}

/// "Im Rewe gibt's Erdbeeren im Angebot", "Bei Aldi gibt's keine Hefe": what a shop has or
/// lacks says nothing of our stock.
fn german_shop_offer(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    let shop = |i: usize| shop(toks, i) || toks.key(i) == "angebot";
    let n = toks.toks.len();
    let gibt = (0..n).find(|&i| toks.key(i).starts_with("gibt") || toks.key(i).starts_with("gab"));
    if lex.lang != Lang::De || cues.question || gibt.is_none() || !(0..n).any(shop) {
        return;
    }
    for c in cues.found.iter_mut() {
        if matches!(c, Cue::Query | Cue::SetStock | Cue::Deplete) {
            *c = Cue::Filler;
        }
    }
}

/// "Wir haben Brot, brauchen aber noch Butter", "Butter ist da, aber Milch fehlt": beside a
/// clause that asks for or reports a change, a German clause that only states a stock is the
/// contrast, and names no item. (Beside a removal it is the reason and names the item: "Brot
/// haben wir genug, kann von der Liste runter".)
fn german_contrast(
    lex: &Lexicon,
    toks: &Tokens,
    cues: &mut Cues,
    clauses: &[(usize, usize, usize, usize)],
) {
    let acted = |c: &Cue| {
        matches!(
            c,
            Cue::ListAdd
                | Cue::Deplete
                | Cue::DepleteSoft
                | Cue::DepleteWeak
                | Cue::Restock
                | Cue::Consume
        )
    };
    // The cue ranges were taken while the cues were found; none has been removed since, but a
    // bound keeps a slip from panicking.
    let range = |a: usize, b: usize| {
        let b = b.min(cues.found.len());
        a.min(b)..b
    };
    let stock_only = |&(_, _, a, b): &(usize, usize, usize, usize)| {
        let found = &cues.found[range(a, b)];
        found.contains(&Cue::SetStock)
            && found.iter().all(|c| matches!(c, Cue::SetStock | Cue::Remain | Cue::Filler))
    };
    // "Erdbeeren sind wieder da, hab 2 Schalen gekauft": the clause that acts must name its own.
    let names = |from: usize, to: usize| {
        (from..to).any(|j| {
            matches!(toks.toks[j], Tok::Word { .. })
                && !cues.consumed[j]
                && lex.entry(toks, j).flags & (FILLER | DET | NOT_ITEM | VAGUE) == 0
                && !lex.units.contains_key(toks.key(j))
        })
    };
    // "Bitte Salat und Tomaten, Gurke haben wir": a clause of names asked for with "bitte" acts.
    let polite = |from: usize, to: usize| {
        cues.polite && (from..to).any(|j| matches!(toks.key(j), "bitte" | "pls" | "plz"))
    };
    let any_acted = clauses.iter().any(|&(from, to, a, b)| {
        let found = &cues.found[range(a, b)];
        let asked = found.iter().all(|c| *c == Cue::Filler) && polite(from, to);
        (found.iter().any(acted) || asked) && names(from, to)
    });
    let removal = cues.found.contains(&Cue::ListRemove);
    if lex.lang != Lang::De || cues.question || clauses.len() < 2 || !any_acted || removal {
        return;
    }
    // "Wir haben Äpfel, Bananen und Trauben gekauft": "haben" with a participle at the end is
    // the past of the verb, a list split by commas, no stock.
    let last = (0..toks.toks.len()).rev().find(|&i| matches!(toks.toks[i], Tok::Word { .. }));
    let participle = last.is_some_and(|i| cues.consumed[i] && toks.key(i).starts_with("ge"));
    let perfect = |&(from, to, _, _): &(usize, usize, usize, usize)| {
        participle
            && (from..to).any(|j| {
                cues.consumed[j] && matches!(toks.key(j), "haben" | "hab" | "habe" | "hat" | "habt")
            })
    };
    let quiet: Vec<(usize, usize, usize, usize)> =
        clauses.iter().copied().filter(|c| stock_only(c) && !perfect(c)).collect();
    for (from, to, a, b) in quiet {
        cues.consumed[from..to].iter_mut().for_each(|c| *c = true);
        let b = b.min(cues.found.len());
        cues.found[a.min(b)..b].iter_mut().for_each(|c| *c = Cue::Filler);
    }
}

/// "Saft aus": a German "aus" ending a message with nothing else said means it ran out;
/// "Klopapier!!": a staple alone, exclaimed, asks for it.
fn german_bare(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    let n = toks.toks.len();
    let words = (0..n).filter(|&i| matches!(toks.toks[i], Tok::Word { .. })).count();
    if lex.lang != Lang::De || cues.question || cues.found.iter().any(|c| *c != Cue::Filler) {
        return;
    }
    let last = (0..n).rev().find(|&i| matches!(toks.toks[i], Tok::Word { .. }));
    // "Gurken sind jetzt 5 Stück": an amount told with "sind" states the stock.
    if cues.number && (0..n).any(|i| matches!(toks.key(i), "sind" | "ist" | "is")) {
        cues.found.push(Cue::SetStock);
        return;
    }
    if let Some(i) = last.filter(|&i| i > 0 && toks.key(i) == "aus" && words == 2) {
        cues.found.push(Cue::Deplete);
        cues.consumed[i] = true;
    } else if cues.exclaim
        && words == 1
        && last.is_some_and(|i| super::lexicon_de::staple(toks.text(i)))
    {
        cues.polite = true;
    }
}

/// Whether word `i` is a German shop: "Rewe", "Bäcker", "Markt".
fn shop(toks: &Tokens, i: usize) -> bool {
    matches!(
        toks.key(i),
        "rewe"
            | "aldi"
            | "lidl"
            | "edeka"
            | "penny"
            | "netto"
            | "kaufland"
            | "dm"
            | "rossmann"
            | "migros"
            | "coop"
            | "billa"
            | "spar"
            | "hofer"
            | "denner"
            | "supermarkt"
            | "markt"
            | "laden"
            | "backer"
            | "metzger"
            | "hofladen"
            | "wochenmarkt"
            | "bauer"
            | "bauern"
    )
}

/// "Brötchen von heute früh": a German time after "von" says when the item is from, not when
/// something is planned; "für Sonntag", "bis Montag" say when it is needed.
fn dated(lex: &Lexicon, toks: &Tokens, i: usize) -> bool {
    lex.lang == Lang::De
        && i > 0
        && matches!(toks.key(i - 1), "von" | "vom" | "seit" | "fur" | "furs" | "bis")
}

/// "Kann jemand Milch mitbringen?": a German "someone" after a modal asks for an errand,
/// not after people.
fn asked_of_someone(lex: &Lexicon, toks: &Tokens, i: usize) -> bool {
    let modal = |j: usize| matches!(toks.key(j), "kann" | "konnte" | "konnt" | "konntet" | "wurde");
    lex.lang == Lang::De
        && matches!(toks.key(i), "jemand" | "jmd" | "jmnd" | "irgendwer" | "wer")
        && i > 0
        // "Könnte bitte jemand …": a word that may stand inside a cue between them.
        && (modal(i - 1)
            || (i >= 2
                && (lex.has(toks, i - 1, SKIP) || matches!(toks.key(i - 1), "mir" | "uns"))
                && modal(i - 2)))
}

/// "qu'est-ce qu'on doit racheter ?", "on prend quoi ?", "que faut-il acheter ?": a French
/// question that asks what.
fn asks_what_fr(lex: &Lexicon, toks: &Tokens) -> bool {
    if lex.lang != Lang::Fr {
        return false;
    }
    let first = (0..toks.toks.len()).find(|&i| matches!(toks.toks[i], Tok::Word { .. }));
    first.is_some_and(|i| matches!(toks.key(i), "que" | "qu'"))
        || (0..toks.toks.len()).any(|i| matches!(toks.key(i), "quoi" | "koi" | "kwa"))
}

/// The French readings that need the whole message: a need asked ("il faut du lait ?"), a
/// polite imperative written without its accent, an errand gone on, list and haul headings.
fn french_cues(
    lex: &Lexicon,
    toks: &Tokens,
    cues: &mut Cues,
    needs_fr: &[(usize, usize)],
    unaccented: &[usize],
    errands: &[(usize, usize)],
) {
    let n = toks.toks.len();
    // "il faut du doliprane ?", "on a besoin de lait ?": asked whether it is needed, unless
    // it ran out ("plus de café, il faut en racheter ?").
    let out = cues.found.iter().any(|c| matches!(c, Cue::Deplete | Cue::DepleteSoft));
    // The question mark must end the need's own clause: "faut du pain, qui passe ?" asks who.
    let asked = |at: usize| {
        (at..n).find_map(|j| match toks.toks[j] {
            Tok::Mark(c @ (',' | ';' | '.' | '!' | '?')) => Some(c == '?'),
            _ => None,
        }) == Some(true)
    };
    for &(k, at) in needs_fr {
        if !out && asked(at) {
            cues.found[k] = Cue::Query;
        }
    }
    // "achete du pain stp": asked politely, an unaccented verb is the imperative.
    if cues.polite {
        unaccented.iter().for_each(|&k| cues.found[k] = Cue::ListAdd);
    }
    // "chu allé au dépanneur chercher de la liqueur": gone to get it is got.
    for &(k, at) in errands {
        if (0..at).any(|j| went_fr(lex, toks, j)) {
            cues.found[k] = Cue::Restock;
        }
    }
    // "plus de lait, qqn passe au Carrefour ?": asking someone after it ran out is an errand.
    let someone = (0..n).any(|j| matches!(toks.key(j), "qqn" | "qqun" | "quelqu" | "quelqu'un"));
    if cues.question && someone && cues.found.contains(&Cue::Deplete) {
        cues.found.push(Cue::ListAdd);
    }
    // "jachète quoi pour ce soir": "quoi" asks, with or without a question mark.
    cues.question |= (0..n).any(|j| matches!(toks.key(j), "quoi" | "koi" | "kwa"));
    // "courses - lait, pain, beurre": the shopping as a heading lists what to buy.
    let first = (0..n).find(|&j| matches!(toks.toks[j], Tok::Word { .. }));
    if first.is_some_and(|j| {
        toks.key(j) == "courses" && matches!(toks.toks.get(j + 1), Some(Tok::Mark(':' | '—')))
    }) && cues.found.iter().all(|c| matches!(c, Cue::Filler))
    {
        cues.found.push(Cue::ListAdd);
    }
    // "passé chez Migros : fromage, pain": gone to a shop, then a list, is a haul.
    let went = (0..n).find(|&j| went_fr(lex, toks, j));
    let listed = went.is_some_and(|w| (w..n).any(|j| matches!(toks.toks[j], Tok::Mark(':'))));
    if listed && cues.found.iter().all(|c| matches!(c, Cue::Filler | Cue::SetStock)) {
        cues.found.push(Cue::Restock);
    }
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
    // "ya no hay refresco, ¿quién va?": so does a Spanish one.
    // "tu sais quoi ? plus de lait": in French only a filler phrase taken whole is idle ("non ?"
    // still asks).
    let fr = lex.lang == Lang::Fr;
    matches!(lex.lang, Lang::En | Lang::Es | Lang::Fr)
        && span.start > 0
        && cues.found[since..].iter().all(|c| matches!(c, Cue::Filler | Cue::Wh))
        && span.clone().all(|j| match toks.toks[j] {
            Tok::Word { .. } => {
                cues.consumed[j]
                    || (!fr && lex.has(toks, j, FILLER | DET | SKIP | VAGUE | NOT_ITEM))
            }
            Tok::Num { .. } => false,
            Tok::Mark(_) => true,
        })
}

/// "Tom drank the last juice", "the dog ate the sausage": a name or a pet right before the
/// verb is who did it, when the items follow the verb. German capitalises every noun.
fn subject(lex: &Lexicon, toks: &Tokens, at: usize, cue: Cue, end: usize, consumed: &mut [bool]) {
    // "Lucie a pris le dernier yaourt": in French a depletion is said with a verb too.
    let verb = matches!(cue, Cue::Consume | Cue::Restock | Cue::DepleteSoft | Cue::Dish)
        || (lex.lang == Lang::Fr && cue == Cue::Deplete);
    if !verb || at == 0 || at > 4 {
        return;
    }
    // "Nutella acheté, il était en promo": a French subject takes its auxiliary ("Paul a
    // acheté"); before a bare participle the word is the item.
    let bare_participle = lex.lang == Lang::Fr
        && !aux_fr(lex, toks, at - 1)
        && !matches!(toks.key(at - 1), "est" | "sont" | "s'est" | "se");
    if bare_participle && matches!(cue, Cue::Restock | Cue::Consume | Cue::DepleteSoft) {
        let participle = ["é", "ée", "és", "ées", "is", "it", "u", "ue", "us"]
            .iter()
            .any(|e| toks.text(at).ends_with(e));
        if participle {
            return;
        }
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
    // "le magasin était en rupture de farine": a shop that ran out is no news of ours, so
    // only a pet or a person's name is who ran out.
    let pet = || lex.lang == Lang::Fr && super::lexicon_fr::is_pet(toks.key(last));
    let who = (lex.has(toks, last, NOT_ITEM) && (cue != Cue::Deplete || pet()))
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
    // "sugar used 500g", "milk used 2 pints": an amount alone after the verb is the item's.
    let amount_only =
        toks.toks[end.min(toks.toks.len())..].iter().enumerate().all(|(k, t)| match t {
            Tok::Word { .. } => lex.units.contains_key(toks.key(end + k)),
            _ => true,
        });
    lex.lang == Lang::En
        && at == 0
        && after
        && !amount_only
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
    // "John can you get bread": English asks with "can you" after the name.
    let second = |i: usize| match lex.lang {
        Lang::Fr => matches!(toks.key(i), "tu" | "t'" | "vous" | "peux" | "pourrais" | "pouvez"),
        _ => {
            matches!(toks.key(i), "can" | "could" | "would" | "will")
                && matches!(toks.key(i + 1), "you" | "u")
        }
    };
    if lex.lang == Lang::De {
        return german_vocative(lex, toks, cues);
    }
    if toks.toks.len() <= 2 || !matches!(lex.lang, Lang::Fr | Lang::En | Lang::Ru) {
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
                || (cues.consumed[2] && matches!(lex.lang, Lang::Fr | Lang::Ru))
                || (lex.lang == Lang::Ru && lex.has(toks, 2, FILLER | SKIP))
        }
        Tok::Word { .. } => lex.lang != Lang::Ru && second(1),
        _ => false,
    };
    // "Milk, can you get some?": in English the name is the item unless another follows.
    let item_after = (3..toks.toks.len()).any(|j| {
        !cues.consumed[j]
            && matches!(toks.toks[j], Tok::Word { .. })
            && lex.entry(toks, j).flags & (FILLER | SKIP | PREP | CONJ | VAGUE | NOT_ITEM) == 0
    });
    if named && spoken && (lex.lang == Lang::Fr || item_after) {
        cues.consumed[0] = true;
    }
}

/// "Lisa, hol bitte Milch", "Tom kannst du Brot mitbringen": a German name spoken to first is
/// no item. Without a comma only before "kannst du" and an item, and never a staple
/// ("Milch kannst du streichen").
fn german_vocative(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    let n = toks.toks.len();
    if n <= 2
        || cues.consumed[0]
        || lex.entry(toks, 0).flags != 0
        || super::lexicon_de::staple(toks.text(0))
        || !matches!(toks.toks[0], Tok::Word { upper: true, hyphen: false, .. })
    {
        return;
    }
    let asked = matches!(toks.key(1), "kannst" | "konntest" | "kannste")
        && toks.key(2) == "du"
        && (3..n).any(|i| matches!(toks.toks[i], Tok::Word { .. }) && !cues.consumed[i]);
    let second = matches!(
        toks.key(2),
        "kannst" | "konntest" | "kannste" | "hast" | "bist" | "wurdest" | "magst" | "du" | "bitte"
    );
    if (matches!(toks.toks[1], Tok::Mark(',')) && (cues.consumed[2] || second)) || asked {
        cues.consumed[0] = true;
    }
}

/// "Anna hat 2 Liter Milch gekauft": German capitalises nouns, so a name is told from an item
/// by the "hat" after it, with the verb at the end.
fn german_subject(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    let verb = cues.found.iter().any(|c| {
        matches!(c, Cue::Consume | Cue::Restock | Cue::DepleteSoft | Cue::ListAdd | Cue::Dish)
    });
    if lex.lang != Lang::De || !verb {
        return;
    }
    // "Lena und Max haben die Kekse aufgegessen": two names joined before "haben" ("Hafermilch
    // und Sojamilch haben wir" names the items).
    let name = |j: usize| {
        matches!(toks.toks.get(j), Some(Tok::Word { upper: true, .. }))
            && lex.entry(toks, j).flags == 0
            && !super::lexicon_de::staple(toks.text(j))
    };
    if name(0)
        && toks.key(1) == "und"
        && (name(2) || lex.has(toks, 2, FILLER))
        && toks.key(3) == "haben"
        && !matches!(toks.key(4), "wir" | "ich" | "sie" | "ihr")
    {
        cues.consumed[..3].iter_mut().for_each(|c| *c = true);
        return;
    }
    // "Die Katze hat …": an article may stand before the one who did it; so may a size or
    // freshness word ("Der Bio-Lieferdienst hat …").
    // "Die Kleine hat …": a size word right before "hat" is the one who did it.
    let k = (0..toks.toks.len().min(3))
        .find(|&j| !lex.has(toks, j, DET) && (!lex.has(toks, j, DROP) || toks.key(j + 1) == "hat"))
        .unwrap_or(0);
    let flags = if lex.has(toks, k, DROP) { NOT_ITEM } else { lex.entry(toks, k).flags };
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
    // "Milch hat sich erledigt": a staple, or "hat sich", names the item.
    let item = super::lexicon_de::staple(toks.text(k)) || toks.key(k + 2) == "sich";
    // "Vor der Schule hat Max das letzte Müsli gegessen": a name right after "hat", before an
    // article or a number, did it.
    for i in 2..toks.toks.len().saturating_sub(1) {
        let next = lex.entry(toks, i + 1);
        if toks.key(i - 1) == "hat"
            && name(i)
            && !cues.consumed[i]
            && (next.flags & (DET | ARTICLE) != 0
                || next.num.is_some()
                || matches!(toks.toks[i + 1], Tok::Num { .. }))
        {
            cues.consumed[i] = true;
        }
    }
    if toks.toks.len() > k + 2
        && !cues.consumed[k]
        && who
        && !person_next
        && !item
        && matches!(toks.toks[k], Tok::Word { .. })
        && (matches!(toks.key(k + 1), "hat" | "braucht")
            || (flags & NOT_ITEM != 0 && toks.key(k + 1) == "haben"))
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
/// "kroger run: eggs, bacon", "the veg box came: …": a trip or a delivery named before a colon
/// reports what it got, whichever shop it was.
fn trip_heading(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    let trip = |i: usize| matches!(toks.key(i), "run" | "trip" | "haul" | "came" | "arrived");
    let heading = match lex.lang {
        Lang::En => (2..toks.toks.len().min(5))
            .find(|&i| matches!(toks.toks[i], Tok::Mark(':')) && trip(i - 1)),
        // "war bei Aldi: …", "he ido al Mercadona: …", "passé chez Carrefour : …",
        // "зашёл в пятёрочку: …": a short heading that tells of a visit to a shop.
        _ => (2..toks.toks.len().min(7))
            .find(|&i| matches!(toks.toks[i], Tok::Mark(':')))
            .filter(|&colon| (0..colon).any(|i| visit(lex.lang, toks.key(i))))
            // "закупился пивом на вечеринку: 24 банки": an amount alone after the colon is
            // of the item before it, which is no heading then.
            .filter(|&colon| {
                (colon + 1..toks.toks.len()).any(|j| {
                    matches!(toks.toks[j], Tok::Word { .. })
                        && !lex.units.contains_key(toks.key(j))
                        && lex.entry(toks, j).flags & (FILLER | DET | CONJ) == 0
                })
            }),
    };
    let Some(colon) = heading else { return };
    // What the heading's verb seemed to say ("war", "была") gives way to the haul.
    if lex.lang != Lang::En {
        // In place: other rules keep positions in the list.
        for c in cues.found.iter_mut() {
            if matches!(c, Cue::SetStock | Cue::Query | Cue::Storage) {
                *c = Cue::Filler;
            }
        }
    }
    if !cues.found.contains(&Cue::Restock) {
        cues.found.push(Cue::Restock);
        cues.verb = true;
    }
    cues.consumed[..colon].iter_mut().for_each(|c| *c = true);
}

/// "who can pick up bread?", "wer kann Milch holen?", "¿quién puede traer leche?", "qui peut
/// prendre du lait ?", "кто может купить хлеб?": asking who (or whether someone) can get an
/// item asks for it to be bought, in every language.
fn who_can(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    let (who, modal): (&[&str], &[&str]) = match lex.lang {
        Lang::En => {
            (&["who", "someone", "anyone", "somebody", "anybody"], &["can", "could", "will"])
        }
        Lang::De => (
            &["wer", "jemand", "jmd", "irgendwer", "einer"],
            &["kann", "kannst", "konnte", "konntest", "wurde", "koennte"],
        ),
        Lang::Es => (&["quien", "alguien", "alguno"], &["puede", "puedes", "podria", "podrias"]),
        Lang::Fr => (&["qui", "quelqu'un", "quelqu'", "qqn", "qq1"], &["peut", "pourrait", "peux"]),
        Lang::Ru => (&["кто"], &["может", "сможет", "можешь", "могут", "смогут"]),
    };
    let mut opening = (0..toks.toks.len()).filter(|&i| matches!(toks.toks[i], Tok::Word { .. }));
    let opening: [Option<usize>; 4] = std::array::from_fn(|_| opening.next());
    let asks =
        |list: &[&str]| opening.iter().flatten().find(|&&i| list.contains(&toks.key(i))).copied();
    let Some(w) = asks(who) else { return };
    let fetch = |c: &Cue| matches!(c, Cue::Restock | Cue::ListAdd | Cue::Take);
    match asks(modal) {
        Some(m) if cues.found.iter().any(fetch) => {
            for c in cues.found.iter_mut().filter(|c| fetch(c)) {
                *c = Cue::ListAdd;
            }
            cues.consumed[m] = true;
        }
        // "кто-нибудь купит хлеба?": Russian asks with the verb's future, no modal.
        None if lex.lang == Lang::Ru && cues.found.contains(&Cue::ListAdd) => {}
        _ => return,
    }
    for c in cues.found.iter_mut().filter(|c| **c == Cue::Wh) {
        *c = Cue::Filler;
    }
    cues.wh_first = false;
    cues.consumed[w] = true;
}

/// "bin in 10 min da", "back in 20 mins", "llego a las 8", "буду через 10 минут": a number of
/// minutes or hours, or an hour after "at", says when, not how much.
fn clock_time(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    let n = toks.toks.len();
    for i in 0..n {
        let Tok::Num { value, .. } = toks.toks[i] else { continue };
        let next = toks.key(i + 1);
        let span = match lex.lang {
            Lang::En => matches!(
                next,
                "min"
                    | "mins"
                    | "minute"
                    | "minutes"
                    | "hr"
                    | "hrs"
                    | "hour"
                    | "hours"
                    | "sec"
                    | "secs"
            ),
            Lang::De => matches!(
                next,
                "min"
                    | "minute"
                    | "minuten"
                    | "std"
                    | "stunde"
                    | "stunden"
                    | "sek"
                    | "sekunden"
                    | "uhr"
            ),
            Lang::Es => matches!(
                next,
                "min" | "mins" | "minuto" | "minutos" | "hora" | "horas" | "seg" | "segundos"
            ),
            Lang::Fr => matches!(next, "min" | "mn" | "minute" | "minutes" | "heure" | "heures"),
            Lang::Ru => matches!(
                next,
                "мин"
                    | "минут"
                    | "минуту"
                    | "минуты"
                    | "час"
                    | "часа"
                    | "часов"
                    | "сек"
                    | "секунд"
            ),
        };
        // "at 6", "um 8", "a las 8": an hour, with nothing counted after it.
        let at = |w: &[&str]| {
            i >= w.len() && w.iter().enumerate().all(|(k, x)| toks.key(i - w.len() + k) == *x)
        };
        let hour = value.fract() == 0.0
            && (1.0..=24.0).contains(&value)
            && !matches!(toks.toks.get(i + 1), Some(Tok::Word { .. }))
            && match lex.lang {
                Lang::En => at(&["at"]) || at(&["by"]),
                Lang::De => at(&["um"]),
                Lang::Es => at(&["a", "las"]) || at(&["a", "la"]),
                Lang::Fr => at(&["vers"]),
                Lang::Ru => false,
            };
        if span {
            cues.consumed[i] = true;
            cues.consumed[i + 1] = true;
            cues.time = true;
        } else if hour {
            cues.consumed[i] = true;
            cues.time = true;
        }
    }
    // "Hab 2 Stunden geschlafen": a number that says when leaves none that says how much.
    cues.number &= (0..n).any(|i| matches!(toks.toks[i], Tok::Num { .. }) && !cues.consumed[i]);
}

/// "we usually buy 2 loaves", "we never finished the wine", "4 pints a week": English words of
/// habit (no cue took them) make a report a habit.
fn habit(lex: &Lexicon, toks: &Tokens, cues: &Cues) -> bool {
    let often = |i: usize| {
        !cues.consumed[i]
            && matches!(
                toks.key(i),
                "usually"
                    | "normally"
                    | "always"
                    | "never"
                    | "generally"
                    | "typically"
                    | "often"
                    | "keeps"
            )
    };
    // "2 rolls in a day" is how fast, not how often.
    let per = |i: usize| {
        matches!(toks.key(i), "a" | "per" | "every" | "each")
            && matches!(toks.key(i + 1), "week" | "day" | "month")
            && !(i > 0 && matches!(toks.key(i - 1), "in" | "within"))
    };
    lex.lang == Lang::En && (0..toks.toks.len()).any(|i| often(i) || per(i))
}

/// "walked the dog, we're low on dog biscuits": a past verb no table knows, opening a clause
/// before an article, is a chore done, no item.
fn chore_verbs(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    if lex.lang != Lang::En {
        return;
    }
    for i in 0..toks.toks.len() {
        let key = toks.key(i);
        let opens = i == 0 || matches!(toks.toks[i - 1], Tok::Mark(_));
        let e = lex.entry(toks, i);
        if opens
            && !cues.consumed[i]
            && key.len() > 4
            && key.ends_with("ed")
            && e.flags == 0
            && e.num.is_none()
            && matches!(toks.toks.get(i + 1), Some(Tok::Word { .. }))
            && lex.has(toks, i + 1, DET | ARTICLE)
        {
            cues.consumed[i] = true;
        }
    }
}

/// A word (folded) that tells of having been to a shop, in a heading before a haul.
fn visit(lang: Lang, key: &str) -> bool {
    match lang {
        Lang::De => {
            matches!(key, "war" | "waren" | "einkauf" | "ausbeute" | "zuruck" | "lieferung")
        }
        Lang::Es => matches!(
            key,
            "ido" | "fui" | "fuimos" | "pasado" | "pase" | "vuelta" | "llegado" | "llego"
        ),
        Lang::Fr => matches!(
            key,
            "passe" | "passee" | "alle" | "allee" | "retour" | "arrive" | "arrivee" | "livraison"
        ),
        Lang::Ru => matches!(
            key,
            "зашел"
                | "зашла"
                | "зашли"
                | "сходил"
                | "сходила"
                | "сходили"
                | "был"
                | "была"
                | "были"
                | "закупка"
                | "закупился"
                | "закупилась"
                | "закупились"
                | "доставка"
        ),
        Lang::En => false,
    }
}

/// "any crisps for the party?": a question that opens with "any" asks after the stock, plan
/// words or not.
fn any_first(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    let first = (0..toks.toks.len()).find(|&i| matches!(toks.toks[i], Tok::Word { .. }));
    let opens = first.is_some_and(|i| toks.key(i) == "any" && !cues.consumed[i]);
    if lex.lang == Lang::En && opens && cues.question && !cues.found.contains(&Cue::Query) {
        cues.found.push(Cue::Query);
    }
}

/// "tacos tomorrow so we need tortillas": before "so" and a cue, a plan with no cue of its own
/// gives the reason and names nothing to stock.
fn reason_first(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    if lex.lang != Lang::En {
        return;
    }
    let n = toks.toks.len();
    let Some(so) = (0..n).find(|&i| cues.consumed[i] || toks.key(i) == "so") else { return };
    let cue = (so + 1..n.min(so + 4))
        .find(|&j| !lex.has(toks, j, FILLER))
        .is_some_and(|j| cues.consumed[j]);
    // "the grapes were sour so I binned them": the words before name the item, not a plan.
    let plan = (0..so).any(|i| lex.has(toks, i, TIME | NOT_ITEM));
    if toks.key(so) == "so" && !cues.consumed[so] && cue && plan {
        cues.consumed[..=so].iter_mut().for_each(|c| *c = true);
    }
}

fn stock_heading(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    let Some(colon) = (1..toks.toks.len()).find(|&i| matches!(toks.toks[i], Tok::Mark(':'))) else {
        return;
    };
    if lex.lang != Lang::En
        || !matches!(toks.key(colon - 1), "stock" | "inventory" | "check" | "stocktake")
    {
        // "Kühlschrank-Check: 3 Joghurts / 1 Packung Butter", "restocked the bathroom: 9 rolls
        // of loo roll and 2 bottles of shampoo": a few words before a list of amounts are its
        // heading, not an item.
        if list_follows(lex, toks, colon)
            && (0..colon).all(|i| !matches!(toks.toks[i], Tok::Num { .. }))
            && colon <= 3
        {
            cues.consumed[..colon].iter_mut().for_each(|c| *c = true);
        }
        return;
    }
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

/// Whether a list of amounts follows the colon at `colon`: one right after it and followed
/// by a word, and another after a comma, a slash, a plus or "and" ("3 Joghurts / 1 Packung
/// Butter / 5 Eier"; not "half a box left").
fn list_follows(lex: &Lexicon, toks: &Tokens, colon: usize) -> bool {
    let amount = |i: usize| match toks.toks.get(i) {
        Some(Tok::Num { .. }) => true,
        Some(Tok::Word { .. }) => lex.entry(toks, i).num.is_some(),
        _ => false,
    };
    let parted = |i: usize| {
        matches!(toks.toks[i - 1], Tok::Mark(',' | '/' | '+' | ';')) || lex.has(toks, i - 1, CONJ)
    };
    amount(colon + 1)
        && matches!(toks.toks.get(colon + 2), Some(Tok::Word { .. }))
        && (colon + 3..toks.toks.len()).any(|i| amount(i) && parted(i))
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

/// "nueces almendras pasas", "compré pasas": a Spanish verb form that is also a grocery
/// ("pasas", raisins) right after another grocery (or a comma after one) or right after the
/// verb that says what was done names the grocery.
fn listed_grocery(lex: &Lexicon, toks: &Tokens, i: usize, cues: &Cues) -> bool {
    use super::lexicon_es::is_grocery;
    if lex.lang != Lang::Es || !is_grocery(toks.key(i)) {
        return false;
    }
    let before = match i.checked_sub(1).map(|j| toks.toks[j]) {
        Some(Tok::Mark(',')) => i.checked_sub(2),
        Some(Tok::Word { .. }) => Some(i - 1),
        _ => None,
    };
    let verb = matches!(
        cues.found.last(),
        Some(Cue::Restock | Cue::Consume | Cue::ListAdd | Cue::ListRemove | Cue::Deplete)
    );
    before.is_some_and(|j| is_grocery(toks.key(j)) || (verb && cues.consumed[j]))
}

/// "cooked 500 g of pasta": an amount right after the verb names an ingredient, not a dish.
/// "сварил пачку пельменей": in Russian a unit word alone counts one.
fn amount_at(lex: &Lexicon, toks: &Tokens, i: usize) -> bool {
    let unit = lex.lang == Lang::Ru
        && matches!(toks.toks.get(i), Some(Tok::Word { .. }))
        && lex.match_at(&lex.units, toks, i, |_| false).is_some();
    matches!(toks.toks.get(i), Some(Tok::Num { .. })) || unit
}

/// "made 2 loaves of banana bread with 6 bananas": an amount after the verb is the dish's when
/// its clause ends at "with" or "using".
fn made_with(lex: &Lexicon, toks: &Tokens, from: usize) -> bool {
    let end = dish_end(lex, toks, from, clause_end(lex, toks, from));
    lex.lang == Lang::En && matches!(toks.key(end), "with" | "w" | "using")
}

/// "cooked the rest of the rice": "the rest of" or "the whole" after a cooking verb names an
/// ingredient used up, not a dish.
fn used_up_at(lex: &Lexicon, toks: &Tokens, i: usize) -> bool {
    // "cooked the whole bag of pasta", "cooked a whole chicken": all of an ingredient.
    let whole =
        lex.lang == Lang::En && toks.key(i + 1) == "whole" && lex.has(toks, i, DET | ARTICLE);
    i < toks.toks.len()
        && matches!(toks.toks[i], Tok::Word { .. })
        && (whole
            || matches!(lex.match_at(&lex.cues, toks, i, |_| false), Some((_, Cue::DepleteMod))))
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
    // "Rote Bete gekocht und geschält": beside a verb of use in its clause it was an ingredient.
    let used = |j: usize| {
        lex.cues
            .get(toks.key(j))
            .is_some_and(|c| c.iter().any(|(rest, c)| rest.is_empty() && *c == Cue::Consume))
    };
    for &at in dishes {
        let mut after = (at + 1..toks.toks.len())
            .take(8)
            .take_while(|&j| !matches!(toks.toks[j], Tok::Mark(',' | '.' | ';' | '!' | '?')));
        if after.any(used) {
            continue;
        }
        // A bounded look back keeps the pass linear in the message.
        let start = (at.saturating_sub(12)..at)
            .rev()
            .find(|&j| match toks.toks[j] {
                Tok::Mark(c) => matches!(c, ',' | '.' | ';' | '!' | '?' | ':'),
                Tok::Word { .. } => lex.has(toks, j, CONJ),
                Tok::Num { .. } => false,
            })
            .map_or(at.saturating_sub(12), |j| j + 1);
        // "Lena hat die letzten Nudeln gekocht": the last of an ingredient is used up.
        let last = (start..at).any(|j| toks.key(j).starts_with("letzt"));
        let amount = last
            || (start..at).any(|j| match toks.toks[j] {
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

/// "Kinder wollen Pfannkuchen, brauchen Eier": a German wish with no verb of its own before a
/// comma and another clause says what for, not what to stock.
fn german_wish(lex: &Lexicon, toks: &Tokens, cues: &mut Cues) {
    if lex.lang != Lang::De {
        return;
    }
    let n = toks.toks.len();
    let Some(at) = (0..n).find(|&i| {
        matches!(toks.key(i), "wollen" | "will" | "mochte" | "mochten" | "wollte" | "wollten")
    }) else {
        return;
    };
    let end = clause_end(lex, toks, at + 1);
    let verb = (at + 1..end).any(|j| cues.consumed[j]);
    let more = matches!(toks.toks.get(end), Some(Tok::Mark(',')))
        && cues.consumed[end + 1..n].iter().any(|&c| c);
    if !verb && more {
        cues.consumed[at..end].iter_mut().for_each(|c| *c = true);
    }
}

/// A list word typed with a typo: German right after "auf die" or "von der", English after an
/// article or before "list".
fn misspelt_list(lex: &Lexicon, toks: &Tokens, i: usize) -> bool {
    let key = toks.key(i);
    let after_prep =
        i >= 2 && lex.has(toks, i - 1, DET) && lex.has(toks, i - 2, ADD_PREP | REMOVE_PREP);
    // "whats on the lsit", "shoping list?": English swaps the letters of the list word after
    // an article, or misspells the word before "list".
    let english = lex.lang == Lang::En
        && ((i >= 1 && lex.has(toks, i - 1, DET) && anagram(key, "list"))
            || (toks.key(i + 1) == "list"
                && ["shopping", "grocery"].iter().any(|w| typo::within(key, w))));
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
    let other = key.chars().count() >= 5 && words.iter().any(|w| typo::within(key, w));
    (english || other) && !lex.listed(key) && !lex.units.contains_key(key)
}

/// Whether `a` has the letters of the ASCII word `b` in another order ("lsit" for "list"):
/// a swap, never another word ("lost").
fn anagram(a: &str, b: &str) -> bool {
    if a.len() != b.len() || !a.is_ascii() {
        return false;
    }
    let mut count = [0i32; 128];
    for c in a.bytes() {
        count[c as usize] += 1;
    }
    for c in b.bytes().filter(|c| c.is_ascii()) {
        count[c as usize] -= 1;
    }
    count.iter().all(|&n| n == 0)
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
        // "got everything on the list": what is on it, not what goes on it; no list is meant.
        let whole = lex.lang == Lang::En && j > 0 && toks.key(j - 1) == "everything";
        if e.flags & ADD_PREP != 0 && whole {
            cues.consumed[j..at].iter_mut().for_each(|c| *c = true);
            cues.list = false;
            return Cue::Filler;
        }
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
fn fuzzy_verb(lex: &Lexicon, toks: &Tokens, cues: &mut Cues, long: bool) {
    // "i just boguht": in English, known words before the typo do not count.
    let open = |i: usize| {
        matches!(toks.toks[i], Tok::Word { .. })
            && !cues.consumed[i]
            && (lex.lang != Lang::En || !lex.listed(toks.key(i)))
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
        if lex.listed(key)
            || lex.units.contains_key(key)
            || (lex.lang == Lang::Es && super::lexicon_es::is_grocery(key))
            || (lex.lang == Lang::De && super::lexicon_de::staple(toks.text(i)))
            || (lex.lang == Lang::Fr && super::lexicon_fr::is_grocery(key))
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
            .filter(|(w, _)| first(w) && (!(at_end || long) || w.chars().count() >= 6))
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
        || lex.listed(key)
        // "on a pois chiches": a short word is too near too many verbs.
        || key.chars().count() < 5
    {
        return;
    }
    // "j'ai achter": the infinitive written for the participle ("ai acheter") misspelt too.
    let infinitive =
        lex.cues.get("ai").into_iter().flatten().find_map(|(rest, c)| match &rest[..] {
            [w] if matches!(c, Cue::Consume | Cue::Restock) && typo::within(key, w) => Some(*c),
            _ => None,
        });
    // After "j'ai" a verb is a participle, never a list command.
    let past = |c: &Cue| !matches!(c, Cue::ListAdd | Cue::ListRemove);
    let best =
        lex.fuzzy_cues.iter().find(|(w, c)| past(c) && typo::within(key, w)).map(|(_, c)| *c);
    if let Some(cue) = best.or(infinitive) {
        cues.found.push(cue);
        cues.consumed[i] = true;
    }
}

/// "Papi a ramene des légumes", "tu ramenes du pain ?": an unaccented French verb reads as the
/// participle ("ramené") after "a", "ai", and as the present ("ramènes") after "tu".
fn unaccented_fr(lex: &Lexicon, toks: &Tokens, i: usize, cue: Cue) -> Cue {
    let bare = toks.text(i) == toks.key(i);
    if lex.lang != Lang::Fr || !bare || i == 0 {
        return cue;
    }
    let past = |c: &Cue| matches!(c, Cue::Restock | Cue::Consume | Cue::DepleteSoft);
    let want: &dyn Fn(&Cue) -> bool = if aux_fr(lex, toks, i - 1) {
        &past
    } else if toks.key(i - 1) == "tu" {
        &|c: &Cue| *c == Cue::ListAdd
    } else {
        return cue;
    };
    lex.cues
        .get(toks.key(i))
        .and_then(|c| c.iter().find(|(rest, c)| rest.is_empty() && want(c)))
        .map_or(cue, |(_, c)| *c)
}

/// Whether "les 2 derniers", "la dernière" follows a French "pris" ending at `end`.
fn took_last_fr(lex: &Lexicon, toks: &Tokens, end: usize) -> bool {
    let mut j = end;
    while j < toks.toks.len() && (lex.has(toks, j, DET) || matches!(toks.toks[j], Tok::Num { .. }))
    {
        j += 1;
    }
    lex.lang == Lang::Fr
        && j > end
        && matches!(toks.key(j), "dernier" | "derniere" | "derniers" | "dernieres")
}

/// Whether the French verb at `i` follows "que j'ai", "qu'on a": a relative clause.
fn relative_fr(lex: &Lexicon, toks: &Tokens, i: usize) -> bool {
    lex.lang == Lang::Fr
        && i >= 2
        && aux_fr(lex, toks, i - 1)
        && (i.saturating_sub(4)..i - 1).any(|j| matches!(toks.key(j), "que" | "qu'"))
        && (0..i.saturating_sub(4)).any(|j| matches!(toks.toks[j], Tok::Word { .. }))
}

/// Whether the French verb at `i..end` stands between "ne" and "pas": "ne mangez pas",
/// "n'ai pas acheté".
fn negated_fr(lex: &Lexicon, toks: &Tokens, i: usize, end: usize) -> bool {
    let ne = (i.saturating_sub(3)..i).any(|j| matches!(toks.key(j), "ne" | "n'"));
    let pas = (i.saturating_sub(2)..i).chain(end..end + 1).any(|j| toks.key(j) == "pas");
    lex.lang == Lang::Fr && ne && pas
}

/// A French infinitive: "chercher", "prendre", "acheter".
fn infinitive_fr(key: &str) -> bool {
    key.len() > 4 && (key.ends_with("er") || key.ends_with("re") || key.ends_with("ir"))
}

/// "allé", "passée", "j'ai été", "arrivée": a French past of going or coming somewhere.
fn went_fr(lex: &Lexicon, toks: &Tokens, j: usize) -> bool {
    matches!(
        toks.text(j),
        "allé" | "allée" | "allés" | "allées" | "alle" | "passé" | "passée" | "arrivé" | "arrivée"
    ) || (toks.key(j) == "ete" && j > 0 && aux_fr(lex, toks, j - 1))
}

/// A French form of "avoir" that makes a past tense: "j'ai", "on a", SMS "jai".
fn aux_fr(lex: &Lexicon, toks: &Tokens, i: usize) -> bool {
    lex.lang == Lang::Fr
        && matches!(toks.key(i), "ai" | "a" | "as" | "avons" | "avez" | "ont" | "jai" | "g")
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
    // "faudrait faire l'épicerie": the chore itself is needed, no grocery.
    let chore = cues.lang == Lang::Fr && cues.has(Cue::Thanks);
    let errand = intent == Intent::ListAdd
        && !has_items
        && (cues.lang == Lang::En || (!bare && !cues.list) || chore);
    // "Welches soll ich kaufen?": a question about which one to buy names no stock.
    // "Welche Milch soll ich kaufen?": in German, whatever it names.
    let which = intent == Intent::QueryStock
        && (!has_items || cues.lang == Lang::De)
        && cues.wh_first
        && cues.has(Cue::ListAdd);
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
    // "Einkauf erledigt?": in German, bare too.
    let nobody = asked && !has_items && (!bare || cues.lang == Lang::De);
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
    // "c'est bon j'ai tout": in French a stock of nothing named is a reply.
    let no_level = (intent == Intent::SetStock
        && !has_items
        && (!bare || (cues.lang == Lang::Fr && !cues.number)))
        || (intent == Intent::SetStock && cues.time && !amounts.any && !cues.question)
        || (intent == Intent::QueryStock && !has_items && cues.has(Cue::Wh));
    // "eggs are £3 at tesco now", "milk is £1.50?!": a price with no amount and no verb.
    let priced = cues.lang == Lang::En
        && cues.price
        && !amounts.any
        && (intent == Intent::SetStock || (intent == Intent::QueryStock && !cues.has(Cue::Query)));
    // "all done!", "no": a weak depletion of nothing is a reply.
    let reply = !has_items
        && cues.lang == Lang::En
        && cues.found.iter().all(|c| matches!(c, Cue::DepleteWeak | Cue::Filler));
    // "why is there so much milk": a question of why, when or who is no stock check.
    let why = cues.why && matches!(intent, Intent::QueryStock | Intent::SetStock);
    let habitual = cues.habit
        && matches!(
            intent,
            Intent::Consume
                | Intent::Restock
                | Intent::Deplete
                | Intent::ListAdd
                | Intent::ListRemove
        );
    if (change && (wh || in_passing || dish_only || dish || reply))
        || habitual
        || why
        || priced
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
    // "je fais les courses, il faut quoi ?": the errand asks for the list.
    let errand_list = cues.lang == Lang::Fr && cues.question && cues.has(Show) && !has_items;
    if cues.has(Thanks) && !reported && !errand_list {
        return Intent::Unknown;
    }
    if cues.has(ListRemove) && has_items {
        return Intent::ListRemove;
    }
    // "qu'est-ce qu'on doit racheter ?", "je ramène quoi ?": what to buy is what the list says.
    // "on est à court de quoi ?": what ran out is what the list says too.
    if cues.what && cues.question && (cues.has(ListAdd) || cues.has(Deplete)) && !has_items {
        return Intent::ShowList;
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
    // "il manque quoi dans le frigo ?": in French a storage place asks no stock of its own.
    let stored = cues.has(SetStock) && !(cues.lang == Lang::Fr && cues.has(Storage));
    if cues.has(Show) && !cues.list && !has_items && (cues.has(Query) || stored) {
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
    // "got everything on the list + a rotisserie chicken": the list named beside a purchase
    // says what was bought.
    if cues.list
        && has_items
        && cues.lang == Lang::En
        && cues.has(Restock)
        && !cues.has(ListAdd)
        && !cues.has(ListRemove)
    {
        return Intent::Restock;
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
    // "finished the coffee so I ordered more": in English a purchase after it is the news.
    let bought_after = cues.lang == Lang::En && cues.has(Restock);
    // "finished a bottle of wine" drank one; "finished the jar of jam" emptied it.
    if cues.has(DepleteSoft) && !bought_first && !bought_after {
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
    // "on a encore des oeufs ? je fais une omelette": the dish is why the stock was asked.
    let dish_asked = cues.lang == Lang::Fr
        && cues.question
        && asks_stock
        && cues.has(Dish)
        && cues.found.iter().all(|c| matches!(c, SetStock | Remain | Query | Dish | Filler | Wh));
    if dish_asked && has_items {
        return Intent::QueryStock;
    }
    // "il reste des chips ou les enfants ont tout mangé ?": a French question that opens on
    // the stock asks about it, whatever the other answer would say.
    let stock_asked = cues.lang == Lang::Fr
        && cues.question
        && has_items
        && matches!(cues.found.iter().find(|c| **c != Filler), Some(SetStock | Remain | Query))
        && !cues.found.iter().any(|c| matches!(c, ListAdd | ListRemove | Show));
    if stock_asked {
        return Intent::QueryStock;
    }
    let verb = cues.found.iter().find(|c| matches!(c, Consume | Restock | Dish));
    match verb {
        // "hice la comida", "made dinner": a dish with nothing used in it reports nothing.
        Some(Dish) if !has_items => return Intent::Unknown,
        // "j'ai entamé le pot de Nutella": an opened container is not emptied.
        Some(Consume | Dish)
            if (cues.has(DepleteMod) || (amounts.definite && !cues.opened)) && !amounts.written =>
        {
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
    // "1 btl de vin rouge pour ce soir svp": a French request may say when.
    let when = cues.time && cues.lang != Lang::Fr;
    if cues.polite && has_items && bare && !cues.question && !when {
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
