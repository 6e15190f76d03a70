//! Properties of the parser that hold for every input: it never panics, it is
//! deterministic, and amounts survive being written out the ways people write them.

use proptest::prelude::*;
use restock_core::parse::{Intent, Lang, MAX_MESSAGE_BYTES, Vocabulary, parse, parse_with};

const LANGS: [Lang; 5] = [Lang::En, Lang::De, Lang::Es, Lang::Fr, Lang::Ru];

fn vocab() -> Vocabulary {
    Vocabulary::new(
        vec!["orange juice".into(), "banana".into(), "oat milk".into(), "egg".into()],
        vec![("oj".into(), "orange juice".into())],
    )
}

fn quantity_of(text: &str, lang: Lang) -> Option<f64> {
    let p = parse(text, lang);
    assert_eq!(p.items.len(), 1, "{text:?} → {p:?}");
    p.items[0].quantity
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_unicode_never_panics(s in "\\PC*") {
        for lang in LANGS {
            let p = parse_with(&s, lang, &vocab());
            for item in &p.items {
                prop_assert!(item.quantity.is_none_or(f64::is_finite));
            }
        }
    }

    #[test]
    fn message_shaped_noise_never_panics(
        words in prop::collection::vec(
            prop::sample::select(vec![
                "used", "bought", "and", "a", "dozen", "half", "of", "the", "list", "to", "1/2",
                "½", "-3", "1,5", "1e400", "99999999999999999999", "kg", "T", "t", "?", "+",
                "&", ",", "eggs", "milk", "пол", "десяток", "y", "medio", "et", "demi", "d'",
                "l'", "keine", "mehr", "😩", "0/0", "1/0", "fl", "oz", ".", ":", "/", "war",
                "bei", "зашёл", "в", "who", "can", "кто", "может", "got", "how", "many", "10",
                "min", "at", "still", "no", "sind", "alle", "kein", "nicht", "pas", "de", "no",
            ]),
            0..40,
        )
    ) {
        let s = words.join(" ");
        for lang in LANGS {
            let p = parse_with(&s, lang, &vocab());
            for item in &p.items {
                prop_assert!(item.quantity.is_none_or(f64::is_finite));
            }
        }
    }

    #[test]
    fn parsing_is_deterministic(s in "\\PC{0,80}") {
        for lang in LANGS {
            prop_assert_eq!(parse(&s, lang), parse(&s, lang));
        }
    }

    #[test]
    fn decimals_round_trip_with_a_point_or_a_comma(hundredths in 1u32..1_000_000) {
        let q = f64::from(hundredths) / 100.0;
        let point = format!("{q}");
        prop_assert_eq!(quantity_of(&format!("used {point} kg flour"), Lang::En), Some(q));
        if point.contains('.') && point.split('.').nth(1).is_some_and(|d| d.len() < 3) {
            let comma = point.replace('.', ",");
            prop_assert_eq!(quantity_of(&format!("used {comma} kg flour"), Lang::En), Some(q));
            prop_assert_eq!(quantity_of(&format!("{comma} kg Mehl verbraucht"), Lang::De), Some(q));
        }
    }

    #[test]
    fn mixed_fractions_round_trip(
        whole in 0u32..100,
        (den, num) in (2u32..9).prop_flat_map(|den| (Just(den), 1..den)),
    ) {
        let q = f64::from(whole) + f64::from(num) / f64::from(den);
        let text = if whole == 0 {
            format!("used {num}/{den} cup sugar")
        } else {
            format!("used {whole} {num}/{den} cups sugar")
        };
        let got = quantity_of(&text, Lang::En).expect("a quantity");
        prop_assert!((got - q).abs() < 1e-9, "{} → {}", text, got);
    }

    #[test]
    fn integers_round_trip_in_every_language(n in 0u32..100_000) {
        let lines = [
            (Lang::En, format!("bought {n} eggs")),
            (Lang::De, format!("{n} Eier gekauft")),
            (Lang::Es, format!("compré {n} huevos")),
            (Lang::Fr, format!("j'ai acheté {n} œufs")),
            (Lang::Ru, format!("купил {n} яиц")),
        ];
        for (lang, text) in lines {
            prop_assert_eq!(quantity_of(&text, lang), Some(f64::from(n)));
        }
    }
}

#[test]
fn a_message_over_the_limit_is_cut_not_refused_or_panicked_on() {
    let long = "used 2 eggs and ".repeat(MAX_MESSAGE_BYTES);
    let p = parse(&long, Lang::En);
    assert_eq!(p.intent, Intent::Consume);
    assert!(p.items.len() < MAX_MESSAGE_BYTES);
}

#[test]
fn numbers_too_large_for_a_float_give_no_quantity() {
    assert_eq!(quantity_of("used 1e400 eggs", Lang::En), None);
    let digits = "9".repeat(400);
    assert_eq!(quantity_of(&format!("used {digits} eggs"), Lang::En), None);
}
