//! Sizes a household teaches: "one bottle of milk is 1 l", "a carton of eggs holds 12".
//! With a size known, an amount in a unit that does not convert to the item's stock unit
//! (bottles against litres, grams against packs) still counts against the stock; without
//! one, the app asks instead of guessing.

use crate::unit::{self, Dimension, Unit};

/// One `of` (a unit, or a single thing when `None`) is `amount` `per`.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Size {
    pub of: Option<Unit>,
    pub amount: f64,
    pub per: Option<Unit>,
}

/// `value` `given` expressed in `stock`, directly or through one of the `known` sizes (in
/// either direction). `None` if nothing relates the two.
pub fn express(
    value: f64,
    given: Option<Unit>,
    stock: Option<Unit>,
    known: &[Size],
) -> Option<f64> {
    if let Ok(v) = unit::convert(value, given, stock) {
        return Some(v);
    }
    known.iter().find_map(|s| {
        if s.amount <= 0.0 || !s.amount.is_finite() {
            return None;
        }
        // given → per → stock: "2 bottles" with "1 bottle = 1 l" and stock in ml.
        if let (Ok(n), Ok(one)) =
            (unit::convert(value, given, s.of), unit::convert(s.amount, s.per, stock))
        {
            return Some(n * one);
        }
        // given → of → stock: "250 g" with "1 pack = 500 g" and stock in packs.
        let n = unit::convert(value, given, s.per).ok()? / s.amount;
        unit::convert(n, s.of, stock).ok()
    })
}

/// What to ask when an amount in `given` meets stock kept in `stock` and nothing relates
/// them: the size of one `of`, in `per`, with likely answers. `None` when no size could
/// relate them (a kilogram against litres): then the only answer is to count differently.
pub fn question(given: Option<Unit>, stock: Option<Unit>) -> Option<Size> {
    let countable = |u: Option<Unit>| u.is_none_or(|u| u.dimension() == Dimension::Count);
    let (of, per) = match (countable(given), countable(stock)) {
        // "2 bottles of milk" against litres: how much is one bottle?
        (true, false) => (given, stock),
        // "250 g of pasta" against packs: how much is one pack?
        (false, true) => (stock, given),
        // "a carton of eggs" against a bare count: how many are in one carton?
        (true, true) if given.is_some() => (given, stock),
        (true, true) => (stock, given),
        (false, false) => return None,
    };
    Some(Size { of, amount: 0.0, per })
}

/// Likely sizes of one `of` in `per`, smallest first, at most `max`.
pub fn likely_amounts(per: Option<Unit>, max: usize) -> Vec<f64> {
    let grams: &[f64] = &[100.0, 250.0, 500.0, 1000.0, 2000.0];
    let millilitres: &[f64] = &[250.0, 330.0, 500.0, 1000.0, 1500.0, 2000.0];
    let counts: &[f64] = &[2.0, 4.0, 6.0, 10.0, 12.0, 24.0];
    let (base, base_unit) = match per.map(Unit::dimension) {
        Some(Dimension::Mass) => (grams, Some(Unit::G)),
        Some(Dimension::Volume) => (millilitres, Some(Unit::Ml)),
        _ => return counts.iter().copied().take(max).collect(),
    };
    let mut out: Vec<f64> = base
        .iter()
        .filter_map(|v| unit::convert(*v, base_unit, per).ok())
        .map(|v| (v * 1e6).round() / 1e6)
        .collect();
    out.dedup();
    out.truncate(max);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size(of: Option<Unit>, amount: f64, per: Option<Unit>) -> Size {
        Size { of, amount, per }
    }

    #[test]
    fn bottles_count_against_litres_once_a_bottle_is_known() {
        let known = [size(Some(Unit::Bottle), 1.0, Some(Unit::L))];
        assert_eq!(express(2.0, Some(Unit::Bottle), Some(Unit::L), &known), Some(2.0));
        assert_eq!(express(2.0, Some(Unit::Bottle), Some(Unit::Ml), &known), Some(2000.0));
        assert_eq!(express(2.0, Some(Unit::Bottle), Some(Unit::L), &[]), None);
    }

    #[test]
    fn a_size_works_backwards_too() {
        let known = [size(Some(Unit::Pack), 500.0, Some(Unit::G))];
        assert_eq!(express(250.0, Some(Unit::G), Some(Unit::Pack), &known), Some(0.5));
        assert_eq!(express(1.0, Some(Unit::Kg), Some(Unit::Pack), &known), Some(2.0));
        let eggs = [size(Some(Unit::Carton), 12.0, None)];
        assert_eq!(express(3.0, None, Some(Unit::Carton), &eggs), Some(0.25));
        assert_eq!(express(1.0, Some(Unit::Carton), None, &eggs), Some(12.0));
    }

    #[test]
    fn a_useless_size_relates_nothing() {
        let known = [size(Some(Unit::Bottle), 0.0, Some(Unit::L))];
        assert_eq!(express(2.0, Some(Unit::Bottle), Some(Unit::L), &known), None);
        let other = [size(Some(Unit::Can), 0.33, Some(Unit::L))];
        assert_eq!(express(2.0, Some(Unit::Bottle), Some(Unit::L), &other), None);
    }

    #[test]
    fn the_question_is_about_the_countable_unit() {
        assert_eq!(
            question(Some(Unit::Bottle), Some(Unit::L)).map(|s| (s.of, s.per)),
            Some((Some(Unit::Bottle), Some(Unit::L)))
        );
        assert_eq!(
            question(Some(Unit::G), Some(Unit::Pack)).map(|s| (s.of, s.per)),
            Some((Some(Unit::Pack), Some(Unit::G)))
        );
        assert_eq!(
            question(Some(Unit::Carton), None).map(|s| (s.of, s.per)),
            Some((Some(Unit::Carton), None))
        );
        assert_eq!(
            question(None, Some(Unit::Carton)).map(|s| (s.of, s.per)),
            Some((Some(Unit::Carton), None))
        );
        assert_eq!(question(Some(Unit::Kg), Some(Unit::L)), None);
    }

    #[test]
    fn likely_sizes_are_in_the_unit_asked_about() {
        assert_eq!(likely_amounts(Some(Unit::L), 9), vec![0.25, 0.33, 0.5, 1.0, 1.5, 2.0]);
        assert_eq!(likely_amounts(Some(Unit::G), 3), vec![100.0, 250.0, 500.0]);
        assert_eq!(likely_amounts(None, 9), vec![2.0, 4.0, 6.0, 10.0, 12.0, 24.0]);
    }
}
