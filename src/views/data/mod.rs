//! The assessments-and-data view (`#/data`): the assessment being edited (name, organization),
//! every assessment (switch, duplicate, delete, create), snapshots and their comparison,
//! export, import with a preview, and clearing all data. It renders state and sends actions;
//! reading files, previews and merges are the pure functions of `domain::transfer`.

pub mod compare;

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::domain::document::{Document, MAX_DOCUMENT_BYTES, MAX_NAME_CHARS, encode};
use crate::domain::export::{csv_file_name, to_csv};
use crate::domain::summary::Frozen;
use crate::domain::text::Lang;
use crate::domain::transfer::{self, Change, ImportError, ImportMode};
use crate::hooks::use_app;
use crate::i18n::data::{DataText, data_text};
use crate::platform::files;
use crate::platform::persist::{self, Persistence};
use crate::platform::storage::{self, BrowserStorage};
use crate::state::Action;
use crate::views::data::compare::comparison_view;

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
    let app = use_app();
    let state = app.state();
    let lang = state.language();
    let t = data_text(lang);
    let dispatcher = app.dispatcher();
    let document = &state.document;
    let active = document.active();

    let new_name = use_state(String::new);
    let snapshot_label = use_state(String::new);
    let confirm_delete = use_state(|| None::<String>);
    let confirm_clear = use_state(|| false);
    let confirm_snapshot = use_state(|| None::<String>);
    let clear_status = use_state(|| None::<&'static str>);
    let import = use_state(|| ImportState::Idle);
    let import_mode = use_state(|| ImportMode::Merge);
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
    let reader = use_mut_ref(|| None::<gloo_file::callbacks::FileReader>);
    let compare_before = use_state(|| None::<String>);
    let compare_after = use_state(String::new);

    // A confirmation that opens takes the focus, so keyboard and screen-reader users land on
    // its question; one that closes gives it back to where it was opened from.
    {
        let open = (*confirm_delete).is_some() || *confirm_clear;
        let target = if (*confirm_delete).is_some() {
            "data-delete-heading"
        } else if *confirm_clear {
            "data-clear-heading"
        } else {
            ""
        };
        // Where the focus goes back to when the confirmation closes.
        let return_to = use_mut_ref(|| None::<String>);
        let delete_button = (*confirm_delete)
            .as_ref()
            .map(|id| format!("delete-{id}"))
            .unwrap_or_default();
        use_effect_with((open, target), move |(open, target)| {
            if *open {
                *return_to.borrow_mut() = Some(if *target == "data-clear-heading" {
                    "clear-all".to_owned()
                } else {
                    delete_button
                });
                focus_by_id(target);
            } else if let Some(back) = return_to.borrow_mut().take() {
                // The row is gone once its assessment is deleted: then the list's heading.
                if !focus_by_id(&back) {
                    focus_by_id("data-list-heading");
                }
            }
        });
    }
    // A snapshot's confirmation takes the focus when it opens.
    {
        let asking = (*confirm_snapshot).is_some();
        use_effect_with(asking, |asking| {
            if *asking {
                focus_by_id("data-snapshot-delete-heading");
            }
        });
    }
    // A file read and checked: its preview takes the focus, so it is heard and can be confirmed.
    {
        let previewing = matches!(*import, ImportState::Preview { .. });
        use_effect_with(previewing, |previewing| {
            if *previewing {
                focus_by_id("import-preview-heading");
            }
        });
    }
    // A snapshot just saved: the label field, emptied, keeps the focus for the next one.
    {
        let count = active.snapshots.len();
        let seen = use_mut_ref(|| count);
        use_effect_with(count, move |count| {
            if *count > *seen.borrow() {
                focus_by_id("snapshot-label");
            }
            *seen.borrow_mut() = *count;
        });
    }

    let text_input = |value: &UseStateHandle<String>| {
        let value = value.clone();
        Callback::from(move |event: InputEvent| {
            value.set(event.target_unchecked_into::<HtmlInputElement>().value());
        })
    };

    // The assessment being edited.
    let on_rename = {
        let dispatcher = dispatcher.clone();
        let id = active.id.clone();
        Callback::from(move |event: InputEvent| {
            dispatcher.dispatch(Action::RenameAssessment {
                id: id.clone(),
                name: event.target_unchecked_into::<HtmlInputElement>().value(),
            });
        })
    };
    let on_organization = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |event: InputEvent| {
            dispatcher.dispatch(Action::SetOrganization(
                event.target_unchecked_into::<HtmlInputElement>().value(),
            ));
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

    // Every assessment.
    let display_name = |name: &str| {
        if name.trim().is_empty() {
            t.unnamed.to_owned()
        } else {
            name.to_owned()
        }
    };
    let only_one = document.assessments().len() < 2;
    let rows = document.assessments().iter().map(|assessment| {
        let name = display_name(&assessment.name);
        let is_active = assessment.id == active.id;
        let answered = assessment
            .answers
            .iter()
            .filter(|(_, response)| response.answer.is_some())
            .count();
        let on_switch = {
            let dispatcher = dispatcher.clone();
            let id = assessment.id.clone();
            Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::SwitchAssessment(id.clone())))
        };
        let on_duplicate = {
            let dispatcher = dispatcher.clone();
            let source = assessment.id.clone();
            let name = (t.copy_name)(&name);
            Callback::from(move |_: MouseEvent| {
                dispatcher.dispatch(Action::DuplicateAssessment {
                    source: source.clone(),
                    name: name.clone(),
                    now: storage::now_iso(),
                    entropy: files::entropy(),
                })
            })
        };
        let on_delete = {
            let confirm_delete = confirm_delete.clone();
            let id = assessment.id.clone();
            Callback::from(move |_: MouseEvent| confirm_delete.set(Some(id.clone())))
        };
        html! {
            <tr key={assessment.id.clone()} data-assessment={assessment.id.clone()} aria-current={is_active.then_some("true")}>
                <th scope="row">
                    { name.clone() }
                    if is_active { <span class="badge badge--current">{ t.editing_badge }</span> }
                </th>
                <td>{ assessment.created_at.get(..10).unwrap_or("") }</td>
                <td>{ answered }</td>
                <td class="data__actions">
                    if !is_active {
                        <button type="button" class="button" onclick={on_switch}
                            aria-label={(t.switch)(&name)}>{ (t.switch)(&name) }</button>
                    }
                    <button type="button" class="button" onclick={on_duplicate}>{ (t.duplicate)(&name) }</button>
                    <button type="button" class="button button--danger" onclick={on_delete}
                        id={format!("delete-{}", assessment.id)} disabled={only_one} aria-describedby={only_one.then_some("data-only-one")}>
                        { (t.delete)(&name) }
                    </button>
                </td>
            </tr>
        }
    });
    let delete_dialog = (*confirm_delete).as_ref().and_then(|id| {
        let assessment = document.assessment(id)?;
        let name = display_name(&assessment.name);
        let on_confirm = {
            let dispatcher = dispatcher.clone();
            let confirm_delete = confirm_delete.clone();
            let id = id.clone();
            Callback::from(move |_: MouseEvent| {
                dispatcher.dispatch(Action::DeleteAssessment(id.clone()));
                confirm_delete.set(None);
            })
        };
        let on_cancel = {
            let confirm_delete = confirm_delete.clone();
            Callback::from(move |_: MouseEvent| confirm_delete.set(None))
        };
        Some(confirm_dialog(
            "data-delete",
            &(t.delete_heading)(&name),
            t.delete_text,
            html! {
                <>
                    <button type="button" class="button button--danger" onclick={on_confirm}>{ t.delete_confirm }</button>
                    <button type="button" class="button" onclick={on_cancel}>{ t.cancel }</button>
                </>
            },
        ))
    });
    let on_create = {
        let dispatcher = dispatcher.clone();
        let new_name = new_name.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            dispatcher.dispatch(Action::CreateAssessment {
                name: (*new_name).clone(),
                now: storage::now_iso(),
                entropy: files::entropy(),
            });
            new_name.set(String::new());
        })
    };
    let list = html! {
        <section class="data__section" aria-labelledby="data-list-heading">
            <h2 id="data-list-heading" tabindex="-1">{ t.list_heading }</h2>
            <div class="table-scroll">
                <table class="data__table">
                    <caption>{ t.list_caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.col_name }</th>
                            <th scope="col">{ t.col_created }</th>
                            <th scope="col">{ t.col_answered }</th>
                            <th scope="col">{ t.col_actions }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            if only_one { <p id="data-only-one" class="hint">{ t.only_one }</p> }
            { for delete_dialog }
            <form class="data__inline-form" onsubmit={on_create}>
                <label for="new-assessment">{ t.new_label }</label>
                <input type="text" id="new-assessment" value={(*new_name).clone()}
                    maxlength={MAX_NAME_CHARS.to_string()} oninput={text_input(&new_name)}
                    placeholder={t.new_placeholder} autocomplete="off" />
                <button type="submit" class="button button--primary">{ t.create }</button>
            </form>
        </section>
    };

    // Snapshots and their comparison.
    let on_snapshot = {
        let dispatcher = dispatcher.clone();
        let snapshot_label = snapshot_label.clone();
        let compare_before = compare_before.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            dispatcher.dispatch(Action::TakeSnapshot {
                label: (*snapshot_label).clone(),
                now: storage::now_iso(),
                entropy: files::entropy(),
            });
            snapshot_label.set(String::new());
            compare_before.set(None);
        })
    };
    let snapshot_items = active.snapshots.iter().map(|snapshot| {
        let label = display_name(&snapshot.label);
        let asking = (*confirm_snapshot).as_deref() == Some(snapshot.id.as_str());
        let on_delete = {
            let confirm_snapshot = confirm_snapshot.clone();
            let id = snapshot.id.clone();
            Callback::from(move |_: MouseEvent| confirm_snapshot.set(Some(id.clone())))
        };
        let on_confirm = {
            let dispatcher = dispatcher.clone();
            let confirm_snapshot = confirm_snapshot.clone();
            let id = snapshot.id.clone();
            Callback::from(move |_: MouseEvent| {
                dispatcher.dispatch(Action::DeleteSnapshot(id.clone()));
                confirm_snapshot.set(None);
                focus_by_id("snapshot-label");
            })
        };
        let on_cancel = {
            let confirm_snapshot = confirm_snapshot.clone();
            let button = format!("delete-{}", snapshot.id);
            Callback::from(move |_: MouseEvent| {
                confirm_snapshot.set(None);
                focus_by_id(&button);
            })
        };
        html! {
            <li key={snapshot.id.clone()} data-snapshot={snapshot.id.clone()}>
                <span class="data__snapshot-label">{ label.clone() }</span>
                <span class="data__snapshot-date">{ snapshot.taken_at.get(..10).unwrap_or("") }</span>
                <button type="button" class="button button--small" id={format!("delete-{}", snapshot.id)}
                    onclick={on_delete}>{ (t.delete_snapshot)(&label) }</button>
                if asking {
                    { confirm_dialog(
                        "data-snapshot-delete",
                        &(t.delete_snapshot_heading)(&label),
                        t.delete_snapshot_text,
                        html! {
                            <>
                                <button type="button" class="button button--danger" onclick={on_confirm}>{ t.delete_confirm }</button>
                                <button type="button" class="button" onclick={on_cancel}>{ t.cancel }</button>
                            </>
                        },
                    ) }
                }
            </li>
        }
    });
    // By default: the newest snapshot against the current answers.
    let before_id = (*compare_before)
        .clone()
        .filter(|id| active.snapshot(id).is_some())
        .or_else(|| active.snapshots.last().map(|snapshot| snapshot.id.clone()));
    let after_id = Some((*compare_after).clone()).filter(|id| active.snapshot(id).is_some());
    let options = |selected: Option<&str>, with_now: bool| {
        let snapshots = active.snapshots.iter().map(|snapshot| {
            html! {
                <option value={snapshot.id.clone()} selected={selected == Some(snapshot.id.as_str())}>
                    { match lang {
                        Lang::Ja => format!("{}（{}）", display_name(&snapshot.label), snapshot.taken_at.get(..10).unwrap_or("")),
                        Lang::En => format!("{} ({})", display_name(&snapshot.label), snapshot.taken_at.get(..10).unwrap_or("")),
                    } }
                </option>
            }
        });
        html! {
            <>
                if with_now { <option value="" selected={selected.is_none()}>{ t.now_option }</option> }
                { for snapshots }
            </>
        }
    };
    let on_before = {
        let compare_before = compare_before.clone();
        Callback::from(move |event: Event| {
            compare_before.set(Some(
                event.target_unchecked_into::<HtmlSelectElement>().value(),
            ))
        })
    };
    let on_after = {
        let compare_after = compare_after.clone();
        Callback::from(move |event: Event| {
            compare_after.set(event.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let comparison = before_id.as_deref().and_then(|before_id| {
        let before = active.snapshot(before_id)?;
        let after = match after_id.as_deref().and_then(|id| active.snapshot(id)) {
            Some(snapshot) => Frozen::from(snapshot),
            None => Frozen::active(document),
        };
        Some(html! {
            <div class="data__compare">
                <h3 id="data-compare-heading">{ t.compare_heading }</h3>
                <div class="data__compare-choice">
                    <p class="field">
                        <label for="compare-before">{ t.compare_before }</label>
                        <select id="compare-before" onchange={on_before}>{ options(Some(before_id), false) }</select>
                    </p>
                    <p class="field">
                        <label for="compare-after">{ t.compare_after }</label>
                        <select id="compare-after" onchange={on_after}>{ options(after_id.as_deref(), true) }</select>
                    </p>
                </div>
                { comparison_view(state.catalog, Frozen::from(before), after, lang) }
            </div>
        })
    });
    let snapshots = html! {
        <section class="data__section" aria-labelledby="data-snapshots-heading">
            <h2 id="data-snapshots-heading">{ t.snapshots_heading }</h2>
            <p>{ t.snapshots_purpose }</p>
            <form class="data__inline-form" onsubmit={on_snapshot}>
                <label for="snapshot-label">{ t.snapshot_label }</label>
                <input type="text" id="snapshot-label" value={(*snapshot_label).clone()}
                    maxlength={MAX_NAME_CHARS.to_string()} oninput={text_input(&snapshot_label)}
                    placeholder={t.snapshot_placeholder} autocomplete="off" />
                <button type="submit" class="button button--primary">{ t.take_snapshot }</button>
            </form>
            if active.snapshots.is_empty() {
                <p class="hint">{ t.no_snapshots }</p>
            } else {
                <ul class="data__snapshots">{ for snapshot_items }</ul>
            }
            { for comparison }
        </section>
    };

    // Export.
    let on_export_json = {
        let document = document.clone();
        Callback::from(move |_: MouseEvent| {
            files::download(
                &format!("cloud-self-check-{}.json", files::today()),
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
                &csv_file_name(&assessment.name, &files::today()),
                &to_csv(catalog, &assessment, lang, &files::today()),
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
                <button type="button" class="button" id="export-csv" onclick={on_export_csv}>{ (t.export_csv)(&active.name) }</button>
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
            let blob = gloo_file::Blob::from(file);
            let task = gloo_file::callbacks::read_as_bytes(&blob, move |result| {
                let next = match result {
                    Ok(bytes) => match transfer::read(size, &bytes) {
                        Ok(incoming) => ImportState::Preview {
                            file_name: file_name.clone(),
                            incoming: Rc::new(incoming),
                        },
                        Err(error) => ImportState::Failed(Some(error)),
                    },
                    Err(_) => ImportState::Failed(None),
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
                let dispatcher = dispatcher.clone();
                let import = import.clone();
                let incoming = incoming.clone();
                let file_name = file_name.clone();
                let current = document.clone();
                Callback::from(move |_: MouseEvent| {
                    let entropy = files::entropy();
                    // What storage could not hold is refused here, before anything changes.
                    let result = transfer::apply(&current, &incoming, mode, entropy);
                    if encode(&result).len() > MAX_DOCUMENT_BYTES {
                        import.set(ImportState::Failed(Some(ImportError::TooLarge {
                            bytes: encode(&result).len() as u64,
                        })));
                        return;
                    }
                    dispatcher.dispatch(Action::Import {
                        incoming: (*incoming).clone(),
                        mode,
                        entropy,
                    });
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
            let dispatcher = dispatcher.clone();
            let confirm_clear = confirm_clear.clone();
            let clear_status = clear_status.clone();
            let import = import.clone();
            Callback::from(move |_: MouseEvent| {
                let fresh = Document::new(&storage::now_iso());
                let cleared = BrowserStorage::open()
                    .ok_or_else(|| storage::StoreError("localStorage is unavailable".into()))
                    .and_then(|store| storage::clear_all(&store, &fresh));
                confirm_clear.set(false);
                import.set(ImportState::Idle);
                match cleared {
                    Ok(kept) => {
                        dispatcher.dispatch(Action::Cleared(fresh));
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
            { list }
            { snapshots }
            { export }
            { import_section }
            { clear }
        </article>
    }
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
