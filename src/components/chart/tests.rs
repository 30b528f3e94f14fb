//! The charts' markup, read from Yew's virtual DOM (no browser needed): what assistive technology
//! and print rely on.

use super::*;
use yew::virtual_dom::VNode;

/// An element or a text of the rendered tree.
#[derive(Debug)]
enum Node {
    Element {
        tag: String,
        attributes: Vec<(String, String)>,
        children: Vec<Node>,
    },
    Text(String),
}

impl Node {
    fn tag(&self) -> &str {
        match self {
            Node::Element { tag, .. } => tag,
            Node::Text(_) => "",
        }
    }

    fn attribute(&self, name: &str) -> Option<&str> {
        match self {
            Node::Element { attributes, .. } => attributes
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.as_str()),
            Node::Text(_) => None,
        }
    }

    fn children(&self) -> &[Node] {
        match self {
            Node::Element { children, .. } => children,
            Node::Text(_) => &[],
        }
    }

    /// Every element below this one (and itself), depth first.
    fn all(&self) -> Vec<&Node> {
        let mut out = vec![self];
        for child in self.children() {
            out.extend(child.all());
        }
        out
    }

    fn find_all(&self, tag: &str) -> Vec<&Node> {
        self.all()
            .into_iter()
            .filter(|node| node.tag() == tag)
            .collect()
    }

    fn find(&self, tag: &str) -> &Node {
        let found = self.find_all(tag);
        assert_eq!(found.len(), 1, "one <{tag}>");
        found[0]
    }

    fn has_class(&self, class: &str) -> bool {
        self.attribute("class")
            .is_some_and(|classes| classes.split_whitespace().any(|c| c == class))
    }

    /// The text inside, concatenated.
    fn text(&self) -> String {
        match self {
            Node::Text(text) => text.clone(),
            Node::Element { children, .. } => children.iter().map(Node::text).collect(),
        }
    }
}

fn collect(node: &VNode, out: &mut Vec<Node>) {
    match node {
        VNode::VTag(tag) => {
            let mut children = Vec::new();
            if let Some(inner) = tag.children() {
                collect(inner, &mut children);
            }
            out.push(Node::Element {
                tag: tag.tag().to_owned(),
                attributes: tag
                    .attributes
                    .iter()
                    .map(|(key, value)| (key.to_owned(), value.to_owned()))
                    .collect(),
                children,
            });
        }
        VNode::VText(text) => out.push(Node::Text(text.text.to_string())),
        VNode::VList(list) => list.iter().for_each(|child| collect(child, out)),
        // Raw HTML would bypass escaping: the charts must never produce it.
        VNode::VRaw(_) => panic!("raw HTML in a chart"),
        _ => panic!("unexpected node in a chart"),
    }
}

fn render(html: Html) -> Node {
    let mut nodes = Vec::new();
    collect(&html, &mut nodes);
    assert_eq!(nodes.len(), 1, "one root");
    nodes.pop().expect("a root")
}

fn bar(label: &str, value: Option<f64>, display: &str) -> Bar {
    Bar {
        label: label.to_owned(),
        value,
        display: display.to_owned(),
    }
}

fn bars() -> BarChartProps {
    BarChartProps {
        id: "overview".to_owned(),
        title: "チェックごとの実施率".to_owned(),
        bars: vec![
            bar("前提条件チェック", Some(0.75), "6/8"),
            bar("利用者側の対策", Some(1.0), "100%"),
            bar("ライフサイクル", None, "—（未回答）"),
            bar("契約", Some(0.0), "0%"),
        ],
        label_header: "チェック".to_owned(),
        value_header: "実施率".to_owned(),
    }
}

