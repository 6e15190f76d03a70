//! Stock rules: how a consumption, a purchase or a count changes what a household has.

use crate::size::{self, Size};
use crate::unit::{self, Incompatible, Unit};

/// Largest amount one message may move; anything above is a typo, not groceries.
pub const MAX_AMOUNT: f64 = 1_000_000.0;

/// What the household has of one item. `quantity: None` means nobody has said yet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Level {
    pub quantity: Option<f64>,
    pub unit: Option<Unit>,
}

impl Level {
    pub const UNKNOWN: Level = Level { quantity: None, unit: None };
}

/// An amount from a message: a value (or none given) in a unit (or a bare count).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Amount {
    pub value: Option<f64>,
    pub unit: Option<Unit>,
}

/// A change a message asks for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Change {
    Consume(Amount),
    Restock(Amount),
    Set(Amount),
    Deplete,
}

#[derive(Debug, Clone, Copy, PartialEq, thiserror::Error)]
pub enum StockError {
    #[error("amounts must be more than zero")]
    NotPositive,
    #[error("a count cannot be negative")]
    Negative,
    #[error("amount is implausibly large")]
    TooLarge,
    #[error(transparent)]
    Incompatible(#[from] Incompatible),
}

/// The result of applying a change.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Applied {
    pub before: Level,
    pub after: Level,
    /// The message's amount expressed in the stock unit (`None` if no amount was given).
    pub amount: Option<f64>,
    /// A consumption took more than the stock held; the stock stopped at zero.
    pub clamped: bool,
}

fn check(value: f64, allow_zero: bool) -> Result<f64, StockError> {
    if !value.is_finite() || value.abs() > MAX_AMOUNT {
        return Err(StockError::TooLarge);
    }
    if value < 0.0 {
        return Err(if allow_zero { StockError::Negative } else { StockError::NotPositive });
    }
    if value == 0.0 && !allow_zero {
        return Err(StockError::NotPositive);
    }
    Ok(value)
}

