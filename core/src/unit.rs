//! Units of measure and conversion between them.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// What a unit measures. Units convert only within one dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dimension {
    Mass,
    Volume,
    /// A bare count, or a unit that is itself a countable thing (a pack, a loaf).
    Count,
}

macro_rules! units {
    ($($variant:ident => $code:literal, $dim:ident, $factor:expr;)+) => {
        /// A unit code of the parser contract. `None` in an amount means a bare count.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum Unit {
            $(#[serde(rename = $code)] $variant,)+
        }

        impl Unit {
            pub const ALL: &'static [Unit] = &[$(Unit::$variant,)+];

            /// The contract code, e.g. `fl_oz`.
            pub fn code(self) -> &'static str {
                match self { $(Unit::$variant => $code,)+ }
            }

            pub fn dimension(self) -> Dimension {
                match self { $(Unit::$variant => Dimension::$dim,)+ }
            }

            /// Size of one unit in the dimension's base (grams, millilitres); `None` for
            /// countable units, which convert to nothing but themselves.
            fn base_factor(self) -> Option<f64> {
                match self { $(Unit::$variant => $factor,)+ }
            }
        }

        impl FromStr for Unit {
            type Err = UnknownUnit;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s { $($code => Ok(Unit::$variant),)+ _ => Err(UnknownUnit(s.to_owned())) }
            }
        }
    };
}

units! {
    G => "g", Mass, Some(1.0);
    Kg => "kg", Mass, Some(1000.0);
    Mg => "mg", Mass, Some(0.001);
    Lb => "lb", Mass, Some(453.592_37);
    Oz => "oz", Mass, Some(28.349_523_125);
    L => "l", Volume, Some(1000.0);
    Ml => "ml", Volume, Some(1.0);
    Cl => "cl", Volume, Some(10.0);
    Dl => "dl", Volume, Some(100.0);
    FlOz => "fl_oz", Volume, Some(29.573_529_562_5);
    Gal => "gal", Volume, Some(3_785.411_784);
    Qt => "qt", Volume, Some(946.352_946);
    Pt => "pt", Volume, Some(473.176_473);
    Cup => "cup", Volume, Some(236.588_236_5);
    Tbsp => "tbsp", Volume, Some(14.786_764_781_25);
    Tsp => "tsp", Volume, Some(4.928_921_593_75);
    Pinch => "pinch", Count, None;
    Pack => "pack", Count, None;
    Bottle => "bottle", Count, None;
    Can => "can", Count, None;
    Jar => "jar", Count, None;
    Box => "box", Count, None;
    Bag => "bag", Count, None;
    Carton => "carton", Count, None;
    Loaf => "loaf", Count, None;
    Slice => "slice", Count, None;
    Bunch => "bunch", Count, None;
    Head => "head", Count, None;
    Clove => "clove", Count, None;
    Stick => "stick", Count, None;
    Roll => "roll", Count, None;
    Bar => "bar", Count, None;
    Tub => "tub", Count, None;
    Sachet => "sachet", Count, None;
    Piece => "piece", Count, None;
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown unit code {0:?}")]
pub struct UnknownUnit(pub String);

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Why an amount cannot be expressed in another unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{from} cannot be converted to {to}")]
pub struct Incompatible {
    pub from: UnitLabel,
    pub to: UnitLabel,
}

/// A unit or a bare count, for error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnitLabel(pub Option<Unit>);

impl fmt::Display for UnitLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(u) => f.write_str(u.code()),
            None => f.write_str("count"),
        }
    }
}

/// `piece` is an explicit bare count; both mean the same stock.
fn normalise(unit: Option<Unit>) -> Option<Unit> {
    match unit {
        Some(Unit::Piece) => None,
        other => other,
    }
}

/// Convert `value` from one unit (or bare count) to another.
pub fn convert(value: f64, from: Option<Unit>, to: Option<Unit>) -> Result<f64, Incompatible> {
    let (nf, nt) = (normalise(from), normalise(to));
    if nf == nt {
        return Ok(value);
    }
    let err = Incompatible { from: UnitLabel(from), to: UnitLabel(to) };
    match (nf, nt) {
        (Some(a), Some(b)) if a.dimension() == b.dimension() => {
            match (a.base_factor(), b.base_factor()) {
                (Some(fa), Some(fb)) => Ok(value * fa / fb),
                _ => Err(err),
            }
        }
        _ => Err(err),
    }
}

/// Whether amounts in these two units can be added together.
pub fn compatible(a: Option<Unit>, b: Option<Unit>) -> bool {
    convert(1.0, a, b).is_ok()
}

/// The unit to show `value` (given in `unit`) in: metric mass and volume scale up to kg and l
/// at 1000 and down to g and ml below 1, so stock kept in ml still reads "1.5 l".
pub fn display_scale(value: f64, unit: Option<Unit>) -> (f64, Option<Unit>) {
    let target = match unit {
        Some(Unit::G | Unit::Kg | Unit::Mg) => {
            let grams = value * unit.and_then(Unit::base_factor).unwrap_or(1.0);
            if grams.abs() >= 1000.0 { Unit::Kg } else { Unit::G }
        }
        Some(Unit::Ml | Unit::L | Unit::Cl | Unit::Dl) => {
            let ml = value * unit.and_then(Unit::base_factor).unwrap_or(1.0);
            if ml.abs() >= 1000.0 { Unit::L } else { Unit::Ml }
        }
        _ => return (value, unit),
    };
    match convert(value, unit, Some(target)) {
        // Nobody weighs or pours to a fraction of a gram or millilitre: 946.35 ml → 946 ml.
        Ok(v) if matches!(target, Unit::G | Unit::Ml) && v.abs() >= 10.0 => {
            (v.round(), Some(target))
        }
        Ok(v) => (v, Some(target)),
        Err(_) => (value, unit),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_parses_back_to_its_unit() {
        for u in Unit::ALL {
            assert_eq!(u.code().parse::<Unit>().unwrap(), *u);
        }
    }

    #[test]
    fn millilitres_convert_to_litres() {
        assert_eq!(convert(200.0, Some(Unit::Ml), Some(Unit::L)).unwrap(), 0.2);
    }

    #[test]
    fn mass_does_not_convert_to_volume_or_count() {
        assert!(convert(1.0, Some(Unit::G), Some(Unit::Ml)).is_err());
        assert!(convert(1.0, Some(Unit::G), None).is_err());
        assert!(convert(1.0, Some(Unit::Pack), Some(Unit::Bottle)).is_err());
    }

    #[test]
    fn a_piece_is_a_bare_count() {
        assert_eq!(convert(3.0, Some(Unit::Piece), None).unwrap(), 3.0);
    }

    #[test]
    fn large_gram_amounts_display_in_kilograms() {
        assert_eq!(display_scale(1500.0, Some(Unit::G)), (1.5, Some(Unit::Kg)));
        assert_eq!(display_scale(0.25, Some(Unit::L)), (250.0, Some(Unit::Ml)));
        assert_eq!(display_scale(2.0 * 473.176, Some(Unit::Ml)), (946.0, Some(Unit::Ml)));
        assert_eq!(display_scale(2.5, Some(Unit::Ml)), (2.5, Some(Unit::Ml)));
    }
}
