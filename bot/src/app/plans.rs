//! `/settings summary off|monthly H|DAY H` and `/settings repeat …`: when the summary comes,
//! and purchases that go on the shopping list by themselves ("12 eggs every Saturday at 9").

use restock_core::household::HouseholdId;
use restock_core::parse::Lang;
use restock_storage::schedules::{self, RECURRING_PURCHASE};
use restock_storage::{Tx, items, settings};

use super::command_items;
use super::stock::{find_or_learn, item_name};
use super::{App, AppError, Ctx};
use crate::i18n::{Msg, PlanMsg, Qty, When};
use crate::scheduler::recurring::{Every, RecurringPurchase};

/// Words that mean "every day", in the languages Restock speaks.
const DAILY: [&str; 8] =
    ["daily", "day", "täglich", "taeglich", "diario", "quotidien", "ежедневно", "каждый"];
/// Words that stop a recurring purchase.
const STOP: [&str; 7] = ["off", "stop", "aus", "no", "non", "стоп", "нет"];

/// What `/settings summary …` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SummaryPlan {
    Off,
    Monthly { hour: i32 },
}

impl SummaryPlan {
    /// `off`, `monthly 18` (the hour is optional); `None` for a weekly time or nonsense.
    pub fn parse(value: &str) -> Option<SummaryPlan> {
        let mut words = value.split_whitespace().map(str::to_lowercase);
        let first = words.next()?;
        if STOP.contains(&first.as_str()) {
            return words.next().is_none().then_some(SummaryPlan::Off);
        }
        if !["monthly", "monatlich", "mensual", "mensuel", "ежемесячно"].contains(&first.as_str())
        {
            return None;
        }
        let hour = match words.next() {
            Some(h) => h.trim_end_matches(":00").parse().ok().filter(|h| (0..=23).contains(h))?,
            None => 18,
        };
        words.next().is_none().then_some(SummaryPlan::Monthly { hour })
    }
}

impl App {
    pub(crate) async fn plan_summary(
        &self,
        tx: &mut Tx,
        household: HouseholdId,
        plan: SummaryPlan,
    ) -> Result<Msg, AppError> {
        Ok(Msg::Plan(match plan {
            SummaryPlan::Off => {
                settings::set_summary(tx, household, "off", None, 18).await?;
                PlanMsg::SummaryOff
            }
            SummaryPlan::Monthly { hour } => {
                settings::set_summary(tx, household, "monthly", None, hour).await?;
                PlanMsg::SummaryMonthly { hour }
            }
        }))
    }

    /// `repeat` (list), `repeat off eggs` (stop), `repeat 12 eggs saturday 9` (add).
    pub(crate) async fn plan_repeat(
        &self,
        tx: &mut Tx,
        ctx: &Ctx<'_>,
        args: &str,
    ) -> Result<Vec<Msg>, AppError> {
        let words: Vec<&str> = args.split_whitespace().collect();
        let Some(first) = words.first() else { return self.repeats(tx, ctx.id()).await };
        let lang = Lang::from_tag(ctx.locale).unwrap_or_default();
        let vocab = items::vocabulary(tx, ctx.id()).await?;
        if STOP.contains(&first.to_lowercase().as_str()) {
            let phrase = words[1..].join(" ");
            let Some(wanted) = command_items::items(&phrase, lang, &vocab).into_iter().next()
            else {
                return Ok(vec![Msg::Plan(PlanMsg::RepeatUsage)]);
            };
            return Ok(vec![self.stop_repeat(tx, ctx, &wanted.name).await?]);
        }
        let Some((phrase, when)) = self.repeat_when(&words) else {
            return Ok(vec![Msg::Plan(PlanMsg::RepeatUsage)]);
        };
        let Some(wanted) = command_items::items(&phrase, lang, &vocab).into_iter().next() else {
            return Ok(vec![Msg::Plan(PlanMsg::RepeatUsage)]);
        };
        let name = match item_name(&wanted.name) {
            Ok(n) => n,
            Err(m) => return Ok(vec![m]),
        };
        let item = find_or_learn(tx, ctx, &name).await?;
        let every = match when.weekday {
            Some(d) => Every::Week { weekday: u32::from(d), hour: when.hour },
            None => Every::Day { hour: when.hour },
        };
        let spec = RecurringPurchase {
            item_id: item.id,
            item: item.name.clone(),
            quantity: wanted.quantity,
            unit: wanted.unit,
            every,
        };
        spec.create(tx, ctx.id(), ctx.now).await?;
        let entry = Qty::new(wanted.quantity, wanted.unit, &item.name);
        Ok(vec![Msg::Plan(PlanMsg::RepeatSet { entry, when })])
    }

