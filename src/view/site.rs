//! The pages of `engage publish`: HTML5 with its CSS and SVG charts inline, no script
//! and nothing loaded from elsewhere, readable from 360 px wide and in print.

use std::fmt::Write;

use engage::dates::Month;
use engage::measure::Funnel;
use engage::publish::{LocalityPage, MeasurePeriods, PracticePage, Site};

/// The NHS blue of the charts, and the grey of what is not there.
const BLUE: &str = "#005eb8";
const GREY: &str = "#768692";

const CSS: &str = "\
body{font-family:system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;margin:0 auto;max-width:62rem;\
padding:1rem;line-height:1.45;color:#212b32;background:#fff}\
h1{font-size:1.6rem;margin:.5rem 0 1rem}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.05rem}\
a{color:#005eb8}nav{font-size:.9rem}nav a{margin-right:.75rem}\
.wide{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.9rem}\
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #d8dde0;vertical-align:top}\
.n{text-align:right;white-space:nowrap}figure{margin:1rem 0}figcaption{font-size:.85rem;color:#4c6272}\
svg{max-width:100%;height:auto;display:block}.muted{color:#4c6272}\
footer{margin-top:3rem;padding-top:.5rem;border-top:1px solid #d8dde0;font-size:.8rem;color:#4c6272}\
@media print{nav{display:none}a{color:inherit;text-decoration:none}.wide{overflow:visible}\
h2,h3{break-after:avoid}tr,figure{break-inside:avoid}body{max-width:none}}";

/// Text for HTML and SVG: `&`, `<`, `>` and quotes escaped.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A percentage to one decimal, or a dash.
fn pct(part: i64, whole: i64) -> String {
    engage::report::pct(part, whole).map_or("–".to_string(), |t| format!("{}%", engage::units::tenths(t)))
}

/// A whole page: `root` is the way back to the site's top (`` or `../`).
fn page(site: &Site, title: &str, root: &str, body: &str) -> String {
    let group = site.group.as_deref().unwrap_or("Practice engagement");
    let mut s = String::with_capacity(body.len() + 2048);
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} – {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n\
         <nav><a href=\"{root}index.html\">{}</a><a href=\"{root}interests.html\">Register of interests</a></nav>\n\
         <main>\n{body}</main>\n<footer>{} {}: figures for {} to {}, as the register held them on publishing. \
         Published with engage; it holds no contact details, no payments to people and no notes.</footer>\n\
         </body>\n</html>\n",
        esc(title),
        esc(group),
        esc(group),
        esc(group),
        site.fy,
        site.period.from,
        site.period.to,
    );
    s
}

/// A table: header cells (a `#` prefix right-aligns a column) and rows of cells already
/// escaped.
fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut s = String::from("<div class=\"wide\"><table>\n<thead><tr>");
    for h in headers {
        match h.strip_prefix('#') {
            Some(h) => {
                let _ = write!(s, "<th class=\"n\" scope=\"col\">{}</th>", esc(h));
            }
            None => {
                let _ = write!(s, "<th scope=\"col\">{}</th>", esc(h));
            }
        }
    }
    s.push_str("</tr></thead>\n<tbody>\n");
    for row in rows {
        s.push_str("<tr>");
        for (cell, h) in row.iter().zip(headers) {
            if h.starts_with('#') {
                let _ = write!(s, "<td class=\"n\">{cell}</td>");
            } else {
                let _ = write!(s, "<td>{cell}</td>");
            }
        }
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody></table></div>\n");
    s
}

/// Every file of the site, made as it is asked for (a national site is tens of
/// megabytes): its path under the folder, and its contents.
pub fn pages(site: &Site) -> impl Iterator<Item = (String, String)> + '_ {
    let top = [("index.html", index as fn(&Site) -> String), ("interests.html", interests)]
        .into_iter()
        .map(move |(name, make)| (name.to_string(), make(site)));
    let localities = site.localities.iter().map(move |l| (format!("localities/{}.html", l.slug), locality(site, l)));
    let practices = site.practices.iter().map(move |p| (format!("practices/{}.html", p.code), practice(site, p)));
    top.chain(localities).chain(practices)
}

