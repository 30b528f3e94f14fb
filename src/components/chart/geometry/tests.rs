//! The charts' geometry, natively.

use super::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn distance(a: Point, b: Point) -> f64 {
    ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
}

#[test]
fn fractions_are_clamped_and_missing_values_are_not_plotted() {
    assert_eq!(fraction(None), None);
    assert_eq!(fraction(Some(f64::NAN)), None);
    assert_eq!(fraction(Some(0.0)), Some(0.0));
    assert_eq!(fraction(Some(0.25)), Some(0.25));
    assert_eq!(fraction(Some(1.0)), Some(1.0));
    assert_eq!(fraction(Some(1.5)), Some(1.0));
    assert_eq!(fraction(Some(-0.2)), Some(0.0));
    assert_eq!(fraction(Some(f64::INFINITY)), Some(1.0));
    assert_eq!(fraction(Some(f64::NEG_INFINITY)), Some(0.0));
}

#[test]
fn numbers_are_short_and_never_negative_zero() {
    assert_eq!(num(0.0), "0");
    assert_eq!(num(-0.0), "0");
    assert_eq!(num(-0.04), "0");
    assert_eq!(num(12.0), "12");
    assert_eq!(num(12.34), "12.3");
    assert_eq!(num(12.36), "12.4");
    assert_eq!(num(-3.5), "-3.5");
    assert_eq!(num(99.96), "100");
    assert_eq!(num(-0.46), "-0.5");
    assert_eq!(num(-12.0), "-12");
    assert_eq!(num(-12.34), "-12.3");
    assert_eq!(num(0.05), "0.1");
    assert_eq!(
        points_attr(&[Point { x: 1.0, y: 2.5 }, Point { x: 3.0, y: 4.0 }]),
        "1,2.5 3,4"
    );
    assert_eq!(points_attr(&[]), "");
}

#[test]
fn a_full_bar_spans_the_track_and_an_empty_one_has_no_length() {
    let full = bar_geometry(0, Some(1.0));
    assert_eq!(full.width, Some(BAR_TRACK_WIDTH));
    assert!(close(
        full.value_x,
        BAR_TRACK_X + BAR_TRACK_WIDTH + BAR_VALUE_GAP
    ));
    let empty = bar_geometry(0, Some(0.0));
    assert_eq!(empty.width, Some(0.0));
    assert!(close(empty.value_x, BAR_TRACK_X + BAR_VALUE_GAP));
    let half = bar_geometry(0, Some(0.5));
    assert_eq!(half.width, Some(BAR_TRACK_WIDTH / 2.0));
    assert!(close(half.value_x, bar_x(0.5) + BAR_VALUE_GAP));
}

#[test]
fn bar_widths_are_clamped() {
    assert_eq!(bar_geometry(0, Some(1.7)).width, Some(BAR_TRACK_WIDTH));
    assert_eq!(bar_geometry(0, Some(-1.0)).width, Some(0.0));
    assert_eq!(bar_geometry(0, Some(f64::NAN)).width, None);
}

#[test]
fn a_bar_without_data_has_no_length_and_its_value_stands_past_the_track() {
    let none = bar_geometry(2, None);
    assert_eq!(none.width, None);
    assert!(close(none.value_x, bar_x(1.0) + BAR_VALUE_GAP));
    assert!(close(none.height, BAR_THICKNESS));
}

#[test]
fn bars_stack_in_their_rows_inside_the_chart() {
    let count = 7;
    let height = bar_chart_height(count);
    assert!(close(height, BAR_TOP + 7.0 * BAR_ROW + BAR_BOTTOM));
    assert!(close(bar_chart_height(0), BAR_TOP + BAR_BOTTOM));
    let mut previous_bottom = BAR_TOP;
    for index in 0..count {
        let bar = bar_geometry(index, Some(0.3));
        assert!(
            bar.y >= previous_bottom,
            "row {index} overlaps the one above"
        );
        assert!(close(bar.y + bar.height / 2.0, bar.center_y));
        assert!(close(
            bar.center_y,
            BAR_TOP + BAR_ROW * (index as f64 + 0.5)
        ));
        assert!(bar.value_y > bar.y && bar.value_y < bar.y + bar.height);
        previous_bottom = bar.y + bar.height;
    }
    assert!(previous_bottom <= height - BAR_BOTTOM);
    // Labels of the most lines fit their row.
    let baselines = centered_baselines(
        bar_geometry(0, None).center_y,
        BAR_LABEL_LINES,
        BAR_LINE,
        BAR_FONT,
    );
    assert!(baselines[0] - BAR_FONT >= BAR_TOP - 2.0);
    assert!(baselines[BAR_LABEL_LINES - 1] <= BAR_TOP + BAR_ROW);
}

