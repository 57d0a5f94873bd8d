//! The funnel plot of `report benchmark --plot`: a self-contained SVG written by hand
//! (a few hundred lines of markup need no plotting library). Rate per N against the
//! denominator; every reference practice a faint dot, the register's practices labelled
//! and coloured by signal, the England rate and the 95% and 99.8% limits.

use std::fmt::Write;

use engage::measure::{Benchmark, Signal};

const WIDTH: f64 = 960.0;
const HEIGHT: f64 = 640.0;
const LEFT: f64 = 86.0;
const RIGHT: f64 = 200.0;
const TOP: f64 = 84.0;
const BOTTOM: f64 = 64.0;
/// Up to this many register practices, each is labelled with its code.
const LABEL_ALL: usize = 60;

/// The colour of a practice by its signal (red above, blue below, darker the further).
fn colour(signal: Option<Signal>) -> &'static str {
    match signal {
        Some(Signal::High998) => "#b2182b",
        Some(Signal::High95) => "#ef8a62",
        Some(Signal::Low95) => "#67a9cf",
        Some(Signal::Low998) => "#2166ac",
        None => "#333333",
    }
}

/// Text safe inside SVG markup.
fn xml(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A number with thousands separated by commas, to `decimals` places.
fn grouped(x: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, x.abs());
    let (whole, fraction) = text.split_once('.').map_or((text.as_str(), None), |(w, f)| (w, Some(f)));
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = fraction {
        out.push('.');
        out.push_str(f);
    }
    if x < 0.0 { format!("-{out}") } else { out }
}

/// Ticks for an axis over [low, high]: a step of 1, 2 or 5 times a power of ten giving
/// about six intervals, and the axis widened to whole steps.
fn ticks(low: f64, high: f64) -> (f64, f64, f64) {
    // Every practice at one rate (or one practice): a range around it, so that the axis
    // has room, and a step, to draw.
    let (low, high) = if high - low > high.abs().max(low.abs()) * 1e-9 {
        (low, high)
    } else {
        let pad = if high.abs() > 0.0 { high.abs() / 10.0 } else { 1.0 };
        // Rates are never negative: the axis stops at 0.
        let floor = if low >= 0.0 { 0.0 } else { f64::NEG_INFINITY };
        ((low - pad).max(floor), high + pad)
    };
    let raw = (high - low) / 6.0;
    let power = power_of_ten_below(raw);
    let step = [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * power).find(|s| *s >= raw).unwrap_or(10.0 * power);
    ((low / step).floor() * step, (high / step).ceil() * step, step)
}

/// The largest power of ten not above `x` (a positive number): 10^k made by multiplying
/// tens, and 10^-k as 1 / 10^k, each the nearest double to it. (A logarithm's rounding
/// near a power of ten could land a step too low, and it would need libm, one more
/// library for every engage command to load at its start.)
fn power_of_ten_below(x: f64) -> f64 {
    let mut power = 1.0;
    if x >= 1.0 {
        while power * 10.0 <= x {
            power *= 10.0;
        }
        return power;
    }
    while 1.0 / power > x {
        power *= 10.0;
    }
    1.0 / power
}

/// A coordinate in whole pixels: thousands of dots are written, and a whole number
/// writes several times faster than a float to one decimal.
fn px(v: f64) -> i64 {
    v.round() as i64
}

/// The value at fraction `q` of the sorted values (nearest rank).
fn quantile(sorted: &[f64], q: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * q).round() as usize]
}

/// Whether a file is an SVG document (an earlier plot, which a new one may replace).
pub fn is_svg(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]);
    let head = head.trim_start_matches('\u{feff}').trim_start();
    head.starts_with("<svg") || (head.starts_with("<?xml") && head.contains("<svg"))
}

