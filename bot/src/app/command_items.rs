//! The items a command's arguments name (`/add oat milk`, `/stock eggs`). The parser finds
//! items in sentences, so a bare phrase is read inside a sentence of its language that only
//! names items; the command gives the intent.

use restock_core::parse::{self, Lang, ParsedItem, Vocabulary};

/// A sentence in `lang` that names `phrase` as the thing to put on the list.
fn sentence(lang: Lang, phrase: &str) -> String {
    match lang {
        Lang::De => format!("{phrase} auf die Liste"),
        _ => format!("add {phrase} to the list"),
    }
}

/// The items `phrase` names; as a last resort the phrase itself, lowercased, is the name.
pub(crate) fn items(phrase: &str, lang: Lang, vocab: &Vocabulary) -> Vec<ParsedItem> {
    let phrase = phrase.trim();
    if phrase.is_empty() {
        return Vec::new();
    }
    for (text, lang) in [(sentence(lang, phrase), lang), (sentence(Lang::En, phrase), Lang::En)] {
        let parsed = parse::parse_with(&text, lang, vocab);
        if !parsed.items.is_empty() {
            return parsed.items;
        }
    }
    vec![ParsedItem { name: phrase.to_lowercase(), quantity: None, unit: None }]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_phrases_name_their_items() {
        let v = Vocabulary::default();
        let names = |p, l| items(p, l, &v).into_iter().map(|i| i.name).collect::<Vec<_>>();
        assert_eq!(names("oat milk", Lang::En), ["oat milk"]);
        assert_eq!(names("2 eggs", Lang::En), ["egg"]);
        assert_eq!(names("Kaffee", Lang::De), ["kaffee"]);
        assert!(names("  ", Lang::En).is_empty());
    }
}