#[test]
fn the_scale_runs_from_the_track_start_to_its_end() {
    assert!(close(bar_x(0.0), BAR_TRACK_X));
    assert!(close(bar_x(0.5), BAR_TRACK_X + BAR_TRACK_WIDTH / 2.0));
    assert!(close(bar_x(1.0), BAR_TRACK_X + BAR_TRACK_WIDTH));
    assert_eq!(BAR_GRID, [0.0, 0.5, 1.0]);
    // The longest value text ("100% (16/16)") fits between the track and the edge.
    assert!(bar_x(1.0) + BAR_VALUE_GAP + text_width("100% (16/16)", BAR_FONT) <= BAR_VIEW_WIDTH);
}

#[test]
fn the_first_axis_points_up_and_the_others_follow_clockwise() {
    let center = Point { x: 100.0, y: 100.0 };
    let radius = 50.0;
    let top = radar_point(center, radius, 0, 4, 1.0);
    let right = radar_point(center, radius, 1, 4, 1.0);
    let bottom = radar_point(center, radius, 2, 4, 1.0);
    let left = radar_point(center, radius, 3, 4, 1.0);
    assert!(close(top.x, 100.0) && close(top.y, 50.0), "{top:?}");
    assert!(close(right.x, 150.0) && close(right.y, 100.0), "{right:?}");
    assert!(
        close(bottom.x, 100.0) && close(bottom.y, 150.0),
        "{bottom:?}"
    );
    assert!(close(left.x, 50.0) && close(left.y, 100.0), "{left:?}");
    // With three axes, the second is to the lower right (clockwise on screen).
    let second = radar_point(center, radius, 1, 3, 1.0);
    assert!(second.x > center.x && second.y > center.y, "{second:?}");
    for count in 3..=8 {
        for index in 0..count {
            let expected = -PI / 2.0 + TAU * index as f64 / count as f64;
            assert!(close(radar_angle(index, count), expected));
        }
    }
}

#[test]
fn a_full_value_reaches_the_outer_ring_and_zero_the_centre() {
    let center = radar_center();
    for count in 3..=8 {
        for index in 0..count {
            let full = radar_point(center, RADAR_RADIUS, index, count, 1.0);
            assert!(close(distance(full, center), RADAR_RADIUS));
            let outer = radar_ring(center, RADAR_RADIUS, count, 1.0)[index];
            assert!(close(full.x, outer.x) && close(full.y, outer.y));
            let zero = radar_point(center, RADAR_RADIUS, index, count, 0.0);
            assert!(close(zero.x, center.x) && close(zero.y, center.y));
            let quarter = radar_point(center, RADAR_RADIUS, index, count, 0.25);
            assert!(close(distance(quarter, center), RADAR_RADIUS / 4.0));
            // Out-of-range values are clamped to the rings.
            let over = radar_point(center, RADAR_RADIUS, index, count, 2.0);
            assert!(close(distance(over, center), RADAR_RADIUS));
            let under = radar_point(center, RADAR_RADIUS, index, count, -1.0);
            assert!(close(distance(under, center), 0.0));
        }
    }
}

#[test]
fn rings_have_a_corner_on_every_axis_at_their_fraction() {
    let center = radar_center();
    for fraction in RADAR_RINGS {
        let ring = radar_ring(center, RADAR_RADIUS, 5, fraction);
        assert_eq!(ring.len(), 5);
        for corner in ring {
            assert!(close(distance(corner, center), RADAR_RADIUS * fraction));
        }
    }
    assert_eq!(RADAR_RINGS, [0.25, 0.5, 0.75, 1.0]);
}

