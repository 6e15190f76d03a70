//! The weekly summary fires once, at 18:00 local time, on the Sundays around both
//! daylight-saving changes; a period missed while down is caught up once; two schedulers
//! ticking the same period produce one summary.

use std::sync::Arc;

use chrono::{Datelike, NaiveDate, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use restock_bot::clock::ManualClock;
use restock_bot::scheduler::Scheduler;
use restock_storage::testing::{fresh_postgres, fresh_sqlite};
use restock_storage::{Store, schedules};
use restock_tests::delivery::household;

const MINUTE: i64 = 60_000;

fn local_ms(tz: Tz, date: NaiveDate, h: u32, m: u32) -> i64 {
    tz.from_local_datetime(&date.and_hms_opt(h, m, 0).unwrap()).single().unwrap().timestamp_millis()
}

/// Tick every half hour (and at 17:59 on Sundays) from `from` to `to`; returns the clock
/// times at which a summary fired.
async fn fired_at(store: &Store, tz: Tz, from: NaiveDate, to: NaiveDate) -> Vec<i64> {
    let start = local_ms(tz, from, 0, 0);
    let clock = ManualClock::at(start);
    let scheduler = Scheduler::new(store.clone(), Arc::new(clock.clone()));
    household(store, 1, tz.name(), start).await;
    let mut times: Vec<i64> = (0..)
        .map(|i| start + i * 30 * MINUTE)
        .take_while(|t| *t < local_ms(tz, to, 0, 0))
        .collect();
    let mut d = from;
    while d < to {
        if d.weekday() == Weekday::Sun {
            times.push(local_ms(tz, d, 17, 59));
        }
        d = d.succ_opt().unwrap();
    }
    times.sort();
    let mut fired = Vec::new();
    for t in times {
        clock.set(t);
        for _ in 0..scheduler.tick().await.unwrap() {
            fired.push(t);
        }
    }
    fired
}

async fn fires_at_six_pm_on_each_sunday(tz: &str, from: NaiveDate, sundays: &[NaiveDate]) {
    let db = fresh_sqlite().await;
    let tz: Tz = tz.parse().unwrap();
    let to = sundays.last().unwrap().succ_opt().unwrap().succ_opt().unwrap();
    let fired = fired_at(&db.store, tz, from, to).await;
    let want: Vec<i64> = sundays.iter().map(|d| local_ms(tz, *d, 18, 0)).collect();
    let show = |v: &[i64]| {
        v.iter()
            .map(|t| Utc.timestamp_millis_opt(*t).unwrap().with_timezone(&tz).to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(show(&fired), show(&want));
    assert_eq!(schedules::fired_count(&db.store, "summary:").await.unwrap(), sundays.len() as i64);
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[tokio::test]
async fn berlin_gets_its_summary_at_six_pm_on_the_sundays_around_the_spring_change() {
    // Summer time starts on Sunday 2026-03-29.
    fires_at_six_pm_on_each_sunday(
        "Europe/Berlin",
        day(2026, 3, 20),
        &[day(2026, 3, 22), day(2026, 3, 29), day(2026, 4, 5)],
    )
    .await;
}

#[tokio::test]
async fn berlin_gets_its_summary_at_six_pm_on_the_sundays_around_the_autumn_change() {
    // Summer time ends on Sunday 2026-10-25.
    fires_at_six_pm_on_each_sunday(
        "Europe/Berlin",
        day(2026, 10, 16),
        &[day(2026, 10, 18), day(2026, 10, 25), day(2026, 11, 1)],
    )
    .await;
}

#[tokio::test]
async fn new_york_gets_its_summary_at_six_pm_on_the_sundays_around_the_spring_change() {
    // Daylight saving time starts on Sunday 2026-03-08.
    fires_at_six_pm_on_each_sunday(
        "America/New_York",
        day(2026, 2, 27),
        &[day(2026, 3, 1), day(2026, 3, 8), day(2026, 3, 15)],
    )
    .await;
}

#[tokio::test]
async fn new_york_gets_its_summary_at_six_pm_on_the_sundays_around_the_autumn_change() {
    // Daylight saving time ends on Sunday 2026-11-01.
    fires_at_six_pm_on_each_sunday(
        "America/New_York",
        day(2026, 10, 23),
        &[day(2026, 10, 25), day(2026, 11, 1), day(2026, 11, 8)],
    )
    .await;
}

#[tokio::test]
async fn a_summary_missed_while_everything_was_down_is_sent_once() {
    let db = fresh_sqlite().await;
    let tz: Tz = "Europe/Berlin".parse().unwrap();
    let clock = ManualClock::at(local_ms(tz, day(2026, 5, 1), 12, 0));
    household(&db.store, 1, "Europe/Berlin", clock.now()).await;
    let scheduler = Scheduler::new(db.store.clone(), Arc::new(clock.clone()));
    assert_eq!(scheduler.tick().await.unwrap(), 0);
    // Down from Friday to the Wednesday after next: two Sundays missed.
    clock.set(local_ms(tz, day(2026, 5, 13), 9, 0));
    assert_eq!(scheduler.tick().await.unwrap(), 1);
    assert_eq!(scheduler.tick().await.unwrap(), 0);
    clock.advance(MINUTE);
    assert_eq!(scheduler.tick().await.unwrap(), 0);
    assert_eq!(schedules::fired_count(&db.store, "summary:").await.unwrap(), 1);
    assert_eq!(schedules::fired_count(&db.store, "summary:1:2026-05-10").await.unwrap(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_schedulers_ticking_the_same_period_produce_one_summary() {
    let db = fresh_postgres().await;
    let tz: Tz = "Europe/Berlin".parse().unwrap();
    let created = local_ms(tz, day(2026, 3, 27), 12, 0);
    for n in 0..5 {
        household(&db.store, n, "Europe/Berlin", created).await;
    }
    let clock = ManualClock::at(local_ms(tz, day(2026, 3, 29), 18, 0));
    // Two replicas: separate pools, the same moment.
    let a = Scheduler::new(Store::connect(&db.url).await.unwrap(), Arc::new(clock.clone()));
    let b = Scheduler::new(Store::connect(&db.url).await.unwrap(), Arc::new(clock.clone()));
    let mut fired = 0;
    for _ in 0..5 {
        let (x, y) = tokio::join!(a.tick(), b.tick());
        fired += x.unwrap() + y.unwrap();
    }
    assert_eq!(fired, 5, "one summary per household");
    assert_eq!(schedules::fired_count(&db.store, "summary:").await.unwrap(), 5);
}

trait Now {
    fn now(&self) -> i64;
}

impl Now for ManualClock {
    fn now(&self) -> i64 {
        restock_bot::clock::Clock::now_ms(self)
    }
}
