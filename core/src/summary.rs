//! The numbers a periodic summary shows, from a household's event log: what was used and
//! bought per item, and what is about to run out at the rate it was used.

use crate::event::{DomainEvent, ItemRef};
use crate::unit::{self, Unit};

/// One item's movement over the period, in its latest stock unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    pub item: ItemRef,
    pub unit: Option<Unit>,
    pub used: f64,
    pub bought: f64,
}

/// Used and bought per item, most used first. Amounts whose unit cannot be converted to the
/// item's latest unit are left out rather than mixed in.
pub fn flows(events: &[DomainEvent]) -> Vec<Flow> {
    let mut out: Vec<Flow> = Vec::new();
    for e in events {
        let (item, qty, unit, used) = match e {
            DomainEvent::ItemConsumed { item, quantity: Some(q), unit, .. } => {
                (item, *q, *unit, true)
            }
            DomainEvent::ItemRestocked { item, quantity: Some(q), unit, .. } => {
                (item, *q, *unit, false)
            }
            _ => continue,
        };
        let i = match out.iter().position(|f| f.item.id == item.id) {
            Some(i) => i,
            None => {
                out.push(Flow { item: item.clone(), unit, used: 0.0, bought: 0.0 });
                out.len() - 1
            }
        };
        let flow = &mut out[i];
        if flow.unit != unit {
            // The stock unit changed mid-period: carry the totals over to the new one.
            match (
                unit::convert(flow.used, flow.unit, unit),
                unit::convert(flow.bought, flow.unit, unit),
            ) {
                (Ok(u), Ok(b)) => {
                    flow.used = u;
                    flow.bought = b;
                    flow.unit = unit;
                }
                _ => continue,
            }
        }
        if used {
            flow.used += qty;
        } else {
            flow.bought += qty;
        }
    }
    out.sort_by(|a, b| b.used.total_cmp(&a.used).then_with(|| a.item.name.cmp(&b.item.name)));
    out
}

/// An item that will run out soon at the rate it was used.
#[derive(Debug, Clone, PartialEq)]
pub struct Low {
    pub item: ItemRef,
    pub left: f64,
    pub unit: Option<Unit>,
    /// Days until it runs out at the period's rate.
    pub days: f64,
}

/// Items whose `stock` (id, quantity, unit) lasts less than `horizon_days` at the rate
/// `flows` show over `period_days`; soonest first.
pub fn running_low(
    flows: &[Flow],
    stock: &[(ItemRef, f64, Option<Unit>)],
    period_days: f64,
    horizon_days: f64,
) -> Vec<Low> {
    let mut out: Vec<Low> = stock
        .iter()
        .filter_map(|(item, left, unit)| {
            let flow = flows.iter().find(|f| f.item.id == item.id)?;
            let used = unit::convert(flow.used, flow.unit, *unit).ok()?;
            if used <= 0.0 || period_days <= 0.0 {
                return None;
            }
            let days = left.max(0.0) / (used / period_days);
            (days < horizon_days).then(|| Low {
                item: item.clone(),
                left: *left,
                unit: *unit,
                days,
            })
        })
        .collect();
    out.sort_by(|a, b| a.days.total_cmp(&b.days));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn egg() -> ItemRef {
        ItemRef { id: 1, name: "egg".into() }
    }

    fn used(n: f64) -> DomainEvent {
        DomainEvent::ItemConsumed { item: egg(), quantity: Some(n), unit: None, stock_after: None }
    }

    #[test]
    fn uses_and_purchases_add_up_per_item() {
        let bought = DomainEvent::ItemRestocked {
            item: egg(),
            quantity: Some(12.0),
            unit: None,
            stock_after: None,
        };
        let f = flows(&[used(2.0), bought, used(3.0)]);
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].used, f[0].bought), (5.0, 12.0));
    }

    #[test]
    fn an_item_used_faster_than_it_lasts_is_running_low() {
        let f = flows(&[used(7.0)]);
        let low = running_low(&f, &[(egg(), 2.0, None)], 7.0, 7.0);
        assert_eq!(low.len(), 1);
        assert!((low[0].days - 2.0).abs() < 1e-9);
        assert!(running_low(&f, &[(egg(), 20.0, None)], 7.0, 7.0).is_empty());
    }
}