fn index(site: &Site) -> String {
    let group = site.group.as_deref().unwrap_or("Practice engagement");
    let mut b = String::new();
    let _ = writeln!(b, "<h1>{} {}</h1>", esc(group), site.fy);
    let (held, represented) = site.practices.iter().fold((0, 0), |(h, r), p| (h + p.held, r + p.represented));
    let _ = writeln!(
        b,
        "<p>{} practices in {} localities. Practices were represented at {} of the {} locality meetings \
         they were expected at this year ({}).</p>",
        site.practices.len(),
        site.localities.iter().filter(|l| !l.practices.is_empty()).count(),
        represented,
        held,
        pct(represented, held)
    );
    b.push_str("<h2>Representation by locality, last 12 months</h2>\n");
    b.push_str(&heatmap(site));
    b.push_str("<h2>Localities</h2>\n");
    let rows: Vec<Vec<String>> = site
        .localities
        .iter()
        .filter(|l| !l.practices.is_empty())
        .map(|l| {
            let (held, represented) = l.monthly.iter().fold((0, 0), |(h, r), m| (h + m.0, r + m.1));
            vec![
                format!("<a href=\"localities/{}.html\">{}</a>", esc(&l.slug), esc(&l.name)),
                l.practices.len().to_string(),
                whole(l.list_size),
                l.lead.as_deref().map_or(String::new(), esc),
                pct(represented, held),
            ]
        })
        .collect();
    b.push_str(&table(&["Locality", "#Practices", "#Patients", "Lead", "#Represented, 12 months"], &rows));
    b.push_str("<h2>Schemes</h2>\n");
    if site.uptake.is_empty() {
        b.push_str("<p>No scheme this year.</p>\n");
    } else {
        let rows: Vec<Vec<String>> = site
            .uptake
            .iter()
            .map(|u| {
                vec![
                    esc(&u.scheme),
                    esc(&u.locality),
                    format!("{} of {}", u.enrolled, u.open),
                    pct(u.patients, u.patients_of_open),
                    u.commitments.to_string(),
                    u.reviews_done.to_string(),
                ]
            })
            .collect();
        b.push_str(&table(
            &["Scheme", "Locality", "#Practices enrolled", "#Patients covered", "#Commitments", "#Reviews done"],
            &rows,
        ));
    }
    let _ = writeln!(b, "<p><a href=\"interests.html\">The register of interests</a> of the group's people.</p>");
    page(site, &format!("{group} {}", site.fy), "", &b)
}

fn interests(site: &Site) -> String {
    let mut b = String::from("<h1>Register of interests</h1>\n");
    let _ = writeln!(
        b,
        "<p>Interests declared by the group's people and in force at some time from {} to {}, as NHS \
         guidance on managing conflicts of interest asks organisations to publish them.</p>",
        site.period.from, site.period.to
    );
    if site.interests.is_empty() {
        b.push_str("<p>No interest is declared.</p>\n");
    } else {
        let rows: Vec<Vec<String>> = site
            .interests
            .iter()
            .map(|i| {
                let date = |d: Option<chrono::NaiveDate>| d.map_or(String::new(), |d| d.to_string());
                vec![
                    esc(&i.person_name),
                    esc(i.role.as_str()),
                    i.practice_code.as_ref().map_or(String::new(), |c| esc(c.as_str())),
                    esc(&i.text),
                    date(i.from),
                    date(i.until),
                    i.declared_on.to_string(),
                ]
            })
            .collect();
        b.push_str(&table(&["Name", "Role", "Practice", "Interest", "From", "Until", "Declared"], &rows));
    }
    page(site, "Register of interests", "", &b)
}

