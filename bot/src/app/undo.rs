//! Undo: a member takes back their own last message's changes.

use restock_core::event::{DomainEvent, ItemRef};
use restock_core::stock::Level;
use restock_core::unit;
use restock_storage::journal::{self, ChangeKind};
use restock_storage::{Tx, events, items, list as shopping};

use super::{AppError, Ctx, Outcome};
use crate::i18n::Msg;
use crate::i18n::Qty;

/// The stock to go back to. If nobody changed the item since, that is exactly what it was;
/// if someone did, only this member's difference is taken back.
fn restored(current: Level, before: Level, after: Level) -> Level {
    if current == after {
        return before;
    }
    // A purchase onto an unknown stock counted from zero; take back from zero too.
    let before = match (before.quantity, after.quantity) {
        (None, Some(_)) => Level { quantity: Some(0.0), unit: after.unit },
        _ => before,
    };
    match (current.quantity, before.quantity, after.quantity) {
        (Some(now), Some(b), Some(a)) if unit::compatible(before.unit, current.unit) => {
            let delta = unit::convert(b - a, before.unit, current.unit).unwrap_or(0.0);
            Level { quantity: Some((now + delta).max(0.0)), unit: current.unit }
        }
        _ => before,
    }
}

pub(super) async fn last(tx: &mut Tx, ctx: &Ctx<'_>) -> Result<Outcome, AppError> {
    let changes = journal::last_open(tx, ctx.id(), ctx.user.platform, &ctx.user.user_id).await?;
    if changes.is_empty() {
        return Ok(Outcome::refuse(Msg::UndoNothing));
    }
    let mut lines = vec![Msg::UndoDone];
    for change in &changes {
        let Some(item) = items::get(tx, change.item_id).await? else { continue };
        let item_ref = ItemRef { id: item.id, name: item.name.clone() };
        let event = match change.kind {
            ChangeKind::Stock => {
                let level = restored(item.stock, change.before, change.after);
                items::set_stock(tx, item.id, level, ctx.now).await?;
                lines.push(Msg::UndoStockLine {
                    total: Qty::new(level.quantity, level.unit, &item.name),
                });
                DomainEvent::StockSet {
                    item: item_ref,
                    quantity: level.quantity,
                    unit: level.unit,
                    previous: item.stock.quantity,
                    undoes: Some(change.event_id),
                }
            }
            ChangeKind::ListAdded => {
                shopping::remove(tx, ctx.id(), item.id).await?;
                lines.push(Msg::UndoListRemoved { item: item.name.clone() });
                DomainEvent::ListItemRemoved { item: item_ref, reason: "undo".into() }
            }
            ChangeKind::ListRemoved => {
                shopping::add(tx, ctx.id(), item.id, None, None, Some(&ctx.actor()), ctx.now)
                    .await?;
                lines.push(Msg::UndoListAdded { item: item.name.clone() });
                DomainEvent::ListItemAdded { item: item_ref, quantity: None, unit: None }
            }
        };
        events::record(tx, ctx.id(), Some(&ctx.actor()), &event, ctx.now).await?;
        journal::mark_undone(tx, change.id, ctx.now).await?;
    }
    Ok(Outcome::changed(lines, true))
}

#[cfg(test)]
mod tests {
    use super::*;
    use restock_core::unit::Unit;

    fn lvl(q: f64) -> Level {
        Level { quantity: Some(q), unit: None }
    }

    #[test]
    fn an_untouched_item_goes_back_exactly() {
        assert_eq!(restored(lvl(10.0), lvl(12.0), lvl(10.0)), lvl(12.0));
    }

    #[test]
    fn a_change_by_someone_else_since_is_kept() {
        // I used 2 (12 → 10); someone then bought 6 (→ 16). Undo gives back my 2 only.
        assert_eq!(restored(lvl(16.0), lvl(12.0), lvl(10.0)), lvl(18.0));
    }

    #[test]
    fn undoing_a_purchase_onto_an_unknown_stock_after_others_used_some_counts_from_zero() {
        let unknown = Level { quantity: None, unit: None };
        assert_eq!(restored(lvl(9.0), unknown, lvl(12.0)), lvl(0.0));
        assert_eq!(restored(lvl(12.0), unknown, lvl(12.0)), unknown);
    }

    #[test]
    fn differences_convert_to_the_current_unit() {
        let l = |q| Level { quantity: Some(q), unit: Some(Unit::L) };
        let ml = |q| Level { quantity: Some(q), unit: Some(Unit::Ml) };
        assert_eq!(restored(l(2.0), ml(1500.0), ml(1000.0)), l(2.5));
    }
}