#[test]
fn missing_values_are_not_plotted() {
    let center = Point { x: 0.0, y: 0.0 };
    let points = radar_points(center, 10.0, &[Some(1.0), None, Some(0.5), Some(f64::NAN)]);
    assert_eq!(points.len(), 4);
    assert!(points[0].is_some() && points[2].is_some());
    assert!(points[1].is_none() && points[3].is_none());
    let right = radar_points(center, 10.0, &[Some(0.0), Some(3.0), Some(0.0), Some(0.0)])[1]
        .expect("plotted");
    assert!(
        close(right.x, 10.0) && close(right.y, 0.0),
        "clamped to the ring"
    );
}

#[test]
fn a_complete_series_is_a_closed_polygon() {
    let center = Point { x: 50.0, y: 50.0 };
    let points = radar_points(center, 40.0, &[Some(1.0), Some(1.0), Some(1.0), Some(1.0)]);
    assert_eq!(radar_path(&points), "M50 10L90 50L50 90L10 50Z");
}

#[test]
fn a_missing_value_leaves_a_gap_not_a_point_at_the_centre() {
    let center = Point { x: 50.0, y: 50.0 };
    let path = |values: &[Option<f64>]| radar_path(&radar_points(center, 40.0, values));
    // Axis 1 (right) missing: the line runs bottom, left, top, and is not closed.
    assert_eq!(
        path(&[Some(1.0), None, Some(1.0), Some(1.0)]),
        "M50 90L10 50L50 10"
    );
    // Two gaps: the run between them; axis 0 alone has no neighbour with a value.
    assert_eq!(
        path(&[Some(1.0), None, Some(1.0), Some(1.0), None]),
        format!(
            "M{}L{}",
            at(radar_point(center, 40.0, 2, 5, 1.0)),
            at(radar_point(center, 40.0, 3, 5, 1.0))
        )
    );
    // A run that wraps past the first axis starts after the gap.
    assert_eq!(
        path(&[Some(1.0), Some(1.0), None, Some(1.0)]),
        "M10 50L50 10L90 50"
    );
    // A value whose neighbours are missing has no line, only its marker.
    assert_eq!(path(&[Some(1.0), None, Some(1.0), None]), "");
    assert_eq!(path(&[None, None, None]), "");
    assert_eq!(path(&[]), "");
}

fn at(point: Point) -> String {
    format!("{} {}", num(point.x), num(point.y))
}

#[test]
fn labels_stand_beyond_the_rings_and_inside_the_chart() {
    let center = radar_center();
    for count in 3..=8 {
        for index in 0..count {
            let label = axis_label(center, index, count);
            assert!(distance(label.at, center) > RADAR_RADIUS);
            assert!(
                label.max_width >= 100.0,
                "{count} axes, axis {index}: {label:?}"
            );
            let (left, right) = match label.anchor {
                Anchor::Start => (label.at.x, label.at.x + label.max_width),
                Anchor::End => (label.at.x - label.max_width, label.at.x),
                Anchor::Middle => (
                    label.at.x - label.max_width / 2.0,
                    label.at.x + label.max_width / 2.0,
                ),
            };
            assert!(
                left >= 0.0 && right <= RADAR_VIEW_WIDTH,
                "{count}/{index}: {label:?}"
            );
            let baselines = label.baselines(RADAR_LABEL_LINES);
            assert!(
                baselines[0] - RADAR_FONT >= 0.0,
                "{count}/{index}: {baselines:?}"
            );
            assert!(
                baselines[RADAR_LABEL_LINES - 1] <= radar_chart_height(1),
                "{count}/{index}: {baselines:?}"
            );
        }
    }
    // Top in the middle, right side from its start, left side up to its end.
    assert_eq!(axis_label(center, 0, 4).anchor, Anchor::Middle);
    assert_eq!(axis_label(center, 1, 4).anchor, Anchor::Start);
    assert_eq!(axis_label(center, 2, 4).anchor, Anchor::Middle);
    assert_eq!(axis_label(center, 3, 4).anchor, Anchor::End);
    assert_eq!(Anchor::Start.as_str(), "start");
    assert_eq!(Anchor::Middle.as_str(), "middle");
    assert_eq!(Anchor::End.as_str(), "end");
}

