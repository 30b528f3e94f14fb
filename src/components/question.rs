//! One checklist item: a fieldset whose legend is the question, with real radio inputs.

use yew::prelude::*;

use crate::components::passage::SourceCite;
use crate::components::text_list::TextList;
use crate::domain::answers::Answer;
use crate::domain::content::{Item, Scale};
use crate::hooks::use_app;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    /// Borrowed from the static catalog: no copy of the content per render.
    pub item: &'static Item,
    pub scale: Scale,
}

#[component]
pub fn Question(props: &QuestionProps) -> Html {
    let app = use_app();
    let t = app.text();
    let lang = app.state().language();
    let item = props.item;
    let current = app.state().answer(&item.id);
    let guidance_id = format!("{}-guidance", item.id);

    html! {
        <fieldset class="question" data-item={item.id.clone()}
            aria-describedby={guidance_id.clone()}>
            <legend>
                <span class="question__number">{ &item.number }</span>
                <span class="question__text">{ item.question.get(lang) }</span>
            </legend>
            <div class="choices">
                { for Answer::choices(props.scale).iter().map(|&answer| {
                    let input_id = format!("{}-{}", item.id, answer.token());
                    let onchange = {
                        let app = app.clone();
                        let item_id = item.id.clone();
                        Callback::from(move |_: Event| app.answer(&item_id, answer))
                    };
                    html! {
                        <div class={classes!("choice", format!("choice--{}", answer.token()))}>
                            <input type="radio" id={input_id.clone()} name={item.id.clone()}
                                value={answer.token()} checked={current == Some(answer)}
                                {onchange} />
                            <label for={input_id}>{ t.answer(answer) }</label>
                        </div>
                    }
                }) }
            </div>
            <div class="guidance" id={guidance_id}>
                <p class="guidance__label">{ t.guidance }</p>
                if item.guidance.len() == 1 {
                    <p>{ item.guidance[0].get(lang) }</p>
                } else {
                    <TextList texts={item.guidance.as_slice()} />
                }
                <SourceCite source={item.source.clone()} />
            </div>
        </fieldset>
    }
}
