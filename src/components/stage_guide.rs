//! The stage roadmap (`#/stage`): every stage of table 4 (004 II.5.2) with the current one
//! marked, what to do there and the evaluation and decision that lead on. The current stage is
//! the precondition check's diagnosis, or the user's own placement with its reason.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::passage::{source_cite, text_list};
use crate::components::result::stage_practice::stage_name;
use crate::domain::stage::{self, CurrentStage, StagePlacement};
use crate::hooks::use_app;
use crate::i18n::stage::stage_text;

#[derive(Properties, PartialEq)]
pub struct StageViewProps {
    pub step: usize,
}

#[component]
pub fn StageView(props: &StageViewProps) -> Html {
    crate::rendered!("StageView");
    let app = use_app();
    let state = app.state();
    let lang = state.language();
    let t = stage_text(lang);
    let guide = &state.catalog.stages;
    let current = state.current_stage();
    let placement = state.document.stage_placement().cloned();
    let diagnosed = state.preconditions().diagnosis.stage_id();
    let actions = app.actions();
    let place = {
        let actions = actions.clone();
        let placement = placement.clone();
        move |stage: Option<&'static str>| {
            let actions = actions.clone();
            let reason = placement
                .as_ref()
                .map(|p| p.reason.clone())
                .unwrap_or_default();
            Callback::from(move |_: Event| {
                actions.place_stage(stage.map(|stage| StagePlacement {
                    stage: stage.to_owned(),
                    reason: reason.clone(),
                }))
            })
        }
    };
    let on_reason = {
        let actions = actions.clone();
        let placement = placement.clone();
        Callback::from(move |event: InputEvent| {
            let reason = event.target_unchecked_into::<HtmlInputElement>().value();
            if let Some(placement) = &placement {
                actions.place_stage(Some(StagePlacement {
                    reason,
                    ..placement.clone()
                }));
            }
        })
    };
    let summary = match current {
        CurrentStage::Placed(stage) => (t.placed)(&stage_name(stage, lang)),
        CurrentStage::Diagnosed(stage) => (t.diagnosed)(&stage_name(stage, lang)),
        CurrentStage::Unknown => t.unknown.to_owned(),
    };
    let missing_reason = stage::lacks_reason(placement.as_ref());
    let chosen = placement.as_ref().map(|p| p.stage.as_str());
    html! {
        <section id="stage" class="checklist stages" aria-labelledby="stage-heading">
            <header class="checklist__header">
                <p class="checklist__step">{ (crate::i18n::ui(lang).step)(props.step) }</p>
                <h2 id="stage-heading">{ guide.title.get(lang) }</h2>
            </header>
            <p class="checklist__purpose">{ t.purpose }</p>
            <p class="result__score stages__current" role="status" data-testid="stage-current"
                data-stage={current.stage().map(|stage| stage.id)}>
                { summary }
            </p>
            <fieldset class="map__choice" data-testid="stage-placement">
                <legend>{ t.place_legend }</legend>
                <div class="choices choices--roles">
                    { for guide.stages.iter().map(|stage| {
                        let id = format!("stage-place-{}", stage.id);
                        html! {
                            <div class="choice">
                                <input type="radio" id={id.clone()} name="stage-place" value={stage.id}
                                    checked={chosen == Some(stage.id)} onchange={place(Some(stage.id))} />
                                <label for={id}>{ stage_name(stage, lang) }</label>
                            </div>
                        }
                    }) }
                </div>
                if chosen.is_some() {
                    <div class="question__reason">
                        <label for="stage-reason">{ t.reason_label }</label>
                        <input type="text" id="stage-reason" autocomplete="off"
                            value={placement.as_ref().map(|p| p.reason.clone()).unwrap_or_default()}
                            oninput={on_reason}
                            maxlength={stage::MAX_REASON_CHARS.to_string()}
                            aria-invalid={missing_reason.then_some("true")}
                            aria-describedby={missing_reason.then_some("stage-reason-message")} />
                        if missing_reason {
                            <p id="stage-reason-message" class="field-error">{ t.reason_missing }</p>
                        }
                    </div>
                    <p>
                        <button type="button" class="button" onclick={{
                            let actions = actions.clone();
                            Callback::from(move |_: MouseEvent| actions.place_stage(None))
                        }}>
                            { if diagnosed.is_some() { t.back_to_diagnosis } else { t.clear_placement } }
                        </button>
                    </p>
                }
            </fieldset>
            // The report's own notes on the stages (004 II.5.2), before table 4 as there.
            <section class="stages__notes" data-testid="stage-notes" aria-labelledby="stage-notes-heading">
                <h3 id="stage-notes-heading">{ t.notes_heading }</h3>
                <figure class="quote">
                    <blockquote>
                        <ul>{ for guide.notes.text.iter().map(|note| html! { <li>{ note.get(lang) }</li> }) }</ul>
                    </blockquote>
                    <figcaption>{ source_cite(&guide.notes.source, lang) }</figcaption>
                </figure>
            </section>
            <ol class="stages__list">
                { for guide.stages.iter().map(|stage| {
                    let is_current = current.stage().is_some_and(|c| c.id == stage.id);
                    html! {
                        <li class={classes!("stages__stage", is_current.then_some("stages__stage--current"))}
                            data-stage={stage.id} aria-current={is_current.then_some("step")}>
                            <h3>
                                { stage_name(stage, lang) }
                                if is_current {
                                    <span class="stages__badge">{ t.current_badge }</span>
                                }
                            </h3>
                            <h4>{ t.practice_heading }</h4>
                            <ul>
                                { for stage.practice.iter().map(|text| html! { <li>{ text.get(lang) }</li> }) }
                                { for stage.remarks.iter().map(|text| html! { <li class="remark">{ text.get(lang) }</li> }) }
                            </ul>
                            if !stage.gate.is_empty() {
                                <h4>{ t.gate_heading }</h4>
                                { text_list(stage.gate, lang) }
                            }
                            if !stage.detail.is_empty() {
                                <details class="guidance">
                                    <summary>{ t.detail_heading }</summary>
                                    { for stage.detail.iter().map(|group| html! {
                                        <>
                                            <p class="practices__heading">{ group.heading.get(lang) }</p>
                                            <ul>{ for group.bullets.iter().map(|bullet| html! {
                                                <li>
                                                    { bullet.text.get(lang) }
                                                    if !bullet.sub.is_empty() {
                                                        <ul>{ for bullet.sub.iter().map(|sub| html! { <li>{ sub.get(lang) }</li> }) }</ul>
                                                    }
                                                </li>
                                            }) }</ul>
                                        </>
                                    }) }
                                </details>
                            }
                            { source_cite(&stage.source, lang) }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