#[test]
fn label_lines_stack_away_from_the_rings() {
    let center = radar_center();
    let top = axis_label(center, 0, 4);
    let top_lines = top.baselines(3);
    assert!(
        top_lines
            .windows(2)
            .all(|pair| close(pair[1] - pair[0], RADAR_LINE))
    );
    assert!(top_lines[2] < top.at.y, "above the top of the rings");
    let bottom = axis_label(center, 2, 4);
    let bottom_lines = bottom.baselines(2);
    assert!(
        bottom_lines[0] > bottom.at.y,
        "below the bottom of the rings"
    );
    let side = axis_label(center, 1, 4);
    let side_lines = side.baselines(3);
    assert!(
        side_lines[0] < side.at.y && side_lines[2] > side.at.y,
        "centred"
    );
    assert!(side.baselines(0).is_empty());
}

#[test]
fn the_legend_follows_the_labels_and_the_chart_grows_with_it() {
    let bottom_label = axis_label(radar_center(), 2, 4).baselines(RADAR_LABEL_LINES);
    assert!(radar_legend_top() - LEGEND_ROW / 2.0 > bottom_label[RADAR_LABEL_LINES - 1]);
    assert!(close(radar_chart_height(0), radar_chart_height(1)));
    assert!(radar_chart_height(2) > radar_legend_top() + LEGEND_ROW / 2.0);
    assert!(close(
        radar_chart_height(3) - radar_chart_height(2),
        LEGEND_ROW
    ));
}

#[test]
fn text_width_counts_full_width_characters_as_one_em() {
    assert!(close(text_width("", 10.0), 0.0));
    assert!(close(text_width("基本", 10.0), 20.0));
    assert!(close(text_width("ab", 10.0), 12.0));
    assert!(close(text_width("（推奨）", 12.0), 48.0));
    for wide in ['あ', 'ア', '漢', '、', '（', 'Ａ', '가'] {
        assert!(is_wide(wide), "{wide}");
    }
    for narrow in ['a', '1', ' ', '-', '–', '.', 'é'] {
        assert!(!is_wide(narrow), "{narrow}");
    }
}

#[test]
fn a_short_label_is_one_line() {
    let wrapped = wrap_label("  基本  ", 100.0, 12.0, 2);
    assert_eq!(wrapped.lines, ["基本"]);
    assert!(!wrapped.truncated);
    assert_eq!(wrap_label("", 100.0, 12.0, 2).lines, Vec::<String>::new());
}

#[test]
fn english_breaks_between_words() {
    let wrapped = wrap_label("Work rules and manuals", 110.0, 12.0, 3);
    assert_eq!(wrapped.lines, ["Work rules and", "manuals"]);
    assert!(!wrapped.truncated);
}

#[test]
fn japanese_breaks_between_characters_but_not_before_closing_punctuation() {
    // 5 characters a line at 12 per character.
    let wrapped = wrap_label("組織に関するもの", 60.0, 12.0, 3);
    assert_eq!(wrapped.lines, ["組織に関す", "るもの"]);
    let wrapped = wrap_label("作業規則、マニュアル", 60.0, 12.0, 3);
    assert_eq!(wrapped.lines, ["作業規則、", "マニュアル"]);
    let wrapped = wrap_label("規則です」と言う", 48.0, 12.0, 3);
    assert!(
        wrapped.lines.iter().all(|line| !line.starts_with('」')),
        "{wrapped:?}"
    );
    let wrapped = wrap_label("あいう「えお」", 48.0, 12.0, 3);
    assert!(
        wrapped.lines.iter().all(|line| !line.ends_with('「')),
        "{wrapped:?}"
    );
}

#[test]
fn a_word_longer_than_a_line_is_broken_inside() {
    let wrapped = wrap_label("abcdefghij", 30.0, 10.0, 5);
    assert_eq!(wrapped.lines, ["abcde", "fghij"]);
}