fn locality(site: &Site, l: &LocalityPage) -> String {
    let mut b = String::new();
    let _ = writeln!(b, "<h1>{}</h1>", esc(&l.name));
    let _ = writeln!(
        b,
        "<p>{} practices, {} patients.{}</p>",
        l.practices.len(),
        whole(l.list_size),
        l.lead.as_deref().map_or(String::new(), |lead| format!(" Locality lead: {}.", esc(lead)))
    );
    b.push_str("<h2>Representation, last 12 months</h2>\n");
    b.push_str(&months_chart(
        site.first_month,
        &l.monthly,
        &format!("{}: practices represented at locality meetings", l.name),
    ));
    b.push_str("<h2>Practices</h2>\n");
    let rows: Vec<Vec<String>> = l
        .practices
        .iter()
        .filter_map(|code| site.practices.binary_search_by(|p| p.code.cmp(code)).ok().map(|i| &site.practices[i]))
        .map(|p| {
            vec![
                format!("<a href=\"../practices/{0}.html\">{0}</a>", esc(&p.code)),
                esc(&p.name),
                p.list_size.map_or(String::new(), whole),
                p.held.to_string(),
                p.represented.to_string(),
                pct(p.represented, p.held),
            ]
        })
        .collect();
    if rows.is_empty() {
        b.push_str("<p>No practice this year.</p>\n");
    } else {
        b.push_str(&table(&["Code", "Practice", "#Patients", "#Meetings", "#Represented", "#Share"], &rows));
    }
    page(site, &l.name, "../", &b)
}

fn practice(site: &Site, p: &PracticePage) -> String {
    let mut b = String::new();
    let _ = writeln!(b, "<h1>{} <span class=\"muted\">{}</span></h1>", esc(&p.name), esc(&p.code));
    let _ = writeln!(
        b,
        "<p>In <a href=\"../localities/{}.html\">{}</a>{}. Represented at {} of its {} locality meetings in {} ({}).</p>",
        esc(&p.locality_slug),
        esc(&p.locality),
        p.list_size.map_or(String::new(), |n| format!(", {} patients", whole(n))),
        p.represented,
        p.held,
        site.fy,
        pct(p.represented, p.held)
    );
    b.push_str("<h2>Representation over time</h2>\n");
    b.push_str(&months_chart(site.first_month, &p.monthly, &format!("{}: locality meetings represented", p.name)));
    if !p.schemes.is_empty() {
        b.push_str("<h2>Schemes</h2>\n");
        for s in &p.schemes {
            let _ = writeln!(
                b,
                "<h3>{}</h3>\n<p>Enrolled {}{}.</p>",
                esc(&s.scheme),
                s.enrolled,
                s.withdrawn.map_or(String::new(), |w| format!(", withdrew {w}"))
            );
            if s.commitments.is_empty() {
                b.push_str("<p>No commitment recorded yet.</p>\n");
            } else {
                b.push_str("<ol>\n");
                for c in &s.commitments {
                    let agreed =
                        c.agreed_with.as_deref().map_or(String::new(), |a| format!(", agreed with {}", esc(a)));
                    let _ = writeln!(b, "<li>{} ({}{agreed})</li>", esc(&c.text), esc(c.kind.as_str()));
                }
                b.push_str("</ol>\n");
            }
            for (date, outcome) in &s.reviews {
                let _ = writeln!(b, "<p>Reviewed {date}: {}.</p>", esc(outcome.as_str()));
            }
        }
    }
    let measured: Vec<&MeasurePeriods> =
        site.measures.iter().filter(|m| m.periods.iter().any(|mp| mp.values.contains_key(&p.code))).collect();
    if !measured.is_empty() {
        b.push_str("<h2>Measures against England</h2>\n");
        for m in measured {
            b.push_str(&measure(p, m));
        }
    }
    page(site, &format!("{} ({})", p.name, p.code), "../", &b)
}

/// A measure on a practice's page: its latest period's funnel with the practice marked,
/// and its rate across the periods imported.
fn measure(p: &PracticePage, m: &MeasurePeriods) -> String {
    let per = m.measure.per as f64;
    let label = m.measure.label();
    let mut b = format!("<h3>{}</h3>\n", esc(label));
    let latest = m.periods.iter().rev().find(|mp| mp.values.contains_key(&p.code));
    if let Some(mp) = latest {
        let (period, funnel) = (&mp.period, &mp.funnel);
        let (y, n) = mp.values[&p.code];
        let signal = funnel.signal(y, n).map_or("within the limits".to_string(), |s| s.as_str().to_string());
        let _ = writeln!(
            b,
            "<p>{period}: {} per {} patients, England {} ({signal}).</p>",
            number(y / n * per),
            whole(m.measure.per),
            number(funnel.p0 * per)
        );
        b.push_str(&small_funnel(
            funnel,
            y,
            n,
            per,
            &format!("{label}, {period}: {} against England's funnel", p.code),
        ));
    }
    if m.periods.len() > 1 {
        b.push_str(&rates_chart(p, m, per, label));
    }
    b
}

