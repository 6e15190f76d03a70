//! Which language a message is in: the reader's own first, then every other one Restock
//! speaks, so a household that writes Spanish is understood and answered in Spanish.

use restock_core::parse::{self, Intent, Lang, Parsed, Vocabulary};

use crate::i18n::I18n;

const ALL: [Lang; 5] = [Lang::En, Lang::De, Lang::Es, Lang::Fr, Lang::Ru];

/// Parse `text`, preferring `locale`'s language. Returns what was understood and the locale
/// to answer in.
pub(super) fn understand(
    text: &str,
    locale: &'static str,
    vocab: &Vocabulary,
) -> (Parsed, &'static str) {
    let preferred = Lang::from_tag(locale).unwrap_or_default();
    let first = parse::parse_with(text, preferred, vocab);
    let guessed = bare_question(&first, text);
    if first.intent != Intent::Unknown && !guessed {
        return (first, locale);
    }
    // A word or two with a question mark ("pizza tonight?") reads as a stock question in any
    // language; it says nothing about which one, so it does not switch languages.
    let too_short_to_tell = text.split_whitespace().count() < 3;
    for lang in ALL.into_iter().filter(|l| *l != preferred) {
        let parsed = parse::parse_with(text, lang, vocab);
        let telling = if guessed {
            // Only a reading that recognised some of the words beats the reader's guess.
            !bare_question(&parsed, text)
        } else {
            !(parsed.intent == Intent::QueryStock && too_short_to_tell)
        };
        if parsed.intent != Intent::Unknown
            && telling
            && let Some(other) = I18n::supported(tag(lang))
        {
            return (parsed, other);
        }
    }
    (first, locale)
}

/// A stock question that took every word of the message for item names: the parser
/// recognised nothing but the question mark.
fn bare_question(p: &Parsed, text: &str) -> bool {
    let words =
        |s: &str| s.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
    let named: usize = p.items.iter().map(|i| words(&i.name)).sum();
    p.intent == Intent::QueryStock && !p.items.is_empty() && named >= words(text).max(2)
}

fn tag(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::De => "de",
        Lang::Es => "es",
        Lang::Fr => "fr",
        Lang::Ru => "ru",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_in_another_language_is_understood_and_answered_in_it() {
        let (parsed, locale) =
            understand("compré 1,5 kg de patatas", "en-US", &Vocabulary::default());
        assert_eq!(parsed.intent, Intent::Restock);
        assert_eq!(locale, "es-ES");
    }

    #[test]
    fn the_readers_language_wins_when_it_understands() {
        let (parsed, locale) = understand("2 Eier gekauft", "de-DE", &Vocabulary::default());
        assert_eq!(parsed.intent, Intent::Restock);
        assert_eq!(locale, "de-DE");
        let (_, locale) = understand("bought 2 eggs", "de-DE", &Vocabulary::default());
        assert_eq!(locale, "en-US");
    }

    #[test]
    fn a_short_question_does_not_switch_languages() {
        let (parsed, locale) = understand("pizza tonight?", "en-US", &Vocabulary::default());
        assert_eq!(parsed.intent, Intent::Unknown);
        assert_eq!(locale, "en-US");
        for (text, lang) in [
            ("wie viele Eier haben wir noch?", "de-DE"),
            ("¿cuántos huevos quedan?", "es-ES"),
            ("сколько яиц осталось?", "ru-RU"),
        ] {
            let (parsed, locale) = understand(text, "en-US", &Vocabulary::default());
            assert_eq!(parsed.intent, Intent::QueryStock, "{text}");
            assert_eq!(locale, lang, "{text}");
            assert_eq!(parsed.items.len(), 1, "{text}");
            assert!(parsed.items[0].name.split_whitespace().count() == 1, "{parsed:?}");
        }
    }

    #[test]
    fn nonsense_stays_in_the_readers_language() {
        let (parsed, locale) = understand("qwzx", "fr-FR", &Vocabulary::default());
        assert_eq!(parsed.intent, Intent::Unknown);
        assert_eq!(locale, "fr-FR");
    }
}