/// The plot as an SVG document.
pub fn svg(b: &Benchmark) -> String {
    let per = b.measure.per as f64;
    let mut ns: Vec<f64> = b.reference.iter().map(|r| r.1).collect();
    ns.sort_by(f64::total_cmp);
    let mut rates: Vec<f64> = b.reference.iter().map(|(y, n)| y / n * per).collect();
    rates.sort_by(f64::total_cmp);
    // The axes hold 99% of the reference practices and every register practice: a few
    // very large or unusual cost centres would otherwise squeeze the rest into a corner.
    let own_n = b.practices.iter().map(|p| p.denominator);
    let own_rate = b.practices.iter().map(|p| p.numerator / p.denominator * per);
    let x_max = own_n.fold(quantile(&ns, 0.99), f64::max);
    let y_low = own_rate.clone().fold(quantile(&rates, 0.005), f64::min).min(b.funnel.p0 * per);
    let y_high = own_rate.fold(quantile(&rates, 0.995), f64::max).max(b.funnel.p0 * per);
    let (_, x_max, x_step) = ticks(0.0, x_max);
    let (y_min, y_max, y_step) = ticks(y_low.max(0.0), y_high);
    let (plot_w, plot_h) = (WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
    let x = |n: f64| LEFT + n / x_max * plot_w;
    let y = |rate: f64| TOP + plot_h - (rate - y_min) / (y_max - y_min) * plot_h;
    let decimals = if y_step < 1.0 { 1 } else { 0 };

    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="Helvetica, Arial, sans-serif" font-size="12">"#
    );
    let title = format!("{}, {}", b.measure.label(), b.period);
    let _ = writeln!(s, "<title>{}</title>", xml(&title));
    let _ = writeln!(s, r##"<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>"##);
    let _ = writeln!(s, r#"<text x="{LEFT}" y="28" font-size="18" font-weight="bold">{}</text>"#, xml(&title));
    let beyond = b
        .reference
        .iter()
        .filter(|(yv, n)| {
            let r = yv / n * per;
            *n > x_max || r < y_min || r > y_max
        })
        .count();
    let _ = writeln!(
        s,
        r##"<text x="{LEFT}" y="48" fill="#555555">Rate per {} patients against list size. Grey: {} practices in England ({} beyond the axes); in colour: the register's {}.</text>"##,
        grouped(per, 0),
        grouped(b.reference.len() as f64, 0),
        grouped(beyond as f64, 0),
        grouped(b.practices.len() as f64, 0),
    );
    let _ = writeln!(
        s,
        r##"<text x="{LEFT}" y="64" fill="#555555">Limits around the England rate widen for smaller lists and allow for over-dispersion (φ = {:.2}).{}</text>"##,
        b.funnel.phi,
        if b.practices.len() > LABEL_ALL { " Practices with a signal are labelled." } else { "" }
    );
    let _ = writeln!(
        s,
        r#"<defs><clipPath id="plot"><rect x="{LEFT}" y="{TOP}" width="{plot_w}" height="{plot_h}"/></clipPath></defs>"#
    );

    // Grid, ticks and axis titles.
    let mut t = 0.0;
    while t <= x_max + x_step / 2.0 {
        let _ = writeln!(
            s,
            r##"<line x1="{0:.1}" y1="{TOP}" x2="{0:.1}" y2="{1}" stroke="#eeeeee"/><text x="{0:.1}" y="{2}" text-anchor="middle">{3}</text>"##,
            x(t),
            TOP + plot_h,
            TOP + plot_h + 18.0,
            grouped(t, 0)
        );
        t += x_step;
    }
    let mut t = y_min;
    while t <= y_max + y_step / 2.0 {
        let _ = writeln!(
            s,
            r##"<line x1="{LEFT}" y1="{0:.1}" x2="{1}" y2="{0:.1}" stroke="#eeeeee"/><text x="{2}" y="{3:.1}" text-anchor="end">{4}</text>"##,
            y(t),
            LEFT + plot_w,
            LEFT - 8.0,
            y(t) + 4.0,
            grouped(t, decimals)
        );
        t += y_step;
    }
    let _ = writeln!(
        s,
        r##"<rect x="{LEFT}" y="{TOP}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#888888"/>"##
    );
    let _ = writeln!(
        s,
        r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="13">Registered patients (denominator)</text>"#,
        LEFT + plot_w / 2.0,
        HEIGHT - 18.0
    );
    let _ = writeln!(
        s,
        r#"<text transform="translate(22 {:.1}) rotate(-90)" text-anchor="middle" font-size="13">{} per {} patients</text>"#,
        TOP + plot_h / 2.0,
        xml(b.measure.label()),
        grouped(per, 0)
    );

    // Inside the plot area: the reference dots, the limits, the target, the practices.
    let _ = writeln!(s, r#"<g clip-path="url(#plot)">"#);
    let _ = writeln!(s, r##"<g fill="#8a96a3" fill-opacity="0.35">"##);
    for (yv, n) in &b.reference {
        let _ = writeln!(s, r#"<circle cx="{}" cy="{}" r="1.7"/>"#, px(x(*n)), px(y(yv / n * per)));
    }
    let _ = writeln!(s, "</g>");
    // Limits from a few hundred patients up, spaced evenly in √n so the curves are smooth.
    let points = |limit: &dyn Fn(f64) -> f64| {
        (0..=240)
            .map(|i| {
                let n = (x_max.sqrt() * (0.02 + 0.98 * i as f64 / 240.0)).powi(2);
                format!("{},{}", px(x(n)), px(y(limit(n) * per)))
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    type Limit = fn(&engage::measure::Limits) -> f64;
    let curves: [(Limit, &str, &str); 4] = [
        (|l| l.upper_998, "#b2182b", "6 4"),
        (|l| l.upper_95, "#ef8a62", "3 3"),
        (|l| l.lower_95, "#67a9cf", "3 3"),
        (|l| l.lower_998, "#2166ac", "6 4"),
    ];
    for (limit, stroke, dash) in curves {
        let _ = writeln!(
            s,
            r#"<polyline fill="none" stroke="{stroke}" stroke-width="1.5" stroke-dasharray="{dash}" points="{}"/>"#,
            points(&|n| limit(&b.funnel.limits(n)))
        );
    }
    let _ = writeln!(
        s,
        r##"<line x1="{LEFT}" y1="{0:.1}" x2="{1}" y2="{0:.1}" stroke="#222222" stroke-width="1.5"/>"##,
        y(b.funnel.p0 * per),
        LEFT + plot_w
    );
    // Beyond a group's few dozen practices, codes would cover the plot: then only
    // practices with a signal are labelled (every point keeps its tooltip).
    let label_all = b.practices.len() <= LABEL_ALL;
    for p in &b.practices {
        let rate = p.numerator / p.denominator * per;
        let label = if label_all || p.signal.is_some() { xml(&p.code) } else { String::new() };
        let (cx, cy) = (x(p.denominator), y(rate));
        let _ = writeln!(
            s,
            r##"<g><title>{} {}: {} per {} ({}){}</title><circle cx="{cx:.1}" cy="{cy:.1}" r="4.5" fill="{}" stroke="#ffffff"/><text x="{:.1}" y="{:.1}" font-size="10" fill="{}">{}</text></g>"##,
            xml(&p.code),
            xml(&p.name),
            grouped(rate, 1),
            grouped(per, 0),
            grouped(p.denominator, 0),
            p.signal.map_or(String::new(), |sg| format!(", {}", sg.as_str())),
            colour(p.signal),
            cx + 6.0,
            cy + 3.5,
            colour(p.signal),
            label
        );
    }
    let _ = writeln!(s, "</g>");

    // The legend, right of the plot.
    let lx = LEFT + plot_w + 18.0;
    let mut ly = TOP + 8.0;
    let _ = writeln!(s, r#"<text x="{lx}" y="{ly}" font-weight="bold">Key</text>"#);
    ly += 20.0;
    let _ = writeln!(
        s,
        r##"<line x1="{lx}" y1="{ly}" x2="{}" y2="{ly}" stroke="#222222" stroke-width="1.5"/><text x="{}" y="{}">England {}</text>"##,
        lx + 24.0,
        lx + 30.0,
        ly + 4.0,
        grouped(b.funnel.p0 * per, 1)
    );
    for (label, above, below, dash) in
        [("99.8% limits", "#b2182b", "#2166ac", "6 4"), ("95% limits", "#ef8a62", "#67a9cf", "3 3")]
    {
        ly += 20.0;
        let _ = writeln!(
            s,
            r#"<line x1="{lx}" y1="{0}" x2="{1}" y2="{0}" stroke="{above}" stroke-width="1.5" stroke-dasharray="{dash}"/><line x1="{lx}" y1="{2}" x2="{1}" y2="{2}" stroke="{below}" stroke-width="1.5" stroke-dasharray="{dash}"/><text x="{3}" y="{4}">{label}</text>"#,
            ly - 2.5,
            lx + 24.0,
            ly + 2.5,
            lx + 30.0,
            ly + 4.0
        );
    }
    ly += 26.0;
    let count = |signal: Option<Signal>| b.practices.iter().filter(|p| p.signal == signal).count();
    for (label, signal) in [
        ("high 99.8%", Some(Signal::High998)),
        ("high 95%", Some(Signal::High95)),
        ("within limits", None),
        ("low 95%", Some(Signal::Low95)),
        ("low 99.8%", Some(Signal::Low998)),
    ] {
        let _ = writeln!(
            s,
            r#"<circle cx="{}" cy="{}" r="4.5" fill="{}"/><text x="{}" y="{}">{label} ({})</text>"#,
            lx + 12.0,
            ly,
            colour(signal),
            lx + 30.0,
            ly + 4.0,
            count(signal)
        );
        ly += 20.0;
    }
    let _ = writeln!(
        s,
        r##"<circle cx="{}" cy="{ly}" r="1.7" fill="#8a96a3" fill-opacity="0.6"/><text x="{}" y="{}">England practice</text>"##,
        lx + 12.0,
        lx + 30.0,
        ly + 4.0
    );
    let _ = writeln!(s, "</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_and_numbers() {
        assert_eq!(ticks(0.0, 17_300.0), (0.0, 20_000.0, 5_000.0));
        assert_eq!(ticks(9_100.0, 31_200.0), (5_000.0, 35_000.0, 5_000.0));
        assert_eq!(ticks(0.0, 2.3), (0.0, 2.5, 0.5));
        assert_eq!(grouped(18195.34, 1), "18,195.3");
        assert_eq!(grouped(999.0, 0), "999");
        assert_eq!(grouped(1_234_567.0, 0), "1,234,567");
        assert_eq!(xml("A & B <C>"), "A &amp; B &lt;C&gt;");
    }

    #[test]
    fn powers_of_ten_below_are_the_doubles_their_literals_are() {
        for (x, power) in [
            (1.0, 1.0),
            (9.99, 1.0),
            (10.0, 10.0),
            (2_883.3, 1_000.0),
            (1e22, 1e22),
            (0.5, 0.1),
            (0.1, 0.1),
            (0.099, 0.01),
            (0.000_35, 0.000_1),
            (1e-9, 1e-9),
        ] {
            assert_eq!(power_of_ten_below(x), power, "{x}");
        }
    }
}
