//! Numbers and amounts as each locale writes them.

use fluent_bundle::FluentArgs;
use restock_core::item::plural_en;
use restock_core::unit::{Unit, display_scale};

use super::I18n;

/// `1.5` → "1.5" in English, "1,5" where a decimal comma is usual; at most two decimals,
/// no trailing zeros.
pub fn number(locale: &str, value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let mut s = format!("{rounded:.2}");
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.pop();
    }
    if s == "-0" {
        s = "0".into();
    }
    if !locale.starts_with("en") {
        s = s.replace('.', ",");
    }
    s
}

/// "10 eggs", "1.5 l milk", "milk" — an amount of an item, in `locale`. Metric amounts are
/// scaled for reading (1500 g → 1.5 kg).
pub fn amount(
    i18n: &I18n,
    locale: &str,
    value: Option<f64>,
    unit: Option<Unit>,
    item: &str,
) -> String {
    let mut args = FluentArgs::new();
    args.set("item", item.to_owned());
    args.set("items", plural_en(item));
    let Some(value) = value else {
        return i18n.render(locale, "amount-none", Some(&args)).unwrap_or_else(|_| item.to_owned());
    };
    let (value, unit) = display_scale(value, unit);
    args.set("n", value);
    args.set("qty", number(locale, value));
    let id = match unit {
        None | Some(Unit::Piece) => "amount-count",
        Some(u) => {
            args.set("unit", unit_label(i18n, locale, u, value));
            "amount-unit"
        }
    };
    i18n.render(locale, id, Some(&args)).unwrap_or_else(|_| format!("{value} {item}"))
}

/// A unit's name as `locale` writes it for `n` of them ("bottle", "bottles", "l").
pub fn unit_label(i18n: &I18n, locale: &str, unit: Unit, n: f64) -> String {
    let mut args = FluentArgs::new();
    args.set("n", n);
    i18n.render(locale, &format!("unit-{}", unit.code().replace('_', "-")), Some(&args))
        .unwrap_or_else(|_| unit.code().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_drop_trailing_zeros_and_use_the_locale_separator() {
        assert_eq!(number("en-US", 10.0), "10");
        assert_eq!(number("en-US", 0.8000000001), "0.8");
        assert_eq!(number("de-DE", 1.5), "1,5");
        assert_eq!(number("en-US", 1.0 / 3.0), "0.33");
    }

    #[test]
    fn amounts_read_naturally() {
        let i18n = I18n::load().unwrap();
        assert_eq!(amount(&i18n, "en-US", Some(10.0), None, "egg"), "10 eggs");
        assert_eq!(amount(&i18n, "en-US", Some(1.0), None, "egg"), "1 egg");
        assert_eq!(amount(&i18n, "en-US", Some(1500.0), Some(Unit::G), "flour"), "1.5 kg of flour");
        assert_eq!(
            amount(&i18n, "en-US", Some(2.0), Some(Unit::Loaf), "bread"),
            "2 loaves of bread"
        );
        assert_eq!(amount(&i18n, "de-DE", Some(0.5), Some(Unit::L), "milch"), "500 ml milch");
    }
}