fn radar(axes: usize, series: usize) -> RadarChartProps {
    let names = ["組織", "作業規則", "設定管理", "方法論", "その他"];
    RadarChartProps {
        id: "msr-u-causes".to_owned(),
        title: "4Mごとの実施率".to_owned(),
        axes: names[..axes]
            .iter()
            .map(|name| (*name).to_owned())
            .collect(),
        series: ["基本", "推奨", "参考"][..series]
            .iter()
            .enumerate()
            .map(|(index, name)| RadarSeries {
                name: (*name).to_owned(),
                values: (0..axes)
                    .map(|axis| Some((axis + index) as f64 / 5.0))
                    .collect(),
                display: (0..axes)
                    .map(|axis| format!("{}%", (axis + index) * 20))
                    .collect(),
            })
            .collect(),
        axis_header: "要因".to_owned(),
    }
}

/// The SVG is an image named by its title, and the table has the title as its caption.
fn assert_accessible(root: &Node, title: &str) {
    let svg = root.find("svg");
    assert_eq!(svg.attribute("role"), Some("img"));
    let labelled_by = svg.attribute("aria-labelledby").expect("aria-labelledby");
    let named: Vec<&Node> = root
        .all()
        .into_iter()
        .filter(|node| node.attribute("id") == Some(labelled_by))
        .collect();
    assert_eq!(named.len(), 1, "one element with id {labelled_by}");
    assert_eq!(named[0].tag(), "title");
    assert_eq!(named[0].text(), title);
    assert!(
        svg.attribute("viewBox")
            .is_some_and(|v| v.starts_with("0 0 "))
    );
    let table = root.find("table");
    let caption = table.find("caption");
    assert_eq!(caption.text(), title);
    let region = root
        .all()
        .into_iter()
        .find(|node| node.attribute("role") == Some("region"))
        .expect("a scrollable region around the table");
    assert_eq!(region.attribute("aria-labelledby"), caption.attribute("id"));
    assert_ne!(
        caption.attribute("id"),
        Some(labelled_by),
        "ids are distinct"
    );
    for th in table.find_all("th") {
        assert!(
            matches!(th.attribute("scope"), Some("col" | "row")),
            "{th:?}"
        );
    }
}

#[test]
fn a_bar_chart_is_a_named_image_followed_by_its_table() {
    let props = bars();
    let root = render(bar_chart(&props));
    assert_accessible(&root, &props.title);
    let table = root.find("table");
    let head: Vec<String> = table
        .find("thead")
        .find_all("th")
        .iter()
        .map(|th| th.text())
        .collect();
    assert_eq!(head, ["チェック", "実施率"]);
    let rows = table.find("tbody").find_all("tr");
    assert_eq!(rows.len(), 4);
    for (row, bar) in rows.iter().zip(&props.bars) {
        assert_eq!(row.find("th").attribute("scope"), Some("row"));
        assert_eq!(row.find("th").text(), bar.label);
        assert_eq!(row.find("td").text(), bar.display);
    }
}

#[test]
fn bars_have_their_length_and_value_and_no_data_is_a_dashed_outline() {
    let root = render(bar_chart(&bars()));
    let svg = root.find("svg");
    let rects = svg.find_all("rect");
    assert_eq!(rects.len(), 4);
    assert_eq!(rects[0].attribute("width"), Some("240"));
    assert_eq!(rects[1].attribute("width"), Some("320"));
    assert!(rects[2].has_class("chart__bar--none"));
    assert_eq!(rects[2].attribute("width"), Some("320"));
    assert_eq!(rects[2].attribute("fill"), Some("none"));
    assert!(rects[2].attribute("stroke-dasharray").is_some());
    assert_eq!(rects[3].attribute("width"), Some("0"));
    for (index, rect) in rects.iter().enumerate() {
        if index != 2 {
            assert!(!rect.has_class("chart__bar--none"));
            assert_eq!(rect.attribute("stroke-dasharray"), None);
        }
    }
    let values: Vec<String> = svg
        .all()
        .into_iter()
        .filter(|node| node.has_class("chart__value"))
        .map(Node::text)
        .collect();
    assert_eq!(values, ["6/8", "100%", "—（未回答）", "0%"]);
    let ticks: Vec<String> = svg
        .all()
        .into_iter()
        .filter(|node| node.has_class("chart__tick"))
        .map(Node::text)
        .collect();
    assert_eq!(ticks, ["0%", "50%", "100%"]);
    let grid = svg
        .all()
        .into_iter()
        .find(|node| node.has_class("chart__grid"))
        .expect("grid");
    assert_eq!(grid.find_all("line").len(), 3, "gridlines at 0, 50, 100%");
    assert_eq!(svg.attribute("viewBox"), Some("0 0 600 188"));
}

