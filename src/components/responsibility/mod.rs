//! The responsibility map (`#/rsp`): choose the service model and pattern, see who holds each
//! layer, name the setter and setting manager of each cell the organization owns, and see the
//! gaps. The setting types of 001 II.1.1 follow under the map, filtered to the layers owned.
//!
//! The component holds only what the view needs between renders: a model change waiting for
//! confirmation, and which name fields were cut at the length cap. Every rule is in
//! `domain::responsibility`.

use std::collections::BTreeSet;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::passage::{quote, reading, source_cite};
use crate::domain::content::{ResponsibilityGuide, ServiceModel};
use crate::domain::responsibility::{
    self, Cell, CellRecord, Gap, GapKind, MapResult, Selection, Side,
};
use crate::domain::text::Lang;
use crate::hooks::Actions;
use crate::hooks::use_app;
use crate::i18n::map::{MapText, map_text};

mod table;

pub use crate::domain::responsibility::cell_name;
use table::table;

#[derive(Properties, PartialEq)]
pub struct ResponsibilityMapProps {
    pub step: usize,
}

#[component]
pub fn ResponsibilityMap(props: &ResponsibilityMapProps) -> Html {
    crate::rendered!("ResponsibilityMap");
    let app = use_app();
    let state = app.state();
    let lang = state.language();
    let t = map_text(lang);
    let guide = &state.catalog.responsibility;
    let record = state.document.responsibility();
    let map = state.responsibility();
    // A choice that would drop entries, waiting for the user to confirm it.
    let pending = use_state_eq(|| None::<Selection>);
    // Name fields whose input was cut at the cap, by field id.
    let cut = use_state_eq(BTreeSet::<String>::new);
    let confirm_ref = use_node_ref();
    {
        let confirm_ref = confirm_ref.clone();
        use_effect_with(pending.is_some(), move |open| {
            if let Some(element) = confirm_ref.cast::<web_sys::HtmlElement>().filter(|_| *open) {
                let _ = element.focus();
            }
        });
    }

    let actions = app.actions();
    let choose = {
        let pending = pending.clone();
        let record = record.clone();
        let actions = actions.clone();
        Callback::from(move |selection: Selection| {
            if record.dropped_by(guide, selection).is_empty() {
                pending.set(None);
                select(&actions, selection);
            } else {
                pending.set(Some(selection));
            }
        })
    };
    let current = map.as_ref().map(|map| map.selection);
    // What the form shows: the pending choice while it waits for confirmation.
    let shown = (*pending).or(current);

    let model_choices = html! {
        <fieldset class="map__choice" data-testid="rsp-model">
            <legend>{ t.model_legend }</legend>
            <p class="map__hint">{ t.model_hint }</p>
            <div class="choices">
                { for guide.models.iter().map(|model| {
                    let id = format!("rsp-model-{}", model.id);
                    let onchange = {
                        let choose = choose.clone();
                        Callback::from(move |_: Event| {
                            let selection = match shown {
                                Some(shown) => Some(shown.with_model(model, guide)),
                                None => first_selection(guide, model),
                            };
                            if let Some(selection) = selection {
                                choose.emit(selection);
                            }
                        })
                    };
                    html! {
                        <div class="choice">
                            <input type="radio" id={id.clone()} name="rsp-model" value={model.id}
                                checked={shown.is_some_and(|s| s.model.id == model.id)} {onchange} />
                            <label for={id}>{ model.name.get(lang) }</label>
                        </div>
                    }
                }) }
            </div>
        </fieldset>
    };

    let Some(selection) = shown else {
        return html! {
            <section id="rsp" class="map" aria-labelledby="rsp-heading">
                { header(guide, props.step, lang) }
                { model_choices }
                <p class="map__empty">{ t.choose_model_first }</p>
            </section>
        };
    };

    let pattern_choices = html! {
        <fieldset class="map__choice" data-testid="rsp-pattern">
            <legend>{ t.pattern_legend }</legend>
            <div class="choices choices--stacked">
                { for guide.patterns.iter().filter(|p| p.applies_to(selection.model.id)).map(|pattern| {
                    let id = format!("rsp-pattern-{}", pattern.id);
                    let onchange = {
                        let choose = choose.clone();
                        Callback::from(move |_: Event| choose.emit(Selection { pattern, ..selection }))
                    };
                    html! {
                        <div class="choice">
                            <input type="radio" id={id.clone()} name="rsp-pattern" value={pattern.id}
                                checked={selection.pattern.id == pattern.id} {onchange} />
                            <label for={id}>{ pattern.name.get(lang) }</label>
                        </div>
                    }
                }) }
            </div>
            <div class="map__vnet">
                <input type="checkbox" id="rsp-vnet" checked={selection.virtual_network}
                    onchange={{
                        let choose = choose.clone();
                        Callback::from(move |event: Event| {
                            let on = event.target_unchecked_into::<HtmlInputElement>().checked();
                            choose.emit(Selection { virtual_network: on, ..selection });
                        })
                    }} />
                <label for="rsp-vnet">{ guide.virtual_network.label.get(lang) }</label>
            </div>
            <details class="guidance">
                <summary>{ t.vnet_text }</summary>
                { quote(&guide.virtual_network.text, lang) }
            </details>
        </fieldset>
    };

    let confirm_panel = (*pending).map(|wanted| {
        let dropped = record.dropped_by(guide, wanted);
        let on_confirm = {
            let pending = pending.clone();
            let actions = actions.clone();
            Callback::from(move |_: MouseEvent| {
                pending.set(None);
                select(&actions, wanted);
            })
        };
        let on_cancel = {
            let pending = pending.clone();
            Callback::from(move |_: MouseEvent| pending.set(None))
        };
        html! {
            <div class="map__confirm" role="alertdialog" aria-labelledby="rsp-drop-heading"
                aria-describedby="rsp-drop-text" data-testid="rsp-confirm">
                <h3 id="rsp-drop-heading" tabindex="-1" ref={confirm_ref.clone()}>{ t.drop_heading }</h3>
                <p id="rsp-drop-text">{ t.drop_text }</p>
                <ul>
                    { for dropped.iter().map(|id| html! {
                        <li>{ dropped_entry(id, record.cell(id), current, guide, lang, t) }</li>
                    }) }
                </ul>
                <p class="map__confirm-actions">
                    <button type="button" class="button button--danger" onclick={on_confirm}>{ t.drop_confirm }</button>
                    <button type="button" class="button" onclick={on_cancel}>{ t.drop_cancel }</button>
                </p>
            </div>
        }
    });

    html! {
        <section id="rsp" class="map" aria-labelledby="rsp-heading">
            { header(guide, props.step, lang) }
            { model_choices }
            { pattern_choices }
            { for confirm_panel }
            { comparison(guide, lang, t) }
            if let Some(map) = map.as_ref().filter(|_| pending.is_none()) {
                { table(map, record, guide, lang, t, &actions, &cut) }
                { chain(map, guide, lang, t) }
                { result(map, guide, lang, t) }
            }
        </section>
    }
}

