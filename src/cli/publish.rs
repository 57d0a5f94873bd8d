//! `engage publish DIR`: the group's pages for its website and the board.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use engage::dates::{self, FinancialYear};
use engage::store::Access;

use super::Ctx;

#[derive(Debug, Args)]
pub struct PublishArgs {
    /// The folder to write the site into: new, empty, or one engage published to before.
    dir: PathBuf,
    /// The financial year of the representation, interests and schemes: YYYY-YY, this or last [default: this].
    #[arg(long, value_name = "FY", value_parser = super::fy_arg)]
    fy: Option<FinancialYear>,
}

pub fn run(ctx: &Ctx, a: PublishArgs) -> Result<()> {
    let today = dates::today()?;
    let fy = a.fy.unwrap_or_else(|| FinancialYear::containing(today));
    let reg = ctx.open(Access::Read)?;
    let group = reg.setting("group")?;
    let site = engage::publish::gather(&reg.db, group, fy, today)?;
    let written = engage::outfile::write_site(&a.dir, crate::view::site::pages(&site), "DIR")?;
    let removed = match written.removed {
        0 => String::new(),
        n => format!(" ({} of the earlier site removed)", crate::view::facts::count(n, "page", "pages")),
    };
    ctx.note(format!(
        "published {} for {fy} to {}{removed}: open {} in a browser",
        crate::view::facts::count(written.written, "page", "pages"),
        a.dir.display(),
        a.dir.join("index.html").display()
    ));
    Ok(())
}