    /// The phrase naming the purchase, and when: the last words are a day (or "daily") and
    /// an hour.
    fn repeat_when(&self, words: &[&str]) -> Option<(String, When)> {
        let [phrase @ .., day, hour] = words else { return None };
        if phrase.is_empty() {
            return None;
        }
        let hour: u32 = hour.trim_end_matches(":00").parse().ok().filter(|h| *h <= 23)?;
        let weekday = if DAILY.contains(&day.to_lowercase().as_str()) {
            None
        } else {
            let (d, _) = self.summary_time(&format!("{day} {hour}"))?;
            Some(d)
        };
        Some((phrase.join(" "), When { weekday, hour }))
    }

    async fn stop_repeat(&self, tx: &mut Tx, ctx: &Ctx<'_>, name: &str) -> Result<Msg, AppError> {
        let Ok(item) = item_name(name) else {
            return Ok(Msg::Plan(PlanMsg::RepeatNotFound { item: name.to_owned() }));
        };
        let found = items::find(tx, ctx.id(), &item).await?;
        let mut stopped = false;
        for (id, spec) in schedules::of_household(tx, ctx.id(), RECURRING_PURCHASE).await? {
            let ours = RecurringPurchase::parse(&spec)
                .is_some_and(|s| found.as_ref().is_some_and(|i| i.id == s.item_id));
            if ours {
                stopped |= schedules::disable(tx, ctx.id(), id).await?;
            }
        }
        let item = found.map_or_else(|| name.to_owned(), |i| i.name);
        Ok(Msg::Plan(if stopped {
            PlanMsg::RepeatStopped { item }
        } else {
            PlanMsg::RepeatNotFound { item }
        }))
    }

    async fn repeats(&self, tx: &mut Tx, household: HouseholdId) -> Result<Vec<Msg>, AppError> {
        let specs: Vec<RecurringPurchase> =
            schedules::of_household(tx, household, RECURRING_PURCHASE)
                .await?
                .iter()
                .filter_map(|(_, spec)| RecurringPurchase::parse(spec))
                .collect();
        if specs.is_empty() {
            return Ok(vec![Msg::Plan(PlanMsg::RepeatNone)]);
        }
        let mut lines = vec![Msg::Plan(PlanMsg::RepeatHeader)];
        lines.extend(specs.iter().filter_map(|s| {
            let when = match s.every {
                Every::Day { hour } => When { weekday: None, hour },
                Every::Week { weekday, hour } => When { weekday: u8::try_from(weekday).ok(), hour },
                Every::Month { .. } => return None,
            };
            let entry = Qty::new(s.quantity, s.unit, &s.item);
            Some(Msg::Plan(PlanMsg::RepeatLine { entry, when }))
        }));
        Ok(lines)
    }
}

#[cfg(test)]
mod tests {
    use super::SummaryPlan;

    #[test]
    fn summary_plans_are_read_from_the_arguments() {
        assert_eq!(SummaryPlan::parse("off"), Some(SummaryPlan::Off));
        assert_eq!(SummaryPlan::parse("monthly"), Some(SummaryPlan::Monthly { hour: 18 }));
        assert_eq!(SummaryPlan::parse("monatlich 9"), Some(SummaryPlan::Monthly { hour: 9 }));
        assert_eq!(SummaryPlan::parse("monthly 25"), None);
        assert_eq!(SummaryPlan::parse("sunday 18"), None);
    }
}
