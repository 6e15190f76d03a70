//! Questions: how much of something is there, and what is on the list.

use restock_core::parse::ParsedItem;
use restock_storage::{Tx, items, list as shopping};

use super::stock::item_name;
use super::{AppError, Ctx, Outcome};
use crate::i18n::Msg;
use crate::i18n::Qty;

pub(super) async fn stock(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    asked: &[ParsedItem],
) -> Result<Outcome, AppError> {
    if asked.is_empty() {
        let all = items::all(tx, ctx.id()).await?;
        let known: Vec<_> = all.into_iter().filter(|i| i.stock.quantity.is_some()).collect();
        if known.is_empty() {
            return Ok(Outcome::refuse(Msg::StockOverviewEmpty));
        }
        let mut lines = vec![Msg::StockOverviewHeader];
        lines.extend(known.into_iter().map(|i| Msg::StockOverviewLine {
            total: Qty::new(i.stock.quantity, i.stock.unit, &i.name),
        }));
        return Ok(Outcome::refuse_all(lines));
    }
    let mut lines = Vec::new();
    for given in asked {
        let name = match item_name(&given.name) {
            Ok(n) => n,
            Err(msg) => return Ok(Outcome::refuse(msg)),
        };
        lines.push(match items::find(tx, ctx.id(), &name).await? {
            None => Msg::ItemNotKnown { item: name.to_string() },
            Some(i) if i.stock.quantity.is_none() => Msg::StockUnknown { item: i.name },
            Some(i) => Msg::StockIs { total: Qty::new(i.stock.quantity, i.stock.unit, &i.name) },
        });
    }
    Ok(Outcome::refuse_all(lines))
}

pub(super) async fn list(tx: &mut Tx, ctx: &Ctx<'_>) -> Result<Outcome, AppError> {
    let entries = shopping::entries(tx, ctx.id()).await?;
    if entries.is_empty() {
        return Ok(Outcome::refuse(Msg::ListEmpty));
    }
    let mut lines = vec![Msg::ListHeader { count: entries.len() }];
    lines.extend(
        entries.iter().map(|e| Msg::ListLine { entry: Qty::new(e.quantity, e.unit, &e.name) }),
    );
    Ok(Outcome::refuse_all(lines))
}