/// Round away float noise from unit conversion (0.30000000000000004 → 0.3).
fn tidy(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

/// The stock unit after a change: an item keeps the unit it is counted in; an item that has
/// none yet, or whose amount nobody knows, takes the message's.
fn stock_unit(level: &Level, amount: &Amount) -> Option<Unit> {
    let unknown = level.quantity.is_none();
    if unknown && (level.unit.is_none() || amount.value.is_some()) {
        amount.unit
    } else {
        level.unit
    }
}

/// `change` with its amount expressed in the stock unit through a size the household taught
/// ("one bottle is 1 l"), where the units do not convert by themselves. Unchanged otherwise.
pub fn with_sizes(level: Level, change: Change, sizes: &[Size]) -> Change {
    let adapt = |a: Amount| {
        let unit = stock_unit(&level, &a);
        let converted = a.value.filter(|_| !unit::compatible(a.unit, unit));
        match converted.and_then(|v| size::express(v, a.unit, unit, sizes)) {
            Some(v) => Amount { value: Some(v), unit },
            None => a,
        }
    };
    match change {
        Change::Consume(a) => Change::Consume(adapt(a)),
        Change::Restock(a) => Change::Restock(adapt(a)),
        other => other,
    }
}

/// Apply `change` to `level`.
pub fn apply(level: Level, change: Change) -> Result<Applied, StockError> {
    let done = |after: Level, amount: Option<f64>, clamped: bool| Applied {
        before: level,
        after,
        amount,
        clamped,
    };
    match change {
        Change::Deplete => Ok(done(Level { quantity: Some(0.0), unit: level.unit }, None, false)),
        Change::Set(a) => {
            let v = check(a.value.ok_or(StockError::NotPositive)?, true)?;
            Ok(done(Level { quantity: Some(tidy(v)), unit: a.unit }, Some(v), false))
        }
        Change::Consume(a) => {
            let unit = stock_unit(&level, &a);
            let Some(raw) = a.value else {
                return Ok(done(Level { quantity: level.quantity, unit }, None, false));
            };
            let v = unit::convert(check(raw, false)?, a.unit, unit)?;
            let (after, clamped) = match level.quantity {
                Some(q) if q >= v => (Some(tidy(q - v)), false),
                Some(_) => (Some(0.0), true),
                None => (None, false),
            };
            Ok(done(Level { quantity: after, unit }, Some(tidy(v)), clamped))
        }
        Change::Restock(a) => {
            let unit = stock_unit(&level, &a);
            let v = match a.value {
                Some(raw) => unit::convert(check(raw, false)?, a.unit, unit)?,
                // "bought milk": one of whatever the item is counted in, unless it is
                // measured by weight or volume, where the new amount is unknown.
                None if a.unit.is_none()
                    && unit.is_some_and(|u| u.dimension() == unit::Dimension::Count) =>
                {
                    1.0
                }
                None if unit.is_none_or(|u| u.dimension() == unit::Dimension::Count) => {
                    unit::convert(1.0, a.unit, unit)?
                }
                None => return Ok(done(Level { quantity: None, unit }, None, false)),
            };
            let after = tidy(level.quantity.unwrap_or(0.0) + v);
            if after > MAX_AMOUNT {
                return Err(StockError::TooLarge);
            }
            Ok(done(Level { quantity: Some(after), unit }, Some(tidy(v)), false))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(v: f64) -> Amount {
        Amount { value: Some(v), unit: None }
    }

    #[test]
    fn buying_then_using_leaves_the_difference() {
        let a = apply(Level::UNKNOWN, Change::Restock(count(12.0))).unwrap();
        let b = apply(a.after, Change::Consume(count(2.0))).unwrap();
        assert_eq!(b.after.quantity, Some(10.0));
    }

    #[test]
    fn using_millilitres_of_a_litre_stock_converts() {
        let lvl = Level { quantity: Some(1.0), unit: Some(Unit::L) };
        let a = apply(lvl, Change::Consume(Amount { value: Some(200.0), unit: Some(Unit::Ml) }))
            .unwrap();
        assert_eq!(a.after, Level { quantity: Some(0.8), unit: Some(Unit::L) });
    }

    #[test]
    fn using_more_than_there_is_stops_at_zero() {
        let lvl = Level { quantity: Some(1.0), unit: None };
        let a = apply(lvl, Change::Consume(count(3.0))).unwrap();
        assert_eq!(a.after.quantity, Some(0.0));
        assert!(a.clamped);
    }

    #[test]
    fn use_of_an_unknown_stock_keeps_it_unknown_but_learns_the_unit() {
        let a = apply(
            Level::UNKNOWN,
            Change::Consume(Amount { value: Some(2.0), unit: Some(Unit::Kg) }),
        )
        .unwrap();
        assert_eq!(a.after, Level { quantity: None, unit: Some(Unit::Kg) });
    }

    #[test]
    fn negative_zero_and_huge_amounts_are_refused() {
        let lvl = Level { quantity: Some(1.0), unit: None };
        assert_eq!(apply(lvl, Change::Consume(count(-2.0))), Err(StockError::NotPositive));
        assert_eq!(apply(lvl, Change::Restock(count(0.0))), Err(StockError::NotPositive));
        assert_eq!(apply(lvl, Change::Set(count(-1.0))), Err(StockError::Negative));
        assert_eq!(apply(lvl, Change::Restock(count(1e9))), Err(StockError::TooLarge));
        assert_eq!(apply(lvl, Change::Restock(count(f64::NAN))), Err(StockError::TooLarge));
    }

    #[test]
    fn grams_do_not_subtract_from_a_count() {
        let lvl = Level { quantity: Some(6.0), unit: None };
        let r = apply(lvl, Change::Consume(Amount { value: Some(200.0), unit: Some(Unit::G) }));
        assert!(matches!(r, Err(StockError::Incompatible(_))));
    }

    #[test]
    fn saying_how_much_there_is_replaces_the_unit() {
        let lvl = Level { quantity: Some(1.0), unit: Some(Unit::L) };
        let a =
            apply(lvl, Change::Set(Amount { value: Some(2.0), unit: Some(Unit::Bottle) })).unwrap();
        assert_eq!(a.after, Level { quantity: Some(2.0), unit: Some(Unit::Bottle) });
    }

    #[test]
    fn buying_an_item_kept_in_bottles_adds_one_bottle() {
        let lvl = Level { quantity: Some(2.0), unit: Some(Unit::Bottle) };
        let a = apply(lvl, Change::Restock(Amount { value: None, unit: None })).unwrap();
        assert_eq!(a.after, Level { quantity: Some(3.0), unit: Some(Unit::Bottle) });
    }

    #[test]
    fn a_taught_size_counts_bottles_against_litres() {
        let lvl = Level { quantity: Some(1.0), unit: Some(Unit::L) };
        let bottles = Change::Restock(Amount { value: Some(2.0), unit: Some(Unit::Bottle) });
        assert!(matches!(apply(lvl, bottles), Err(StockError::Incompatible(_))));
        let sizes = [Size { of: Some(Unit::Bottle), amount: 1.5, per: Some(Unit::L) }];
        let a = apply(lvl, with_sizes(lvl, bottles, &sizes)).unwrap();
        assert_eq!(a.after, Level { quantity: Some(4.0), unit: Some(Unit::L) });
        // Amounts that convert by themselves are left alone.
        let ml = Change::Consume(Amount { value: Some(200.0), unit: Some(Unit::Ml) });
        assert_eq!(with_sizes(lvl, ml, &sizes), ml);
    }

    #[test]
    fn an_unknown_amount_takes_the_unit_of_the_next_message() {
        let lvl = Level { quantity: None, unit: Some(Unit::Kg) };
        let a = apply(lvl, Change::Restock(count(3.0))).unwrap();
        assert_eq!(a.after, Level { quantity: Some(3.0), unit: None });
    }
}
