//! Storage notices the user must see: data set aside, storage unavailable, writes refused.

use yew::prelude::*;

use crate::hooks::AppHandle;
use crate::state::Notice;

pub fn notices(app: &AppHandle) -> Html {
    let t = app.text();
    if app.state().notices.is_empty() {
        return html! {};
    }
    html! {
        <div class="notices">
            { for app.state().notices.iter().map(|notice| {
                let message = match notice {
                    Notice::StorageUnavailable => t.notice_storage_unavailable.to_owned(),
                    Notice::WriteFailed => t.notice_write_failed.to_owned(),
                    Notice::Recovered { backup_key, reason } => (t.notice_recovered)(reason, backup_key),
                    Notice::RecoveryFailed { reason } => (t.notice_recovery_failed)(reason),
                };
                let ondismiss = {
                    let app = app.clone();
                    let notice = notice.clone();
                    Callback::from(move |_| app.dismiss_notice(notice.clone()))
                };
                html! {
                    <div class="notice" role="alert" data-testid="notice">
                        <p>{ message }</p>
                        <button type="button" class="notice__dismiss" onclick={ondismiss}>{ t.dismiss }</button>
                    </div>
                }
            }) }
        </div>
    }
}