#[test]
fn a_long_label_wraps_and_is_cut_with_the_whole_in_a_tooltip() {
    let long = "3. システム動作環境における設定管理に関するもの（長い名前の例、さらに長く続く）";
    let mut props = bars();
    props.bars = vec![bar(long, Some(0.5), "50%"), bar("短い", Some(0.5), "50%")];
    let root = render(bar_chart(&props));
    let labels: Vec<&Node> = root
        .find("svg")
        .all()
        .into_iter()
        .filter(|node| node.has_class("chart__label"))
        .collect();
    assert_eq!(labels.len(), 2);
    let tspans = labels[0].find_all("tspan");
    assert_eq!(tspans.len(), BAR_LABEL_LINES);
    assert!(tspans[1].text().ends_with('…'));
    assert_eq!(labels[0].find("title").text(), long);
    assert!(
        labels[1].find_all("title").is_empty(),
        "no tooltip when it fits"
    );
    assert_eq!(labels[1].attribute("text-anchor"), Some("end"));
    // The table holds the whole label.
    assert_eq!(root.find("tbody").find_all("th")[0].text(), long);
}

#[test]
fn text_is_escaped_by_yew_never_injected() {
    let hostile = "<img src=x onerror=alert(1)>&amp;";
    let props = BarChartProps {
        id: "x".to_owned(),
        title: hostile.to_owned(),
        bars: vec![bar(hostile, Some(0.5), hostile)],
        label_header: hostile.to_owned(),
        value_header: hostile.to_owned(),
    };
    // `collect` panics on raw HTML; every text arrives as a text node, verbatim.
    let root = render(bar_chart(&props));
    assert!(root.find_all("img").is_empty());
    assert_eq!(root.find("caption").text(), hostile);
    assert_eq!(root.find("td").text(), hostile);
    let mut radar = radar(4, 2);
    radar.axes[0] = hostile.to_owned();
    radar.series[0].name = hostile.to_owned();
    let root = render(radar_chart(&radar));
    assert!(root.find_all("img").is_empty());
}

#[test]
fn a_radar_chart_draws_one_outline_per_series_told_apart_by_more_than_colour() {
    let props = radar(4, 2);
    let root = render(radar_chart(&props));
    assert_accessible(&root, &props.title);
    let svg = root.find("svg");
    assert!(svg.has_class("chart__svg--radar"));
    let paths = svg.find_all("path");
    assert_eq!(paths.len(), 2);
    assert!(paths[0].attribute("d").is_some_and(|d| d.ends_with('Z')));
    assert_eq!(
        paths[0].attribute("stroke-dasharray"),
        None,
        "first series solid"
    );
    assert_eq!(
        paths[1].attribute("stroke-dasharray"),
        Some("6 4"),
        "second dashed"
    );
    let series: Vec<&Node> = svg
        .all()
        .into_iter()
        .filter(|node| node.has_class("chart__series") && node.find_all("path").len() == 1)
        .collect();
    assert_eq!(series.len(), 2);
    assert_eq!(series[0].find_all("circle").len(), 4, "discs on the first");
    assert_eq!(series[1].find_all("rect").len(), 4, "squares on the second");
    // Rings at 25, 50, 75 and 100%, one spoke per axis.
    let grid = svg
        .all()
        .into_iter()
        .find(|node| node.has_class("chart__grid"))
        .expect("grid");
    assert_eq!(grid.find_all("polygon").len(), 4);
    assert_eq!(grid.find_all("line").len(), 4);
    let ticks: Vec<String> = grid.find_all("text").iter().map(|t| t.text()).collect();
    assert_eq!(ticks, ["25%", "50%", "75%", "100%"]);
    // Axis labels, and a legend naming both series.
    let axes = svg
        .all()
        .into_iter()
        .find(|node| node.has_class("chart__axes"))
        .expect("axes");
    let names: Vec<String> = axes.find_all("text").iter().map(|t| t.text()).collect();
    assert_eq!(names, props.axes);
    let legend = svg
        .all()
        .into_iter()
        .find(|node| node.has_class("chart__legend"))
        .expect("a legend for two series");
    let legend_names: Vec<String> = legend.find_all("text").iter().map(|t| t.text()).collect();
    assert_eq!(legend_names, ["基本", "推奨"]);
    assert_eq!(
        legend.find_all("line")[1].attribute("stroke-dasharray"),
        Some("6 4")
    );
}

