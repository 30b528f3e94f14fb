//! The assessments-and-data view (`#/data`): the assessment being edited (name, organization),
//! every assessment (switch, duplicate, delete, create), snapshots and their comparison,
//! export, import with a preview, and clearing all data. It renders state and sends actions;
//! reading files, previews and merges are the pure functions of `domain::transfer`.

mod assessments;
pub mod compare;
mod snapshots;

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::needs::Needs;
use crate::domain::chunks;
use crate::domain::document::{Document, MAX_DOCUMENT_BYTES, MAX_NAME_CHARS, encode};
use crate::domain::export::{csv_file_name, to_csv};
use crate::domain::transfer::{self, Change, ImportError, ImportMode};
use crate::hooks::use_app;
use crate::i18n::data::{DataText, data_text};
use crate::platform::persist::{self, Persistence};
use crate::platform::{clock, files};
use crate::views::data::assessments::{assessments, use_assessments};
use crate::views::data::snapshots::{snapshots, use_snapshots};

/// What the import section shows.
#[derive(Clone, PartialEq)]
enum ImportState {
    Idle,
    Reading,
    Failed(Option<ImportError>),
    Preview {
        file_name: String,
        incoming: Rc<Document>,
    },
    Done(String),
}

#[component]
pub fn DataView() -> Html {
    crate::rendered!("DataView");
    let app = use_app();
    let state = app.state();
    let lang = state.language();
    let t = data_text(lang);
    let actions = app.actions();
    let document = &state.document;
    let active = document.active();
    let display_name = |name: &str| display_name(t, name);
    let assessments_state = use_assessments();
    let snapshots_state = use_snapshots(active.snapshots.len());
    // The view asks for the core only, so backup and import never wait for a download; the
    // CSV and the comparison, which name every check's items, wait for every chunk (`Needs`).

    let confirm_clear = use_state(|| false);
    let clear_status = use_state(|| None::<&'static str>);
    let import = use_state(|| ImportState::Idle);
    let import_mode = use_state(|| ImportMode::Merge);
    use_confirmation_focus(*confirm_clear, "data-clear-heading", "clear-all".to_owned());
    // Whether the browser keeps the storage: asked once when the view opens.
    let persistence = use_state(|| None::<Persistence>);
    {
        let persistence = persistence.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                persistence.set(Some(persist::status().await));
            });
        });
    }
    let reader = use_mut_ref(|| None::<files::Reading>);

    // A file read and checked: its preview takes the focus, so it is heard and can be confirmed.
    {
        let previewing = matches!(*import, ImportState::Preview { .. });
        use_effect_with(previewing, |previewing| {
            if *previewing {
                focus_by_id("import-preview-heading");
            }
        });
    }

    // The assessment being edited.
    let on_rename = {
        let actions = actions.clone();
        let id = active.id.clone();
        Callback::from(move |event: InputEvent| {
            actions.rename_assessment(
                id.clone(),
                event.target_unchecked_into::<HtmlInputElement>().value(),
            );
        })
    };
    let on_organization = {
        let actions = actions.clone();
        Callback::from(move |event: InputEvent| {
            actions.set_organization(event.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let current = html! {
        <section class="data__section" aria-labelledby="data-current-heading">
            <h2 id="data-current-heading">{ t.current_heading }</h2>
            <p class="field">
                <label for="assessment-name">{ t.name_label }</label>
                <input type="text" id="assessment-name" value={active.name.clone()}
                    maxlength={MAX_NAME_CHARS.to_string()} oninput={on_rename}
                    placeholder={t.name_hint} autocomplete="off" />
            </p>
            <p class="field">
                <label for="organization">{ t.organization_label }</label>
                <input type="text" id="organization" value={active.organization.clone()}
                    maxlength={MAX_NAME_CHARS.to_string()} oninput={on_organization}
                    placeholder={t.organization_hint} autocomplete="organization" />
            </p>
        </section>
    };

    // Export.
    let on_export_json = {
        let document = document.clone();
        Callback::from(move |_: MouseEvent| {
            files::download(
                &format!("cloud-self-check-{}.json", clock::today()),
                &encode(&document),
                "application/json",
            )
        })
    };
    let on_export_csv = {
        let assessment = active.clone();
        let catalog = state.catalog;
        Callback::from(move |_: MouseEvent| {
            files::download(
                &csv_file_name(&assessment.name, &clock::today()),
                &to_csv(catalog, &assessment, lang, &clock::today()),
                "text/csv;charset=utf-8",
            )
        })
    };
    let export = html! {
        <section class="data__section" aria-labelledby="data-export-heading">
            <h2 id="data-export-heading">{ t.export_heading }</h2>
            <p>{ t.export_purpose }</p>
            if let Some(persistence) = *persistence {
                <p data-testid="persistence" data-persisted={(persistence == Persistence::Granted).to_string()}>
                    { match persistence {
                        Persistence::Granted => t.persistence_granted,
                        Persistence::NotGranted => t.persistence_not_granted,
                    } }
                </p>
            }
            <p class="data__buttons">
                <button type="button" class="button button--primary" id="export-json" onclick={on_export_json.clone()}>{ t.export_json }</button>
                <Needs chunks={chunks::all().collect::<Vec<_>>()} {lang}>
                    <button type="button" class="button" id="export-csv" onclick={on_export_csv}>{ (t.export_csv)(&active.name) }</button>
                </Needs>
            </p>
        </section>
    };

    // Import.
    let on_file = {
        let import = import.clone();
        let reader = reader.clone();
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            let file_name = file.name();
            let size = file.size() as u64;
            // Too large: refused before a byte is read.
            if size > MAX_DOCUMENT_BYTES as u64 {
                import.set(ImportState::Failed(Some(ImportError::TooLarge {
                    bytes: size,
                })));
                return;
            }
            import.set(ImportState::Reading);
            let import = import.clone();
            let task = files::read_bytes(file, move |bytes| {
                let next = match bytes {
                    Some(bytes) => match transfer::read(size, &bytes) {
                        Ok(incoming) => ImportState::Preview {
                            file_name: file_name.clone(),
                            incoming: Rc::new(incoming),
                        },
                        Err(error) => ImportState::Failed(Some(error)),
                    },
                    None => ImportState::Failed(None),
                };
                import.set(next);
            });
            *reader.borrow_mut() = Some(task);
            // The same file can be chosen again after a correction.
            input.set_value("");
        })
    };
    let import_body = match &*import {
        ImportState::Idle => Html::default(),
        ImportState::Reading => html! { <p role="status">{ t.import_reading }</p> },
        ImportState::Failed(error) => html! {
            <p class="field-error" role="alert" data-testid="import-error">{ import_error(t, error.as_ref()) }</p>
        },
        ImportState::Done(file_name) => html! {
            <p class="notice notice--ok" role="status" data-testid="import-done">{ (t.imported)(file_name, &display_name(&document.active().name)) }</p>
        },
        ImportState::Preview {
            file_name,
            incoming,
        } => {
            let mode = *import_mode;
            let changes = transfer::preview(document, incoming, mode);
            let mode_radio = |value: ImportMode,
                              id: &'static str,
                              label: &'static str,
                              hint: &'static str| {
                let import_mode = import_mode.clone();
                let onchange = Callback::from(move |_: Event| import_mode.set(value));
                html! {
                    <div class="choice">
                        <input type="radio" name="import-mode" id={id} checked={mode == value} {onchange}
                            aria-describedby={format!("{id}-hint")} />
                        <label for={id}>{ label }</label>
                        <p id={format!("{id}-hint")} class="hint">{ hint }</p>
                    </div>
                }
            };
            let on_confirm = {
                let app = app.clone();
                let import = import.clone();
                let incoming = incoming.clone();
                let file_name = file_name.clone();
                Callback::from(move |_: MouseEvent| {
                    // What storage could not hold is refused, before anything changes.
                    if let Err(bytes) = app.import(&incoming, mode) {
                        import.set(ImportState::Failed(Some(ImportError::TooLarge { bytes })));
                        return;
                    }
                    import.set(ImportState::Done(file_name.clone()));
                    focus_by_id("import-file");
                })
            };
            let on_cancel = {
                let import = import.clone();
                Callback::from(move |_: MouseEvent| {
                    import.set(ImportState::Idle);
                    focus_by_id("import-file");
                })
            };
            html! {
                <div class="data__preview" role="region" aria-labelledby="import-preview-heading" data-testid="import-preview">
                    <h3 id="import-preview-heading" tabindex="-1">{ (t.preview_heading)(file_name) }</h3>
                    <fieldset>
                        <legend>{ t.mode_legend }</legend>
                        { mode_radio(ImportMode::Merge, "import-merge", t.mode_merge, t.mode_merge_hint) }
                        { mode_radio(ImportMode::Replace, "import-replace", t.mode_replace, t.mode_replace_hint) }
                    </fieldset>
                    <ul class="data__changes">
                        { for changes.iter().map(|change| html! { <li>{ change_text(t, change, &display_name) }</li> }) }
                    </ul>
                    <p class="data__buttons">
                        <button type="button" class="button button--primary" id="import-confirm" onclick={on_confirm}>{ t.import_confirm }</button>
                        <button type="button" class="button" onclick={on_cancel}>{ t.cancel }</button>
                    </p>
                </div>
            }
        }
    };
    let import_section = html! {
        <section class="data__section" aria-labelledby="data-import-heading">
            <h2 id="data-import-heading">{ t.import_heading }</h2>
            <p>{ t.import_purpose }</p>
            <p class="field">
                <label for="import-file">{ t.import_label }</label>
                <input type="file" id="import-file" accept=".json,application/json" onchange={on_file} />
            </p>
            { import_body }
        </section>
    };

    // Clear all data.
    let on_clear = {
        let confirm_clear = confirm_clear.clone();
        let clear_status = clear_status.clone();
        Callback::from(move |_: MouseEvent| {
            clear_status.set(None);
            confirm_clear.set(true)
        })
    };
    let clear_dialog = (*confirm_clear).then(|| {
        let on_confirm = {
            let actions = actions.clone();
            let confirm_clear = confirm_clear.clone();
            let clear_status = clear_status.clone();
            let import = import.clone();
            Callback::from(move |_: MouseEvent| {
                let cleared = actions.clear_all();
                confirm_clear.set(false);
                import.set(ImportState::Idle);
                match cleared {
                    Ok(kept) => {
                        clear_status.set(Some(if kept == 0 { t.cleared } else { t.cleared_some_kept }));
                    }
                    Err(_) => clear_status.set(Some(t.clear_failed)),
                }
            })
        };
        let on_cancel = {
            let confirm_clear = confirm_clear.clone();
            Callback::from(move |_: MouseEvent| confirm_clear.set(false))
        };
        confirm_dialog(
            "data-clear",
            t.clear_confirm_heading,
            t.clear_confirm_text,
            html! {
                <>
                    <button type="button" class="button" onclick={on_export_json.clone()}>{ t.clear_export_first }</button>
                    <button type="button" class="button button--danger" id="clear-confirm" onclick={on_confirm}>{ t.clear_confirm }</button>
                    <button type="button" class="button" onclick={on_cancel}>{ t.cancel }</button>
                </>
            },
        )
    });
    let clear = html! {
        <section class="data__section data__section--danger" aria-labelledby="data-clear-section-heading">
            <h2 id="data-clear-section-heading">{ t.clear_heading }</h2>
            <p>{ t.clear_purpose }</p>
            <p><button type="button" class="button button--danger" id="clear-all" onclick={on_clear}>{ t.clear_button }</button></p>
            { for clear_dialog }
            if let Some(status) = *clear_status {
                <p class="notice" role="status" data-testid="clear-status">{ status }</p>
            }
        </section>
    };

    html! {
        <article class="data" aria-labelledby="data-heading">
            <h1 id="data-heading">{ t.heading }</h1>
            <p class="lead">{ t.purpose }</p>
            { current }
            { assessments(&app, &assessments_state) }
            { snapshots(&app, &snapshots_state) }
            { export }
            { import_section }
            { clear }
        </article>
    }
}

