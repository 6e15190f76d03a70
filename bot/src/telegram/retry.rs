//! What to do after a failed request to Telegram.

use std::time::Duration;

use teloxide::{ApiError, RequestError};

/// The next step after a failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// Flood control: wait exactly this long (this does not count as a failed try).
    WaitThenRetry(Duration),
    /// A 5xx, a timeout, a dropped connection: back off and try again.
    BackOff,
    /// The group became a supergroup with this id: send there instead.
    Migrated(i64),
    /// The content is already what we asked for (an edit that changes nothing): done.
    AlreadyDone,
    /// Retrying cannot help (blocked, chat gone, malformed request).
    GiveUp,
}

pub fn classify(err: &RequestError) -> Next {
    match err {
        RequestError::RetryAfter(s) => Next::WaitThenRetry(s.duration()),
        RequestError::MigrateToChatId(id) => Next::Migrated(id.0),
        RequestError::Network(_) | RequestError::Io(_) => Next::BackOff,
        // A proxy's error page in front of the Bot API is not JSON.
        RequestError::InvalidJson { .. } => Next::BackOff,
        RequestError::Api(ApiError::MessageNotModified) => Next::AlreadyDone,
        // Client errors say so at the start of their description; teloxide does not know
        // every one of them.
        RequestError::Api(ApiError::Unknown(d))
            if ["Bad Request", "Forbidden", "Not Found", "Unauthorized"]
                .iter()
                .any(|p| d.starts_with(p)) =>
        {
            Next::GiveUp
        }
        // The Bot API reports 5xx with descriptions teloxide does not know ("Internal Server
        // Error", "Bad Gateway"); known descriptions are permanent client errors.
        RequestError::Api(ApiError::Unknown(_)) => Next::BackOff,
        RequestError::Api(_) => Next::GiveUp,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use teloxide::types::Seconds;

    #[test]
    fn flood_control_waits_and_client_errors_give_up() {
        let wait = RequestError::RetryAfter(Seconds::from_seconds(3));
        assert_eq!(classify(&wait), Next::WaitThenRetry(Duration::from_secs(3)));
        assert_eq!(classify(&RequestError::Api(ApiError::BotBlocked)), Next::GiveUp);
        let unknown = RequestError::Api(ApiError::Unknown("Internal Server Error".into()));
        assert_eq!(classify(&unknown), Next::BackOff);
        let refused = RequestError::Api(ApiError::Unknown("Bad Request: no photos here".into()));
        assert_eq!(classify(&refused), Next::GiveUp);
        assert_eq!(classify(&RequestError::Api(ApiError::MessageNotModified)), Next::AlreadyDone);
    }
}