#[test]
fn what_does_not_fit_is_cut_with_an_ellipsis() {
    let text = "3. システム動作環境における設定管理に関するもの";
    let wrapped = wrap_label(text, 60.0, 12.0, 2);
    assert!(wrapped.truncated);
    assert_eq!(wrapped.lines.len(), 2);
    assert!(wrapped.lines[1].ends_with('…'), "{wrapped:?}");
    for line in &wrapped.lines {
        assert!(text_width(line, 12.0) <= 60.0, "{line}");
    }
    let english = wrap_label("Settings management of the system", 60.0, 10.0, 1);
    assert_eq!(english.lines, ["Settings…"]);
    assert!(english.truncated);
    // Zero lines asked means one.
    assert_eq!(wrap_label("基本と推奨", 24.0, 12.0, 0).lines.len(), 1);
}

fn assert_all_close(actual: &[f64], expected: &[f64]) {
    assert_eq!(actual.len(), expected.len(), "{actual:?} vs {expected:?}");
    for (a, e) in actual.iter().zip(expected) {
        assert!(close(*a, *e), "{actual:?} vs {expected:?}");
    }
}

#[test]
fn centred_lines_stand_a_line_apart_around_the_centre() {
    // One line: its baseline 0.35 em below the centre, so the letters' middle is on it.
    assert_all_close(&centered_baselines(100.0, 1, 15.0, 10.0), &[103.5]);
    // More lines: as far above that baseline as below, one line height apart.
    assert_all_close(&centered_baselines(100.0, 2, 15.0, 10.0), &[96.0, 111.0]);
    assert_all_close(
        &centered_baselines(100.0, 3, 15.0, 10.0),
        &[88.5, 103.5, 118.5],
    );
    assert_all_close(
        &centered_baselines(40.0, 4, 14.0, 12.0),
        &[23.2, 37.2, 51.2, 65.2],
    );
    assert!(centered_baselines(100.0, 0, 15.0, 10.0).is_empty());
}

#[test]
fn a_bars_value_stands_on_the_line_of_a_one_line_label_in_its_row() {
    for index in 0..6 {
        for value in [None, Some(0.0), Some(0.6), Some(1.0)] {
            let bar = bar_geometry(index, value);
            let label = centered_baselines(bar.center_y, 1, BAR_LINE, BAR_FONT);
            assert!(close(bar.value_y, label[0]), "row {index}: {bar:?}");
        }
    }
    // The first row is centred 20 below the scale's room of 22; 0.35 em of 13 lower.
    assert!(close(bar_geometry(0, Some(0.5)).value_y, 46.55));
    assert!(close(bar_geometry(2, None).value_y, 126.55));
}

#[test]
fn the_label_column_holds_twelve_full_width_characters_inside_the_chart() {
    // Labels end right-aligned just before the bars; the widest still starts in the chart.
    let label_end = BAR_TRACK_X - BAR_LABEL_GAP;
    assert!(label_end - BAR_LABEL_MAX_WIDTH >= 0.0);
    let twelve = "設定項目の類型と責任分界";
    assert_eq!(twelve.chars().count(), 12);
    let wrapped = wrap_label(twelve, BAR_LABEL_MAX_WIDTH, BAR_FONT, BAR_LABEL_LINES);
    assert_eq!(wrapped.lines, [twelve]);
}

#[test]
fn the_radar_chart_wastes_no_room_above_or_below() {
    // From the top: a margin of 6, three label lines of 14, a gap of 12, the radius of 110.
    let center = radar_center();
    assert!(
        close(center.x, 260.0) && close(center.y, 170.0),
        "{center:?}"
    );
    // The top label's first line starts at the margin.
    let top = axis_label(center, 0, 4).baselines(RADAR_LABEL_LINES);
    assert!(close(top[0] - RADAR_FONT, RADAR_MARGIN), "{top:?}");
    // Below the rings (down to 280): the gap, three label lines and the margin again.
    assert!(close(radar_chart_height(0), 340.0));
    assert!(close(radar_chart_height(1), 340.0));
    // The legend's first row is centred one row below the bottom labels; each further
    // series adds a row.
    assert!(close(radar_legend_top(), 354.0));
    assert!(close(radar_chart_height(2), 390.0));
    assert!(close(radar_chart_height(3), 410.0));
}