#[test]
fn a_radar_table_has_the_axes_as_rows_and_the_series_as_columns() {
    let props = radar(4, 2);
    let root = render(radar_chart(&props));
    let table = root.find("table");
    let head: Vec<String> = table
        .find("thead")
        .find_all("th")
        .iter()
        .map(|th| th.text())
        .collect();
    assert_eq!(head, ["要因", "基本", "推奨"]);
    let rows = table.find("tbody").find_all("tr");
    assert_eq!(rows.len(), 4);
    for (index, row) in rows.iter().enumerate() {
        assert_eq!(row.find("th").text(), props.axes[index]);
        let cells: Vec<String> = row.find_all("td").iter().map(|td| td.text()).collect();
        assert_eq!(
            cells,
            [format!("{}%", index * 20), format!("{}%", (index + 1) * 20)]
        );
    }
}

#[test]
fn a_missing_radar_value_is_a_gap_without_a_marker() {
    let mut props = radar(4, 1);
    props.series[0].values[1] = None;
    props.series[0].display.truncate(2);
    let root = render(radar_chart(&props));
    let svg = root.find("svg");
    let path = svg.find("path");
    assert!(path.attribute("d").is_some_and(|d| !d.contains('Z')));
    assert_eq!(svg.find_all("circle").len(), 3);
    assert!(
        !svg.all()
            .into_iter()
            .any(|node| node.has_class("chart__legend")),
        "no legend for one series"
    );
    let cells: Vec<String> = root
        .find("tbody")
        .find_all("td")
        .iter()
        .map(|td| td.text())
        .collect();
    assert_eq!(
        cells,
        ["0%", "20%", "—", "—"],
        "missing display shows a dash"
    );
}

#[test]
fn series_styles_cycle_through_three() {
    assert_eq!(series_dash(0), None);
    assert_eq!(series_dash(1), Some("6 4"));
    assert_eq!(series_dash(2), Some("2 3"));
    assert_eq!(series_dash(3), None);
    let root = render(radar_chart(&radar(3, 3)));
    let svg = root.find("svg");
    let paths = svg.find_all("path");
    assert_eq!(paths[2].attribute("stroke-dasharray"), Some("2 3"));
    let diamonds = svg
        .all()
        .into_iter()
        .filter(|node| node.tag() == "polygon" && node.has_class("chart__marker"))
        .count();
    assert_eq!(diamonds, 3 + 1, "one per axis, and one in the legend");
}