/// A count with its thousands grouped: `14,966`.
fn whole(n: i64) -> String {
    engage::units::grouped(&n.to_string())
}

/// A rate as people read it: one decimal under 100, whole above.
fn number(x: f64) -> String {
    if x.abs() < 100.0 { format!("{x:.1}") } else { whole(x.round() as i64) }
}

/// The fill of a share of meetings represented: pale to NHS blue.
fn shade(part: i64, whole: i64) -> String {
    let t = part as f64 / whole as f64;
    let mix = |a: u8, b: u8| (a as f64 + (b as f64 - a as f64) * t).round() as u8;
    format!("#{:02x}{:02x}{:02x}", mix(0xe8, 0x00), mix(0xf1, 0x5e), mix(0xfb, 0xb8))
}

/// The index's chart: a row per locality, a square per month, shaded by the share of
/// its practices' meetings represented.
fn heatmap(site: &Site) -> String {
    let rows: Vec<&LocalityPage> = site.localities.iter().filter(|l| !l.practices.is_empty()).collect();
    let (label_w, cell, top) = (170.0, 22.0, 24.0);
    let width = label_w + 12.0 * cell + 10.0;
    let height = top + rows.len() as f64 * cell + 30.0;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" \
         height=\"{height}\" role=\"img\" aria-labelledby=\"heat-title\" font-family=\"Helvetica, Arial, sans-serif\" \
         font-size=\"11\">\n<title id=\"heat-title\">Share of practices' locality meetings represented, by locality \
         and month</title>"
    );
    for k in 0..12 {
        let month = nth_month(site.first_month, k);
        let x = label_w + k as f64 * cell + cell / 2.0;
        let _ = writeln!(s, "<text x=\"{x}\" y=\"16\" text-anchor=\"middle\">{}</text>", month_letter(month));
    }
    for (i, l) in rows.iter().enumerate() {
        let y = top + i as f64 * cell;
        let name: String = l.name.chars().take(26).collect();
        let _ = writeln!(s, "<text x=\"0\" y=\"{}\">{}</text>", y + 15.0, esc(&name));
        for (k, &(held, represented)) in l.monthly.iter().enumerate() {
            let x = label_w + k as f64 * cell;
            let month = nth_month(site.first_month, k);
            if held == 0 {
                let _ = writeln!(
                    s,
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#f0f4f5\"><title>{}, {}: no meeting</title></rect>",
                    x + 1.0,
                    y + 1.0,
                    cell - 2.0,
                    cell - 2.0,
                    esc(&l.name),
                    month_name(month)
                );
            } else {
                let _ = writeln!(
                    s,
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"><title>{}, {}: {represented} of {held} ({})</title></rect>",
                    x + 1.0,
                    y + 1.0,
                    cell - 2.0,
                    cell - 2.0,
                    shade(represented, held),
                    esc(&l.name),
                    month_name(month),
                    pct(represented, held)
                );
            }
        }
    }
    let legend = top + rows.len() as f64 * cell + 18.0;
    let _ = writeln!(s, "<text x=\"0\" y=\"{legend}\">0%</text>");
    for k in 0..5 {
        let _ = writeln!(
            s,
            "<rect x=\"{}\" y=\"{}\" width=\"18\" height=\"12\" fill=\"{}\"/>",
            24.0 + k as f64 * 20.0,
            legend - 10.0,
            shade(k, 4)
        );
    }
    let _ = writeln!(s, "<text x=\"128\" y=\"{legend}\">100% of meetings represented</text>");
    s.push_str(
        "</svg><figcaption>Each square is a month: the darker, the more of its practices' locality \
                meetings were represented. Pale grey: no meeting.</figcaption></figure>\n",
    );
    s
}

