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
    if first.intent != Intent::Unknown {
        return (first, locale);
    }
    for lang in ALL.into_iter().filter(|l| *l != preferred) {
        let parsed = parse::parse_with(text, lang, vocab);
        if parsed.intent != Intent::Unknown
            && let Some(other) = I18n::supported(tag(lang))
        {
            return (parsed, other);
        }
    }
    (first, locale)
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
    fn nonsense_stays_in_the_readers_language() {
        let (parsed, locale) = understand("qwzx", "fr-FR", &Vocabulary::default());
        assert_eq!(parsed.intent, Intent::Unknown);
        assert_eq!(locale, "fr-FR");
    }
}