#[test]
fn under_three_axes_a_radar_chart_falls_back_to_bars_with_the_same_table() {
    let props = radar(2, 2);
    let root = render(radar_chart(&props));
    assert_accessible(&root, &props.title);
    let svg = root.find("svg");
    assert!(svg.has_class("chart__svg--bars"));
    assert!(svg.find_all("path").is_empty());
    assert_eq!(svg.find_all("rect").len(), 4);
    let bars = radar_fallback_bars(&props);
    let labels: Vec<&str> = bars.iter().map(|bar| bar.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "組織 / 基本",
            "組織 / 推奨",
            "作業規則 / 基本",
            "作業規則 / 推奨"
        ]
    );
    assert_eq!(bars[3].value, Some(0.4));
    assert_eq!(bars[3].display, "40%");
    let head: Vec<String> = root
        .find("thead")
        .find_all("th")
        .iter()
        .map(|th| th.text())
        .collect();
    assert_eq!(head, ["要因", "基本", "推奨"]);
    assert_eq!(root.find("tbody").find_all("tr").len(), 2);
    // One series: the bars are named by the axis alone.
    let single = radar_fallback_bars(&radar(1, 1));
    assert_eq!(single, [bar("組織", Some(0.0), "0%")]);
}

#[test]
fn an_empty_chart_still_has_its_title_and_table() {
    let mut props = bars();
    props.bars.clear();
    let root = render(bar_chart(&props));
    assert_accessible(&root, &props.title);
    assert!(root.find("tbody").find_all("tr").is_empty());
    let empty_radar = RadarChartProps {
        axes: Vec::new(),
        series: Vec::new(),
        ..radar(3, 1)
    };
    let root = render(radar_chart(&empty_radar));
    assert_accessible(&root, &empty_radar.title);
}

/// Two charts on one page (the results page has several): each names its image and its table
/// by ids of its own, so no `aria-labelledby` points at another chart's title.
#[test]
fn charts_on_one_page_are_named_by_ids_of_their_own() {
    let mut other = bars();
    other.id = "msr-u".to_owned();
    let mut ids = Vec::new();
    for props in [bars(), other] {
        let root = render(bar_chart(&props));
        assert_accessible(&root, &props.title);
        let title = root.find("svg").find("title").attribute("id").expect("id");
        let caption = root.find("caption").attribute("id").expect("id");
        for id in [title, caption] {
            assert!(id.starts_with(&props.id), "{id} is not {}'s", props.id);
            ids.push(id.to_owned());
        }
    }
    let distinct: std::collections::BTreeSet<&String> = ids.iter().collect();
    assert_eq!(distinct.len(), ids.len(), "{ids:?}");
}

/// The scale's gridlines run down past the last bar and stay inside the chart; the labels end
/// just before the bars start, with room on their left for the widest line allowed.
#[test]
fn gridlines_reach_past_the_last_bar_and_labels_end_before_the_track() {
    let root = render(bar_chart(&bars()));
    let svg = root.find("svg");
    let view_height: f64 = svg
        .attribute("viewBox")
        .and_then(|view| view.split(' ').nth(3))
        .and_then(|height| height.parse().ok())
        .expect("viewBox height");
    let number = |node: &Node, name: &str| -> f64 {
        node.attribute(name)
            .and_then(|value| value.parse().ok())
            .unwrap_or_else(|| panic!("{name} of {node:?}"))
    };
    let last_bar = *svg.find_all("rect").last().expect("bars");
    let last_bottom = number(last_bar, "y") + number(last_bar, "height");
    for line in svg.find_all("line") {
        let bottom = number(line, "y2");
        assert!(
            bottom >= last_bottom,
            "gridline ends at {bottom}, above {last_bottom}"
        );
        assert!(
            bottom <= view_height,
            "gridline ends at {bottom}, below the chart"
        );
    }
    let labels: Vec<&Node> = svg
        .all()
        .into_iter()
        .filter(|node| node.has_class("chart__label"))
        .collect();
    assert_eq!(labels.len(), 4);
    for label in labels {
        let x = number(label, "x");
        assert!(x < BAR_TRACK_X, "a label ends at {x}, over the bars");
        assert!(
            x - BAR_LABEL_MAX_WIDTH >= 0.0,
            "a label ending at {x} has no room for its widest line"
        );
    }
}