/// An assessment's or snapshot's name as shown: 「（名称未設定）」 for an empty one.
fn display_name(t: &DataText, name: &str) -> String {
    if name.trim().is_empty() {
        t.unnamed.to_owned()
    } else {
        name.to_owned()
    }
}

/// A text field's `oninput` that keeps what is typed in `value`.
fn text_input(value: &UseStateHandle<String>) -> Callback<InputEvent> {
    let value = value.clone();
    Callback::from(move |event: InputEvent| {
        value.set(event.target_unchecked_into::<HtmlInputElement>().value());
    })
}

/// A confirmation that opens takes the focus (its heading `heading_id`), so keyboard and
/// screen-reader users land on its question; one that closes gives it back to `return_to`,
/// where it was opened from, or (that element gone, say the row of a deleted assessment) to
/// the list's heading.
#[hook]
fn use_confirmation_focus(open: bool, heading_id: &'static str, return_to: String) {
    let back_to = use_mut_ref(|| None::<String>);
    use_effect_with(open, move |open| {
        if *open {
            *back_to.borrow_mut() = Some(return_to);
            focus_by_id(heading_id);
        } else if let Some(back) = back_to.borrow_mut().take()
            && !focus_by_id(&back)
        {
            focus_by_id("data-list-heading");
        }
    });
}