fn select(actions: &Actions, selection: Selection) {
    actions.select_map(
        selection.model.id,
        selection.pattern.id,
        selection.virtual_network,
    );
}

/// The selection made by choosing a model when none was chosen: direct use.
fn first_selection(
    guide: &'static ResponsibilityGuide,
    model: &'static ServiceModel,
) -> Option<Selection> {
    guide
        .pattern(responsibility::DIRECT)
        .map(|pattern| Selection {
            model,
            pattern,
            virtual_network: false,
        })
}

fn header(guide: &ResponsibilityGuide, step: usize, lang: Lang) -> Html {
    let t = crate::i18n::ui(lang);
    html! {
        <>
            <header class="checklist__header">
                <p class="checklist__step">{ (t.step)(step) }</p>
                <h2 id="rsp-heading">{ guide.title.get(lang) }</h2>
            </header>
            <div class="checklist__purpose">
                { for guide.purpose.iter().map(|text| html! { <p>{ text.get(lang) }</p> }) }
            </div>
            <details class="checklist__intro guidance">
                <summary>{ t.from_the_source }</summary>
                <figure class="quote">
                    <blockquote>
                        { for guide.intro.iter().map(|text| html! { <p>{ text.get(lang) }</p> }) }
                    </blockquote>
                    <figcaption>{ source_cite(&guide.source, lang) }</figcaption>
                </figure>
                if let Some(text) = guide.reading("layers") {
                    { reading(text, lang) }
                }
            </details>
        </>
    }
}

/// What a dropped cell held, e.g. 「OS：設定者 山田、設定管理者 佐藤」.
fn dropped_entry(
    id: &str,
    record: Option<&CellRecord>,
    current: Option<Selection>,
    guide: &'static ResponsibilityGuide,
    lang: Lang,
    t: &MapText,
) -> String {
    let name = current
        .and_then(|selection| {
            responsibility::layout(guide, selection)
                .into_iter()
                .find(|cell| cell.id() == id)
                .map(|cell| cell_name(&cell, selection, guide, lang))
        })
        .unwrap_or_else(|| id.to_owned());
    let Some(record) = record else {
        return name;
    };
    let separator = if lang == Lang::Ja { "、" } else { ", " };
    let mut parts = Vec::new();
    if !record.setter.is_empty() {
        parts.push(format!("{} {}", t.col_setter, record.setter));
    }
    if !record.manager.is_empty() {
        parts.push(format!("{} {}", t.col_manager, record.manager));
    }
    if record.confirmed {
        parts.push(t.confirmed_label.to_owned());
    }
    (t.recorded)(&name, &parts.join(separator))
}