/// Twelve months' bars: the share of meetings represented each month.
fn months_chart(first: Month, monthly: &[(i64, i64); 12], title: &str) -> String {
    let (left, top, bar_w, h) = (34.0, 10.0, 24.0, 100.0);
    let width = left + 12.0 * bar_w + 10.0;
    let height = top + h + 26.0;
    let mut s = chart_head(width, height, title);
    for (share, label) in [(0.0, "0%"), (0.5, "50%"), (1.0, "100%")] {
        let y = top + h - share * h;
        let _ = writeln!(
            s,
            "<line x1=\"{left}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"#d8dde0\"/><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{label}</text>",
            width - 10.0,
            left - 4.0,
            y + 4.0
        );
    }
    for (k, &(held, represented)) in monthly.iter().enumerate() {
        let x = left + k as f64 * bar_w;
        let month = nth_month(first, k);
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            x + bar_w / 2.0,
            top + h + 16.0,
            month_letter(month)
        );
        if held == 0 {
            let _ = writeln!(
                s,
                "<circle cx=\"{}\" cy=\"{}\" r=\"2\" fill=\"{GREY}\"><title>{}: no meeting</title></circle>",
                x + bar_w / 2.0,
                top + h - 3.0,
                month_name(month)
            );
            continue;
        }
        let bar = represented as f64 / held as f64 * h;
        let _ = writeln!(
            s,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{BLUE}\"><title>{}: {represented} of {held} ({})</title></rect>",
            x + 3.0,
            top + h - bar,
            bar_w - 6.0,
            bar.max(0.5),
            month_name(month),
            pct(represented, held)
        );
    }
    s.push_str(
        "</svg><figcaption>The share of locality meetings represented each month; a dot where none \
                was held.</figcaption></figure>\n",
    );
    s
}

