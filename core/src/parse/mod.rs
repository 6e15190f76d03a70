//! Message understanding: turns one chat message into an intent and the items it names.
//!
//! The output contract (intents, names, quantities, unit codes) is fixed in DESIGN.md and read
//! by tools through `restock parse`.

mod hash;
mod intent;
mod items;
mod lexicon;
mod lexicon_de;
mod lexicon_en;
mod lexicon_es;
mod lexicon_fr;
mod lexicon_ru;
mod names;
mod names_ru;
mod numbers;
mod packs;
mod quantity;
mod token;
pub(crate) mod typo;
mod units;
mod vocab;

pub use vocab::Vocabulary;

use serde::{Deserialize, Serialize, Serializer};

use crate::unit::Unit;

/// Longest message the parser looks at, in bytes; anything after is cut off.
pub const MAX_MESSAGE_BYTES: usize = 4096;

/// Longest message the app takes, in characters; it refuses longer ones with a reply. Four
/// bytes is the most a character takes, so whatever is taken is read whole.
pub const MAX_MESSAGE_CHARS: usize = MAX_MESSAGE_BYTES / 4;

/// What a message asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Intent {
    Consume,
    Deplete,
    Restock,
    SetStock,
    ListAdd,
    ListRemove,
    QueryStock,
    ShowList,
    Undo,
    Unknown,
}

/// One item a message names, as the contract spells it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParsedItem {
    /// Lowercase, singular, no article, possessive or quantity word.
    pub name: String,
    /// `None` when the message gives no amount or a vague one ("some").
    #[serde(serialize_with = "serialize_quantity")]
    pub quantity: Option<f64>,
    /// `None` for a bare count.
    pub unit: Option<Unit>,
}

/// A parsed message: `{"intent": …, "items": […]}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Parsed {
    pub intent: Intent,
    pub items: Vec<ParsedItem>,
}

/// Languages the parser understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    De,
    Es,
    Fr,
    Ru,
}

impl Lang {
    /// From a locale or language tag: `de-DE`, `de`, `pt-BR` (→ `None`).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "de" => Some(Lang::De),
            "es" => Some(Lang::Es),
            "fr" => Some(Lang::Fr),
            "ru" => Some(Lang::Ru),
            _ => None,
        }
    }
}

/// Integral quantities print as JSON integers (`12`, not `12.0`).
fn serialize_quantity<S: Serializer>(q: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match q {
        Some(v) if v.fract() == 0.0 && v.abs() < 9.0e15 => s.serialize_i64(*v as i64),
        Some(v) => s.serialize_f64(*v),
        None => s.serialize_none(),
    }
}

/// Parse one message with no household vocabulary.
pub fn parse(text: &str, lang: Lang) -> Parsed {
    parse_with(text, lang, &Vocabulary::default())
}