/// A confirmation that stays in the page's flow, announced as an alert dialog.
fn confirm_dialog(id: &str, heading: &str, text: &str, actions: Html) -> Html {
    html! {
        <div class="confirm" role="alertdialog" aria-labelledby={format!("{id}-heading")}
            aria-describedby={format!("{id}-text")} data-testid={id.to_owned()}>
            <h3 id={format!("{id}-heading")} tabindex="-1">{ heading.to_owned() }</h3>
            <p id={format!("{id}-text")}>{ text.to_owned() }</p>
            <p class="confirm__actions">{ actions }</p>
        </div>
    }
}

/// Why a file cannot be imported, and what to do instead: two sentences.
pub fn import_error(t: &DataText, error: Option<&ImportError>) -> String {
    match error {
        None => t.error_unreadable.to_owned(),
        Some(ImportError::TooLarge { .. }) => t.error_too_large.to_owned(),
        Some(ImportError::Empty) => t.error_empty.to_owned(),
        Some(ImportError::NotText) => t.error_not_text.to_owned(),
        Some(ImportError::Csv) => t.error_csv.to_owned(),
        Some(ImportError::NotJson) => t.error_not_json.to_owned(),
        Some(ImportError::Truncated) => t.error_truncated.to_owned(),
        Some(ImportError::NotOurs) => t.error_not_ours.to_owned(),
        Some(ImportError::Damaged) => t.error_damaged.to_owned(),
        Some(ImportError::Newer { version }) => (t.error_newer)(*version),
    }
}

fn change_text(t: &DataText, change: &Change, display_name: &dyn Fn(&str) -> String) -> String {
    match change {
        Change::Added { name, answered } => (t.change_added)(&display_name(name), *answered),
        Change::Updated { name, changed } => (t.change_updated)(&display_name(name), *changed),
        Change::Removed { name, answered } => (t.change_removed)(&display_name(name), *answered),
        Change::Unchanged { name } => (t.change_unchanged)(&display_name(name)),
    }
}

/// Moves the focus to the element with this id; `false` if there is none.
fn focus_by_id(id: &str) -> bool {
    // Embedded, the tool's elements are in a shadow root the document cannot see into.
    match crate::app::embed::element_by_id(id) {
        Some(element) => element.focus().is_ok(),
        None => false,
    }
}
