//! The scheduler: every minute (driven by tokio-cron-scheduler) it evaluates each
//! household's summary schedule and recurring purchases in the household's time zone, and
//! records what is due. Schedules live in our tables; the outbox row's `(schedule, period)`
//! key makes any number of replicas fire each period once. Only the latest occurrence is
//! considered, so a period missed while everything was down is caught up once.

pub mod calendar;
pub mod housekeeping;
pub mod recurring;
pub mod sweep;

use std::sync::Arc;

use chrono_tz::Tz;
use restock_core::event::DomainEvent;
use restock_core::household::HouseholdId;
use restock_storage::households::Household;
use restock_storage::schedules::{self, RECURRING_PURCHASE};
use restock_storage::{Result, Store};
use tokio::sync::watch;
use tokio_cron_scheduler::{Job, JobScheduler};

use self::calendar::{Cadence, Occurrence, latest};
use self::recurring::RecurringPurchase;
use crate::clock::Clock;

/// The summary cadence a household asked for; `None` when it is off or unreadable.
/// `summary_weekday` counts from Sunday = 0 (the schema's default, 0, is Sunday).
pub fn summary_cadence(h: &Household) -> Option<Cadence> {
    let hour = u32::try_from(h.summary_hour.clamp(0, 23)).ok()?;
    match h.summary_cadence.as_str() {
        "weekly" => Some(Cadence::Weekly {
            weekday: u32::try_from(h.summary_weekday.rem_euclid(7)).ok()?,
            hour,
        }),
        "monthly" => Some(Cadence::Monthly { day: 1, hour }),
        _ => None,
    }
}

/// The dedupe key of a household's summary for a period.
pub fn summary_key(household: HouseholdId, period: &str) -> String {
    format!("summary:{household}:{period}")
}

/// The cron driver could not be set up.
#[derive(Debug, thiserror::Error)]
#[error("scheduler: {0}")]
pub struct SchedulerError(#[from] tokio_cron_scheduler::JobSchedulerError);

#[derive(Clone)]
pub struct Scheduler {
    store: Store,
    clock: Arc<dyn Clock>,
}

impl Scheduler {
    pub fn new(store: Store, clock: Arc<dyn Clock>) -> Scheduler {
        Scheduler { store, clock }
    }

    /// Evaluate every schedule at the clock's time; returns how many periods fired here.
    pub async fn tick(&self) -> Result<usize> {
        let now = self.clock.now_ms();
        let mut fired = 0;
        for h in schedules::summary_households(&self.store).await? {
            let (Some(cadence), Some(tz)) = (summary_cadence(&h), zone(&h.time_zone)) else {
                continue;
            };
            let Some(due) = due(cadence, tz, now, h.created_at) else { continue };
            let event = DomainEvent::WeeklySummaryDue { period: due.period.clone() };
            fired += usize::from(
                self.fire(h.id(), &event, &summary_key(h.id(), &due.period), None, now).await?,
            );
        }
        for s in schedules::active(&self.store, RECURRING_PURCHASE).await? {
            let (Some(spec), Some(tz)) = (RecurringPurchase::parse(&s.spec), zone(&s.time_zone))
            else {
                tracing::warn!(schedule = s.id, "unreadable recurring purchase; skipped");
                continue;
            };
            let Some(due) = due(spec.every.into(), tz, now, s.created_at) else { continue };
            let event =
                DomainEvent::RecurringPurchaseDue { schedule_id: s.id, period: due.period.clone() };
            let key = format!("recurring:{}:{}", s.id, due.period);
            fired += usize::from(
                self.fire(
                    HouseholdId(s.household_id),
                    &event,
                    &key,
                    Some((s.id, &due.period)),
                    now,
                )
                .await?,
            );
        }
        Ok(fired)
    }

    async fn fire(
        &self,
        household: HouseholdId,
        event: &DomainEvent,
        key: &str,
        schedule: Option<(i64, &str)>,
        now: i64,
    ) -> Result<bool> {
        let mut tx = self.store.begin().await?;
        if schedules::fire(&mut tx, household, event, key, now).await?.is_none() {
            tx.rollback().await?;
            return Ok(false);
        }
        if let Some((id, period)) = schedule {
            schedules::mark_fired(&mut tx, id, period).await?;
        }
        tx.commit().await?;
        tracing::info!(%household, key, "schedule fired");
        Ok(true)
    }

    /// Tick now, then at the start of every minute until `shutdown` turns true.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) -> Result<(), SchedulerError> {
        let mut cron = JobScheduler::new().await?;
        let me = self.clone();
        cron.add(Job::new_async("0 * * * * *", move |_, _| {
            let me = me.clone();
            Box::pin(async move { me.tick_logged().await })
        })?)
        .await?;
        let me = self.clone();
        cron.add(Job::new_async("0 17 * * * *", move |_, _| {
            let me = me.clone();
            Box::pin(async move { me.hourly_logged().await })
        })?)
        .await?;
        self.tick_logged().await;
        self.hourly_logged().await;
        cron.start().await?;
        let _ = shutdown.wait_for(|stop| *stop).await;
        cron.shutdown().await?;
        Ok(())
    }

    /// The forecast sweep and housekeeping, once an hour.
    pub async fn hourly(&self) -> Result<(usize, housekeeping::Pruned)> {
        let now = self.clock.now_ms();
        let reminded = sweep::sweep(&self.store, now).await?;
        let pruned = housekeeping::prune(&self.store, now).await?;
        Ok((reminded, pruned))
    }

    async fn hourly_logged(&self) {
        match self.hourly().await {
            Ok((reminded, pruned)) => {
                tracing::info!(reminded, ?pruned, "forecast sweep and housekeeping done")
            }
            Err(e) => tracing::warn!(error = %e, "forecast sweep failed; the next hour retries"),
        }
    }

    async fn tick_logged(&self) {
        if let Err(e) = self.tick().await {
            tracing::warn!(error = %e, "scheduler tick failed; the next tick catches up");
        }
    }
}

fn zone(name: &str) -> Option<Tz> {
    name.parse().ok()
}

/// The latest occurrence, unless it lies before the schedule existed.
fn due(cadence: Cadence, tz: Tz, now: i64, since: i64) -> Option<Occurrence> {
    latest(cadence, tz, now).filter(|o| o.at_ms >= since)
}
