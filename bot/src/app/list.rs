//! Adding to and removing from the shopping list by message.

use restock_core::event::{DomainEvent, ItemRef};
use restock_core::parse::ParsedItem;
use restock_storage::journal::ChangeKind;
use restock_storage::{Tx, items, list as shopping};

use super::stock::{find_or_learn, item_name, record};
use super::{AppError, Ctx, Outcome};
use crate::i18n::Msg;
use crate::i18n::Qty;

pub(super) async fn add(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    wanted: &[ParsedItem],
) -> Result<Outcome, AppError> {
    let mut lines = Vec::new();
    let mut changed = false;
    for given in wanted {
        if given
            .quantity
            .is_some_and(|q| !(q.is_finite() && q > 0.0 && q <= restock_core::stock::MAX_AMOUNT))
        {
            return Ok(Outcome::refuse(Msg::AmountNotPositive { item: given.name.clone() }));
        }
        let name = match item_name(&given.name) {
            Ok(n) => n,
            Err(msg) => return Ok(Outcome::refuse(msg)),
        };
        let item = find_or_learn(tx, ctx, &name).await?;
        let was_new = shopping::add(
            tx,
            ctx.id(),
            item.id,
            given.quantity,
            given.unit,
            Some(&ctx.actor()),
            ctx.now,
        )
        .await?;
        if !was_new && given.quantity.is_none() {
            lines.push(Msg::ListAlready { item: item.name });
            continue;
        }
        let item_ref = ItemRef { id: item.id, name: item.name.clone() };
        let event = DomainEvent::ListItemAdded {
            item: item_ref,
            quantity: given.quantity,
            unit: given.unit,
        };
        record(tx, ctx, item.id, ChangeKind::ListAdded, None, &event).await?;
        changed = true;
        lines.push(Msg::ListAdded { entry: Qty::new(given.quantity, given.unit, &item.name) });
    }
    Ok(Outcome::changed(lines, changed))
}

pub(super) async fn remove(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    wanted: &[ParsedItem],
) -> Result<Outcome, AppError> {
    let mut lines = Vec::new();
    let mut changed = false;
    for given in wanted {
        let name = match item_name(&given.name) {
            Ok(n) => n,
            Err(msg) => return Ok(Outcome::refuse(msg)),
        };
        let found = items::find(tx, ctx.id(), &name).await?;
        let Some(item) = found else {
            lines.push(Msg::ListNotThere { item: name.to_string() });
            continue;
        };
        if !shopping::remove(tx, ctx.id(), item.id).await? {
            lines.push(Msg::ListNotThere { item: item.name });
            continue;
        }
        let event = DomainEvent::ListItemRemoved {
            item: ItemRef { id: item.id, name: item.name.clone() },
            reason: "removed".into(),
        };
        record(tx, ctx, item.id, ChangeKind::ListRemoved, None, &event).await?;
        changed = true;
        lines.push(Msg::ListRemoved { item: item.name });
    }
    Ok(Outcome::changed(lines, changed))
}