#[test]
fn label_lines_above_stack_up_below_hang_down_and_at_the_sides_centre() {
    let at = Point { x: 100.0, y: 100.0 };
    let label = |rise| AxisLabel {
        at,
        anchor: Anchor::Middle,
        max_width: 100.0,
        rise,
    };
    // Above the rings: the last line just above the point, the others stacked upward.
    assert_all_close(&label(-1.0).baselines(3), &[70.0, 84.0, 98.0]);
    assert_all_close(&label(-0.8).baselines(1), &[98.0]);
    // Below: the first line hangs from the point (its letters' top, 0.8 em up, at it).
    assert_all_close(&label(1.0).baselines(3), &[109.6, 123.6, 137.6]);
    assert_all_close(&label(0.8).baselines(2), &[109.6, 123.6]);
    // At the sides: centred like the labels of a bar.
    let centred = centered_baselines(100.0, 3, RADAR_LINE, RADAR_FONT);
    assert_all_close(&label(0.0).baselines(3), &centred);
    // Exactly ±0.5 (30° from the horizontal) is still a side.
    assert_all_close(&label(-0.5).baselines(3), &centred);
    assert_all_close(&label(0.5).baselines(3), &centred);
}

/// The chart is symmetric about its vertical axis, and so are its labels: the label of an
/// axis on the left is laid out as its mirror image on the right, whatever the last bit of
/// the floating-point sine. With six axes, four of them are exactly 30° from the horizontal.
#[test]
fn labels_on_the_left_mirror_those_on_the_right() {
    let center = radar_center();
    for count in RADAR_MIN_AXES..=24 {
        for index in 1..count {
            let right = axis_label(center, index, count);
            let left = axis_label(center, count - index, count);
            let what = format!("axes {index} and {} of {count}", count - index);
            assert!(close(left.at.x - center.x, center.x - right.at.x), "{what}");
            assert!(close(left.at.y, right.at.y), "{what}");
            let mirrored = match right.anchor {
                Anchor::Start => Anchor::End,
                Anchor::End => Anchor::Start,
                Anchor::Middle => Anchor::Middle,
            };
            assert_eq!(left.anchor, mirrored, "{what}");
            assert!(close(left.max_width, right.max_width), "{what}");
            assert_all_close(
                &left.baselines(RADAR_LABEL_LINES),
                &right.baselines(RADAR_LABEL_LINES),
            );
        }
    }
    // The four axes at 30° centre their lines on their point, as the sides do.
    for index in [1, 2, 4, 5] {
        let side = axis_label(center, index, 6);
        assert_all_close(
            &side.baselines(3),
            &centered_baselines(side.at.y, 3, RADAR_LINE, RADAR_FONT),
        );
    }
}

/// An axis label may be as wide as the room on its side of the chart, with a margin of 4 to
/// the edge; above and below the rings, as wide as the room on both sides of its point, up
/// to [`RADAR_MIDDLE_LABEL_MAX_WIDTH`]. Checked for a chart centred anywhere the rings and
/// labels fit, not only in the middle, so the room on a narrow side counts.
#[test]
fn an_axis_label_takes_the_room_its_side_of_the_chart_has() {
    let margin = 4.0;
    for center_x in [140.0, 200.0, 260.0, 320.0, 380.0] {
        let center = Point {
            x: center_x,
            y: 170.0,
        };
        for count in RADAR_MIN_AXES..=12 {
            for index in 0..count {
                let label = axis_label(center, index, count);
                let (left, right) = match label.anchor {
                    Anchor::Start => (label.at.x, label.at.x + label.max_width),
                    Anchor::End => (label.at.x - label.max_width, label.at.x),
                    Anchor::Middle => (
                        label.at.x - label.max_width / 2.0,
                        label.at.x + label.max_width / 2.0,
                    ),
                };
                let what = format!("centre {center_x}, axis {index} of {count}: {label:?}");
                assert!(label.max_width > 0.0, "{what}");
                assert!(left >= margin - 1e-9, "{what}");
                assert!(right <= RADAR_VIEW_WIDTH - margin + 1e-9, "{what}");
                let at_an_edge = close(left, margin) || close(right, RADAR_VIEW_WIDTH - margin);
                let widest_middle = label.anchor == Anchor::Middle
                    && close(label.max_width, RADAR_MIDDLE_LABEL_MAX_WIDTH);
                assert!(at_an_edge || widest_middle, "room left unused: {what}");
            }
        }
    }
    // In the real chart, the top label has the widest middle width.
    assert!(close(
        axis_label(radar_center(), 0, 5).max_width,
        RADAR_MIDDLE_LABEL_MAX_WIDTH
    ));
    // A chart pushed to the left: its top label is as wide as twice the room to the left.
    let left_top = axis_label(Point { x: 140.0, y: 170.0 }, 0, 4);
    assert_eq!(left_top.anchor, Anchor::Middle);
    assert!(close(left_top.max_width, 272.0), "{left_top:?}");
}

