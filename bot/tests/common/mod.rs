//! A household chat over the app, with a clock the test drives.

#![allow(dead_code)]

use std::sync::Arc;

use restock_bot::app::{Answer, App, Defaults, Inbound, Press, PressOutcome};
use restock_bot::clock::ManualClock;
use restock_bot::i18n::I18n;
use restock_core::household::{ChatRef, Platform, UserRef};
use restock_storage::Store;

pub const T0: i64 = 1_764_000_000_000;

pub struct Chat {
    pub app: App,
    pub clock: ManualClock,
}

pub fn user(id: &str) -> UserRef {
    UserRef { platform: Platform::Telegram, user_id: id.into(), display_name: id.into() }
}

impl Chat {
    pub fn new(store: &Store) -> Chat {
        let clock = ManualClock::at(T0);
        let app = App::new(
            store.clone(),
            Arc::new(I18n::load().unwrap()),
            Arc::new(clock.clone()),
            Defaults { locale: "en-US", time_zone: "UTC".into() },
        );
        Chat { app, clock }
    }

    /// `user` writes `text` in the household's group chat.
    pub async fn answer_as(
        &self,
        user_id: &str,
        text: &str,
        source: Option<&str>,
    ) -> Option<Answer> {
        self.answer_in("-100", user_id, text, source).await
    }

    pub async fn answer_in(
        &self,
        chat: &str,
        user_id: &str,
        text: &str,
        source: Option<&str>,
    ) -> Option<Answer> {
        self.clock.advance(1_000);
        let msg = Inbound {
            chat: ChatRef { platform: Platform::Telegram, chat_id: chat.into() },
            user: user(user_id),
            text: text.into(),
            source_id: source.map(str::to_owned),
            locale: Some("en".into()),
        };
        self.app.handle(&msg).await.unwrap()
    }

    pub async fn say_as(&self, user_id: &str, text: &str, source: Option<&str>) -> Option<String> {
        self.answer_as(user_id, text, source).await.map(|a| a.reply.text)
    }

    pub async fn say(&self, text: &str) -> String {
        self.say_as("ann", text, None).await.unwrap()
    }

    /// `user` presses the button with button data `data`.
    pub async fn press(&self, user_id: &str, data: &str) -> PressOutcome {
        self.clock.advance(1_000);
        let press = Press { user: user(user_id), data: data.into(), locale: Some("en".into()) };
        self.app.press(&press).await.unwrap()
    }
}