/// On-premises, IaaS, PaaS and SaaS side by side (002 ch. 3), behind a disclosure.
fn comparison(guide: &'static ResponsibilityGuide, lang: Lang, t: &MapText) -> Html {
    let Some(direct) = guide.pattern(responsibility::DIRECT) else {
        return html! {};
    };
    let columns: Vec<(&'static str, Vec<Cell>)> = guide
        .models
        .iter()
        .rev()
        .map(|model| {
            let selection = Selection {
                model,
                pattern: direct,
                virtual_network: false,
            };
            (
                model.name.get(lang),
                responsibility::layout(guide, selection),
            )
        })
        .collect();
    let owner = |cells: &[Cell], layer: &str| {
        let sides: Vec<Side> = cells
            .iter()
            .filter(|cell| cell.layer.id == layer)
            .map(|cell| cell.side)
            .collect();
        match sides.as_slice() {
            [Side::User] => t.owner_user,
            [Side::Provider] => t.owner_provider,
            _ => t.comparison_split,
        }
    };
    html! {
        <details class="map__comparison guidance">
            <summary>{ guide.comparison.caption.get(lang) }</summary>
            <div class="table-scroll" tabindex="0" role="region" aria-label={guide.comparison.caption.get(lang)}>
                <table class="comparison">
                    <caption>{ guide.comparison.caption.get(lang) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.col_layer }</th>
                            <th scope="col">{ t.comparison_onprem }</th>
                            { for columns.iter().map(|(name, _)| html! { <th scope="col">{ *name }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for guide.layers.iter().map(|layer| html! {
                            <tr>
                                <th scope="row">{ layer.name.get(lang) }</th>
                                <td>{ t.owner_user }</td>
                                { for columns.iter().map(|(_, cells)| html! { <td>{ owner(cells, layer.id) }</td> }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            { reading(&guide.comparison.reading, lang) }
            { quote(&guide.comparison.text, lang) }
        </details>
    }
}

/// Who answers to whom, and what to check before the contract, in the sources' words.
fn chain(map: &MapResult, guide: &ResponsibilityGuide, lang: Lang, t: &MapText) -> Html {
    let pattern = map.selection.pattern;
    html! {
        <div class="map__chain" data-testid="rsp-chain">
            <h3>{ t.chain_heading }</h3>
            // The model's own split first: who sets and manages which side.
            { quote(&map.selection.model.text, lang) }
            { for pattern.chain.iter().map(|passage| quote(passage, lang)) }
            if let Some(text) = &pattern.reading {
                { reading(text, lang) }
            }
            <h3>{ t.confirm_heading }</h3>
            { for pattern.confirm.iter().map(|passage| quote(passage, lang)) }
            { quote(&guide.boundary_check, lang) }
            <h3>{ t.network_heading }</h3>
            { quote(&guide.network_note, lang) }
        </div>
    }
}

/// The score and the gaps, most important first, with what each kind of gap rests on.
fn result(map: &MapResult, guide: &'static ResponsibilityGuide, lang: Lang, t: &MapText) -> Html {
    let kinds: BTreeSet<GapKind> = map.gaps.iter().map(|gap| gap.kind).collect();
    html! {
        <section class="result map__result" aria-labelledby="rsp-result-heading" data-testid="rsp-result">
            <h3 id="rsp-result-heading">{ t.result_heading }</h3>
            <p class="result__score" role="status" data-testid="rsp-score">
                { (t.coverage)(map.covered, map.user_cells) }
                { if lang == Lang::Ja { "・" } else { ", " } }
                { (t.gap_count)(map.gaps.len()) }
            </p>
            if let Some(text) = guide.reading("score") {
                { reading(text, lang) }
            }
            if map.gaps.is_empty() {
                <p>{ t.no_gaps }</p>
            } else {
                <h4>{ t.gaps_heading }</h4>
                <div data-testid="rsp-gaps">
                { for [(false, t.gaps_act, "rsp-gaps-act"), (true, t.gaps_confirm, "rsp-gaps-confirm")].into_iter().filter_map(|(with_provider, heading, testid)| {
                    let gaps: Vec<&Gap> = map.gaps.iter().filter(|gap| gap.kind.with_provider() == with_provider).collect();
                    (!gaps.is_empty()).then(|| html! {
                        <>
                            <h5 class="map__gap-group">{ heading }</h5>
                            <ol class="map__gap-list" data-testid={testid}>
                                { for gaps.iter().map(|gap| html! {
                                    <li data-gap={gap.kind.key()} data-cell={gap.cell.id()}>
                                        <strong>{ cell_name(&gap.cell, map.selection, guide, lang) }</strong>
                                        { if lang == Lang::Ja { "：" } else { ": " } }
                                        { (t.gap)(gap.kind) }
                                    </li>
                                }) }
                            </ol>
                        </>
                    })
                }) }
                </div>
                <details class="guidance">
                    <summary>{ t.gap_bases_heading }</summary>
                    { for kinds.iter().filter_map(|kind| guide.gap_basis(kind.key()).map(|basis| html! {
                        <div class="map__basis">
                            <p><strong>{ (t.gap)(*kind) }</strong></p>
                            { quote(&basis.basis, lang) }
                            if let Some(text) = &basis.reading {
                                { reading(text, lang) }
                            }
                        </div>
                    })) }
                </details>
            }
        </section>
    }
}