#[test]
fn a_line_may_break_between_full_width_text_and_a_latin_word() {
    // At 10 per em and 30 wide: 設定 (20) and ID (12) do not share a line, and the break
    // falls between them, not inside the word.
    assert_eq!(wrap_label("設定ID", 30.0, 10.0, 2).lines, ["設定", "ID"]);
    assert_eq!(wrap_label("ID設定", 30.0, 10.0, 2).lines, ["ID設", "定"]);
    assert_eq!(
        wrap_label("AWSの設定項目", 40.0, 10.0, 3).lines,
        ["AWSの設", "定項目"]
    );
}

#[cfg(not(target_arch = "wasm32"))]
proptest::proptest! {
    #[test]
    fn wrapped_lines_fit_and_keep_the_text(
        text in "[a-z ,.（）「」、。基本推奨組織設定のあいう]{0,60}",
        max_width in 24.0f64..300.0,
        max_lines in 1usize..4,
    ) {
        let font = 12.0;
        let wrapped = wrap_label(&text, max_width, font, max_lines);
        proptest::prop_assert!(wrapped.lines.len() <= max_lines);
        for line in &wrapped.lines {
            proptest::prop_assert!(text_width(line, font) <= max_width, "{:?} in {:?}", line, wrapped);
            proptest::prop_assert!(!line.is_empty());
            proptest::prop_assert!(line.trim() == line, "{:?}", line);
        }
        let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let back: String = wrapped.lines.concat().chars().filter(|c| !c.is_whitespace()).collect();
        if wrapped.truncated {
            let kept = back.trim_end_matches('…');
            proptest::prop_assert!(squeezed.starts_with(kept), "{:?} from {:?}", back, text);
            proptest::prop_assert!(back.ends_with('…'));
        } else {
            proptest::prop_assert_eq!(back, squeezed);
        }
    }

    /// A word that fits on a line is never broken: lines break between words only.
    #[test]
    fn words_that_fit_a_line_are_never_broken(
        words in proptest::collection::vec("[a-zA-Z]{1,10}", 1..12),
        max_width in 60.0f64..300.0,
    ) {
        // 10 letters at 10 per 0.6 em take 60: every word fits; 12 lines hold them all.
        let text = words.join(" ");
        let wrapped = wrap_label(&text, max_width, 10.0, 12);
        proptest::prop_assert!(!wrapped.truncated);
        let back: Vec<&str> = wrapped.lines.iter().flat_map(|line| line.split(' ')).collect();
        proptest::prop_assert_eq!(back, words);
        // Each line but the last is full: the next word would not have fitted on it.
        for pair in wrapped.lines.windows(2) {
            let next_word = pair[1].split(' ').next().unwrap_or_default();
            let longer = format!("{} {next_word}", pair[0]);
            proptest::prop_assert!(text_width(&longer, 10.0) > max_width, "{:?}", wrapped);
        }
    }

    /// A bar's length is proportional to its value, from nothing at 0 to the whole track at
    /// 1, and its value text follows its end.
    #[test]
    fn bar_lengths_are_proportional_to_values(
        value in 0.0f64..=1.0,
        other in 0.0f64..=1.0,
        index in 0usize..20,
    ) {
        let bar = bar_geometry(index, Some(value));
        let width = bar.width.expect("plotted");
        proptest::prop_assert!((width - value * BAR_TRACK_WIDTH).abs() < 1e-9);
        proptest::prop_assert!((bar.value_x - (bar_x(value) + BAR_VALUE_GAP)).abs() < 1e-9);
        let other_width = bar_geometry(index, Some(other)).width.expect("plotted");
        proptest::prop_assert_eq!(value < other, width < other_width);
    }
}