/// A small funnel: England's rate and its 95% and 99.8% limits against list size, and
/// the practice marked.
fn small_funnel(f: &Funnel, y: f64, n: f64, per: f64, title: &str) -> String {
    let (left, top, w, h) = (56.0, 10.0, 250.0, 140.0);
    let (width, height) = (left + w + 14.0, top + h + 34.0);
    // From a third of the practice's list size to twice it: the funnel where it stands.
    let x_max = (n * 2.0).max(2_000.0);
    let x_from = x_max / 6.0;
    let rate = y / n;
    let lowest = f.limits(x_from).lower_998.min(rate);
    let highest = f.limits(x_from).upper_998.max(rate);
    let margin = (highest - lowest) * 0.05;
    let (y_min, y_max) = ((lowest - margin).max(0.0), highest + margin);
    let span = (y_max - y_min).max(f64::EPSILON);
    let px = |n: f64| left + n / x_max * w;
    let py = |r: f64| top + h - (r - y_min) / span * h;
    let mut s = chart_head(width, height, title);
    let _ =
        writeln!(s, "<rect x=\"{left}\" y=\"{top}\" width=\"{w}\" height=\"{h}\" fill=\"none\" stroke=\"#d8dde0\"/>");
    let curve = |pick: fn(&engage::measure::Limits) -> f64| -> String {
        (1..=40)
            .map(|k| {
                let n = x_from + (x_max - x_from) * k as f64 / 40.0;
                format!("{:.1},{:.1}", px(n), py(pick(&f.limits(n)).clamp(y_min, y_max)))
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    for (pick, dash) in [
        ((|l: &engage::measure::Limits| l.upper_95) as fn(&engage::measure::Limits) -> f64, "4 3"),
        (|l| l.lower_95, "4 3"),
        (|l| l.upper_998, "none"),
        (|l| l.lower_998, "none"),
    ] {
        let _ = writeln!(
            s,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{GREY}\" stroke-dasharray=\"{dash}\"/>",
            curve(pick)
        );
    }
    let _ = writeln!(
        s,
        "<line x1=\"{left}\" y1=\"{0:.1}\" x2=\"{1}\" y2=\"{0:.1}\" stroke=\"{GREY}\"/>",
        py(f.p0),
        left + w
    );
    let _ = writeln!(
        s,
        "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"5\" fill=\"{BLUE}\" stroke=\"#ffffff\"><title>This practice: {} per {} \
         patients, {} patients</title></circle>",
        px(n),
        py(rate),
        number(rate * per),
        whole(per as i64),
        whole(n.round() as i64)
    );
    for (r, label) in [(y_min, number(y_min * per)), (y_max, number(y_max * per))] {
        let _ = writeln!(s, "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{label}</text>", left - 4.0, py(r) + 4.0);
    }
    let _ = writeln!(
        s,
        "<text x=\"{left}\" y=\"{}\">0</text><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{} patients</text>",
        top + h + 14.0,
        left + w,
        top + h + 14.0,
        whole(x_max.round() as i64)
    );
    s.push_str(
        "</svg><figcaption>England's rate (line) and its 95% (dashed) and 99.8% limits: a practice \
                outside them differs by more than chance. The dot is this practice.</figcaption></figure>\n",
    );
    s
}

/// The practice's rate in each period imported, against England's.
fn rates_chart(p: &PracticePage, m: &MeasurePeriods, per: f64, label: &str) -> String {
    let points: Vec<(String, Option<f64>, f64)> = m
        .periods
        .iter()
        .map(|mp| (mp.period.clone(), mp.values.get(&p.code).map(|(y, n)| y / n * per), mp.funnel.p0 * per))
        .collect();
    let (left, top, w, h) = (56.0, 10.0, 250.0, 120.0);
    let (width, height) = (left + w + 14.0, top + h + 30.0);
    let all = points.iter().flat_map(|(_, own, england)| own.iter().copied().chain([*england]));
    let (low, high) = all.fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let pad = ((high - low) * 0.1).max(high.abs() * 0.05).max(f64::EPSILON);
    let (y_min, y_max) = ((low - pad).max(0.0), high + pad);
    let step = w / (points.len().max(2) - 1) as f64;
    let px = |k: usize| left + k as f64 * step;
    let py = |v: f64| top + h - (v - y_min) / (y_max - y_min) * h;
    let title = format!("{label}: {} against England, by period", p.code);
    let mut s = chart_head(width, height, &title);
    let line = |values: Vec<(usize, f64)>, colour: &str, dash: &str| -> String {
        let pts: Vec<String> = values.iter().map(|(k, v)| format!("{:.1},{:.1}", px(*k), py(*v))).collect();
        format!(
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" stroke-dasharray=\"{dash}\"/>\n",
            pts.join(" ")
        )
    };
    s.push_str(&line(points.iter().enumerate().map(|(k, (_, _, e))| (k, *e)).collect(), GREY, "5 3"));
    s.push_str(&line(
        points.iter().enumerate().filter_map(|(k, (_, own, _))| own.map(|v| (k, v))).collect(),
        BLUE,
        "none",
    ));
    for (k, (period, own, _)) in points.iter().enumerate() {
        if let Some(v) = own {
            let _ = writeln!(
                s,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\" fill=\"{BLUE}\"><title>{}: {}</title></circle>",
                px(k),
                py(*v),
                esc(period),
                number(*v)
            );
        }
        let _ = writeln!(
            s,
            "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            px(k),
            top + h + 16.0,
            esc(period)
        );
    }
    for v in [y_min, y_max] {
        let _ =
            writeln!(s, "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>", left - 4.0, py(v) + 4.0, number(v));
    }
    s.push_str(
        "</svg><figcaption>The practice (solid) and England (dashed), per period imported.</figcaption></figure>\n",
    );
    s
}

/// A chart's figure and SVG start, `title` read out for those who cannot see it.
fn chart_head(width: f64, height: f64, title: &str) -> String {
    format!(
        "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" \
         height=\"{height}\" role=\"img\" aria-label=\"{0}\" font-family=\"Helvetica, Arial, sans-serif\" \
         font-size=\"11\">\n<title>{0}</title>\n",
        esc(title)
    )
}

fn nth_month(first: Month, k: usize) -> Month {
    (0..k).fold(first, |m, _| m.next())
}

fn month_letter(m: Month) -> &'static str {
    ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"][chrono::Datelike::month(&m.first()) as usize - 1]
}

fn month_name(m: Month) -> String {
    m.first().format("%B %Y").to_string()
}