/// Parse one message, matching names against the household's vocabulary.
pub fn parse_with(text: &str, lang: Lang, vocab: &Vocabulary) -> Parsed {
    let text = truncate(text, MAX_MESSAGE_BYTES);
    let lex = lexicon::get(lang);
    let mut toks = token::tokenize(text, lang);
    lex.classify(&mut toks);
    let cues = intent::scan(lex, &toks);
    let mut raw = items::extract(lex, &toks, &cues.consumed);
    let named = raw.len();
    // "what do we need from tesco": a place after a preposition is where, not what.
    // "je suis au Carrefour, il faut quoi ?": so is a place named after one.
    let placed_only = raw.iter().all(|r| items::placed(lex, &toks, r));
    let mut places_only = named > 0;
    raw.retain(|r| {
        let gone = items::not_an_item(lex, &toks, r);
        places_only &= gone && items::after_prep(lex, &toks, r);
        !gone
    });
    // "took the bins out", "have a good day": everything named is something other than food.
    let small_talk = named > 0 && raw.is_empty();
    let amounts = intent::Amounts {
        any: raw.iter().any(|r| r.qty.is_some()),
        written: raw.iter().any(|r| r.qty.is_some() && !r.implicit),
        definite: raw.iter().any(|r| r.definite),
    };
    let is_word = |i: usize| matches!(toks.toks[i], token::Tok::Word { .. });
    let words = (0..toks.toks.len()).filter(|&i| is_word(i)).count();
    let bare = (0..toks.toks.len()).all(|i| !is_word(i) || cues.consumed[i]);
    let intent = match intent::decide(&cues, !raw.is_empty(), amounts, words, bare) {
        // "annule le resto de ce soir": cancelling what is no grocery is no undo.
        Intent::Undo if lang == Lang::Fr && small_talk && cancels_fr(&toks) => Intent::Unknown,
        Intent::Undo => Intent::Undo,
        // "did anyone see the game": "see" shows the list only when nothing else is named.
        Intent::ShowList if !small_talk || cues.list || places_only || placed_only => {
            Intent::ShowList
        }
        // "c'est quoi la liste pour la raclette ?": what the list holds for a purpose.
        Intent::ListAdd | Intent::Unknown
            if lang == Lang::Fr && cues.list && cues.what && cues.question && placed_only =>
        {
            Intent::ShowList
        }
        _ if small_talk => Intent::Unknown,
        other => other,
    };
    // Spanish questions and bare removals whose intent the shared rules cannot tell.
    let intent = match lang {
        Lang::Es => lexicon_es::settle(intent, &cues, &toks, raw.is_empty(), named),
        _ => intent,
    };
    // A bare "oops" right after an entry takes it back.
    // "oups pas ça": in French with only fillers beside it, too.
    let alone = words == 1 || (lang == Lang::Fr && named == 0);
    let intent = match intent {
        Intent::Unknown
            if alone && (0..toks.toks.len()).any(|i| is_word(i) && lex.oops(toks.key(i))) =>
        {
            Intent::Undo
        }
        other => other,
    };
    // "il reste 3 oeufs, faut en racheter": "en" before the errand stands for the stock told.
    let errand_of_it = lang == Lang::Fr
        && (1..toks.toks.len()).any(|i| {
            toks.key(i - 1) == "en"
                && cues.consumed[i]
                && lex
                    .cues
                    .get(toks.key(i))
                    .is_some_and(|c| c.iter().any(|(_, c)| *c == lexicon::Cue::ListAdd))
        });
    let stock_first = errand_of_it
        && cues.found.iter().find(|c| **c != lexicon::Cue::Filler) == Some(&lexicon::Cue::SetStock);
    let has_vocab = !vocab.is_empty();
    let items = match intent {
        Intent::Undo | Intent::ShowList | Intent::Unknown => Vec::new(),
        _ => raw
            .into_iter()
            .filter_map(|r| {
                let (name, plain) = names::build(lang, &toks, &r.words, has_vocab);
                if name.is_empty() {
                    return None;
                }
                let name = if has_vocab {
                    vocab::resolve(&name, &plain, vocab).unwrap_or(name)
                } else {
                    name
                };
                let unit_word = r.unit_at.map_or("", |i| toks.key(i));
                let unit = units::container(lang, r.unit, unit_word, &name);
                // A question or a depletion carries no amount, whatever words came with it.
                let (quantity, unit) = match intent {
                    Intent::QueryStock | Intent::Deplete => (None, None),
                    // "la bouteille de lait est presque vide": the container says which, no
                    // amount to buy.
                    // "j'ai entamé le pot de Nutella": nor an opened one.
                    Intent::ListAdd | Intent::Consume if lang == Lang::Fr && r.definite => {
                        (None, None)
                    }
                    // "il reste 3 oeufs, faut en racheter": the count is what is left.
                    Intent::ListAdd if lang == Lang::Fr && stock_first => (None, None),
                    // A number that is none ("0/0", "1e400") is no amount, whichever rule read it.
                    _ => (r.qty.filter(|q| q.is_finite()), unit),
                };
                Some(ParsedItem { name, quantity, unit })
            })
            .collect(),
    };
    // "Coffee. We need coffee.", "Hab 4 Scheiben Toast gemacht, Toast ist jetzt alle": a name
    // said again with no amount of its own is the same item.
    let items = match lang {
        Lang::En | Lang::De => dedupe(items),
        _ => items,
    };
    Parsed { intent, items }
}

/// "annule le resto": a French "cancel" with its own object after it.
fn cancels_fr(toks: &token::Tokens) -> bool {
    let det = |i: usize| matches!(toks.key(i), "le" | "la" | "les" | "l'" | "mon" | "ma" | "mes");
    (1..toks.toks.len())
        .any(|i| matches!(toks.key(i - 1), "annule" | "annuler" | "annulez") && det(i))
}

/// Drops an item that repeats an earlier name and carries no amount of its own.
fn dedupe(mut items: Vec<ParsedItem>) -> Vec<ParsedItem> {
    let mut k = 0;
    while k < items.len() {
        // A bounded look back keeps this linear.
        let back = &items[k.saturating_sub(8)..k];
        let repeated = items[k].quantity.is_none() && back.iter().any(|p| p.name == items[k].name);
        if repeated {
            items.remove(k);
        } else {
            k += 1;
        }
    }
    items
}

/// The longest prefix of `text` within `max` bytes that ends on a character boundary.
fn truncate(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}
