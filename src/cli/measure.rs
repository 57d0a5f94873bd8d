//! `engage measure …`

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::output::Output;
use crate::view;
use engage::Error;
use engage::measure::{self, Columns};
use engage::store::{Access, Written};

use super::Ctx;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum MeasureCommand {
    /// Add a measure: a count per N registered patients (prescription items, a disease register).
    #[command(after_help = "Examples:\n  \
        engage measure add items --title 'Prescription items' --source 'NHSBSA 2018'\n  \
        engage measure add hyp --per 100 --title 'Hypertension register'")]
    Add(AddArgs),
    /// List the measures with the periods imported.
    #[command(after_help = "Examples:\n  engage measure list")]
    List,
    /// Remove a measure and every value imported for it.
    #[command(after_help = "Examples:\n  engage measure remove items --yes")]
    Remove(NameArg),
    /// Import one value a practice for a period from a national file (every practice in England).
    #[command(after_help = "Examples:\n  \
        engage measure import items factors.csv --period 2018 --code-column code \\\n      \
        --numerator-column total_items --denominator-column list_size\n  \
        engage measure import hyp qof.csv --period 2018-19 --delimiter ';' \\\n      \
        --decimal-comma --code-column practiceCode \\\n      \
        --numerator-column HYP_N_1819 --denominator-column allAges_1819")]
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The measure's name, as reports and imports will name it.
    name: String,
    /// The rate is per this many registered patients.
    #[arg(long, value_name = "N", default_value = "1000")]
    per: String,
    /// What it counts, for tables and the plot's title.
    #[arg(long, value_name = "T")]
    title: Option<String>,
    /// Where its figures come from.
    #[arg(long, value_name = "T")]
    source: Option<String>,
}

#[derive(Debug, Args)]
pub struct NameArg {
    /// The measure's name (any case, or its first words).
    name: String,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The measure's name.
    measure: String,
    /// The file (a header row naming its columns), or - for stdin.
    file: String,
    /// The period the values are for, as free text: 2018, 2018-19.
    #[arg(long, value_name = "P")]
    period: String,
    /// The column of ODS practice codes.
    #[arg(long, value_name = "C")]
    code_column: String,
    /// The column of counts.
    #[arg(long, value_name = "C")]
    numerator_column: String,
    /// The column of patients [default: the register's list size; other rows skipped].
    #[arg(long, value_name = "C")]
    denominator_column: Option<String>,
    /// The field separator: one character, e.g. ';' (a tab as '\t').
    #[arg(long, value_name = "CHAR", default_value = ",")]
    delimiter: String,
    /// Numbers written the European way: 15.057 is 15,057 and 2,42 is 2.42.
    #[arg(long)]
    decimal_comma: bool,
    /// Read and check the file, say what it holds, and write nothing.
    #[arg(long)]
    dry_run: bool,
}

fn delimiter(text: &str) -> engage::Result<u8> {
    match text {
        "\\t" | "\t" | "tab" => Ok(b'\t'),
        t if t.len() == 1 && t.is_ascii() && t != "\"" => Ok(t.as_bytes()[0]),
        t => Err(Error::usage(format!("--delimiter {t:?} is not one character"))
            .with_hint("e.g. --delimiter ';' or --delimiter '\\t'")),
    }
}

pub fn run(ctx: &Ctx, cmd: MeasureCommand) -> Result<()> {
    match cmd {
        MeasureCommand::Add(a) => {
            let per = engage::units::parse_whole(&a.per, 1..=1_000_000).ok_or_else(|| {
                Error::invalid(format!("--per {:?} is not a whole number of patients", a.per))
                    .at("--per")
                    .with_hint("e.g. --per 1000 (1 to 1,000,000)")
            })?;
            ctx.write(|tx| {
                let m = measure::add(tx, &a.name, per, a.title.as_deref(), a.source.as_deref())?;
                Ok(format!("added measure {} (per {} patients)", m.name, m.per))
            })?;
        }
        MeasureCommand::List => {
            let reg = ctx.open(Access::Read)?;
            ctx.print(&Output::Table(view::facts::measures(&measure::list(&reg.db)?)))?;
        }
        MeasureCommand::Remove(a) => {
            ctx.confirm_write(
                |m| format!("{}?", m.replacen("removed", "Remove", 1)),
                |tx| {
                    let (m, values) = measure::remove(tx, &a.name)?;
                    Ok(format!("removed measure {} and its {values} value(s)", m.name))
                },
            )?;
        }
        MeasureCommand::Import(a) => {
            let columns = Columns {
                period: &a.period,
                code: &a.code_column,
                numerator: &a.numerator_column,
                denominator: a.denominator_column.as_deref(),
                delimiter: delimiter(&a.delimiter)?,
                decimal_comma: a.decimal_comma,
            };
            let (input, file) = super::open_input(&a.file)?;
            let mut reg = ctx.open(Access::writing(a.dry_run))?;
            let summary = reg.write(a.dry_run, |tx| {
                let m = measure::find(tx, &a.measure)?;
                let s = measure::import(tx, &m, input, &file, &columns)?;
                let line = format!("imported {file}: {}", s.line());
                Ok(Written { value: s, summary: line })
            })?;
            if let Some(w) = summary.warning() {
                ctx.warn(w);
            }
            if a.dry_run {
                ctx.note(format!("dry run of {file}: {} (nothing written)", summary.line()));
            } else {
                ctx.note(format!("imported {file}: {}", summary.line()));
            }
        }
    }
    Ok(())
}
