//! engage's own values at the storage seam: what a statement's numbered placeholders
//! are bound to ([`Value`], from anything [`ToValue`]), and what a row's column holds
//! ([`Stored`], read into anything [`FromValue`]). Nothing here knows which database is
//! behind the seam.

use std::borrow::Cow;

use chrono::NaiveDate;

/// The kinds of value a register holds, so that a missing one still has a type (a
/// server must know a placeholder's type before it sees the value).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Integer,
    Real,
    Text,
}

/// A value bound to a placeholder (`?1`, `?2`, …) of a statement.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    /// A missing value of a known kind (`None` of an `Option<i64>`).
    NullOf(Kind),
    Integer(i64),
    Real(f64),
    Text(Cow<'a, str>),
}

/// A column's value as a row holds it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Stored<'a> {
    Null,
    Integer(i64),
    Real(f64),
    Text(&'a str),
    Blob(&'a [u8]),
}

impl Stored<'_> {
    /// What kind of value it is, for an error.
    pub fn kind(&self) -> &'static str {
        match self {
            Stored::Null => "NULL",
            Stored::Integer(_) => "an integer",
            Stored::Real(_) => "a real number",
            Stored::Text(_) => "text",
            Stored::Blob(_) => "a blob",
        }
    }

    /// The integer it holds, or an error naming what it holds instead.
    pub fn integer(self) -> Result<i64, String> {
        match self {
            Stored::Integer(n) => Ok(n),
            other => Err(format!("expected an integer, found {}", other.kind())),
        }
    }
}

/// A Rust value that can be bound to a placeholder.
pub trait ToValue {
    fn to_value(&self) -> Value<'_>;
    /// The kind a missing value of this type is sent as (text unless said otherwise).
    fn kind() -> Kind
    where
        Self: Sized,
    {
        Kind::Text
    }
}

/// A Rust value that can be read from a column; the error says what was found instead.
pub trait FromValue: Sized {
    fn from_value(stored: Stored<'_>) -> Result<Self, String>;
}

impl<T: ToValue + ?Sized> ToValue for &T {
    fn to_value(&self) -> Value<'_> {
        (**self).to_value()
    }
}

impl<T: ToValue> ToValue for Option<T> {
    fn to_value(&self) -> Value<'_> {
        match self {
            Some(v) => v.to_value(),
            None => Value::NullOf(T::kind()),
        }
    }
    fn kind() -> Kind {
        T::kind()
    }
}

impl ToValue for Value<'_> {
    fn to_value(&self) -> Value<'_> {
        match self {
            Value::Text(t) => Value::Text(Cow::Borrowed(t)),
            Value::Null => Value::Null,
            Value::NullOf(k) => Value::NullOf(*k),
            Value::Integer(n) => Value::Integer(*n),
            Value::Real(x) => Value::Real(*x),
        }
    }
}

macro_rules! integer_values {
    ($($t:ty),*) => {$(
        impl ToValue for $t {
            fn to_value(&self) -> Value<'_> {
                Value::Integer(i64::try_from(*self).expect("an integer a register can hold"))
            }
            fn kind() -> Kind {
                Kind::Integer
            }
        }
        impl FromValue for $t {
            fn from_value(stored: Stored<'_>) -> Result<Self, String> {
                let n = stored.integer()?;
                <$t>::try_from(n).map_err(|_| format!("{n} is out of range for {}", stringify!($t)))
            }
        }
    )*};
}

integer_values!(i64, i32, u32, u64, usize);

impl ToValue for bool {
    fn to_value(&self) -> Value<'_> {
        Value::Integer(*self as i64)
    }
    fn kind() -> Kind {
        Kind::Integer
    }
}

impl FromValue for bool {
    fn from_value(stored: Stored<'_>) -> Result<Self, String> {
        Ok(stored.integer()? != 0)
    }
}

impl ToValue for f64 {
    fn to_value(&self) -> Value<'_> {
        Value::Real(*self)
    }
    fn kind() -> Kind {
        Kind::Real
    }
}

impl FromValue for f64 {
    fn from_value(stored: Stored<'_>) -> Result<Self, String> {
        match stored {
            Stored::Real(x) => Ok(x),
            Stored::Integer(n) => Ok(n as f64),
            other => Err(format!("expected a number, found {}", other.kind())),
        }
    }
}

impl ToValue for str {
    fn to_value(&self) -> Value<'_> {
        Value::Text(Cow::Borrowed(self))
    }
}

impl ToValue for String {
    fn to_value(&self) -> Value<'_> {
        Value::Text(Cow::Borrowed(self))
    }
}

impl FromValue for String {
    fn from_value(stored: Stored<'_>) -> Result<Self, String> {
        match stored {
            Stored::Text(t) => Ok(t.to_string()),
            other => Err(format!("expected text, found {}", other.kind())),
        }
    }
}

/// A date is stored as `YYYY-MM-DD` text.
impl ToValue for NaiveDate {
    fn to_value(&self) -> Value<'_> {
        Value::Text(Cow::Owned(crate::dates::iso(*self)))
    }
}

impl FromValue for NaiveDate {
    fn from_value(stored: Stored<'_>) -> Result<Self, String> {
        match stored {
            Stored::Text(t) => crate::dates::parse_iso(t).ok_or_else(|| format!("{t:?} is not a date")),
            other => Err(format!("expected a date, found {}", other.kind())),
        }
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(stored: Stored<'_>) -> Result<Self, String> {
        match stored {
            Stored::Null => Ok(None),
            other => T::from_value(other).map(Some),
        }
    }
}

impl FromValue for Value<'static> {
    fn from_value(stored: Stored<'_>) -> Result<Self, String> {
        Ok(match stored {
            Stored::Null => Value::Null,
            Stored::Integer(n) => Value::Integer(n),
            Stored::Real(x) => Value::Real(x),
            Stored::Text(t) => Value::Text(Cow::Owned(t.to_string())),
            Stored::Blob(_) => return Err("expected a value, found a blob".into()),
        })
    }
}

/// The values of a statement's placeholders, in order: `()`, a tuple, an array or a
/// slice of values, or [`params!`](crate::params) for a long or mixed list.
pub trait Params {
    /// Calls `bind` with each value in turn.
    fn each(&self, bind: &mut dyn FnMut(Value<'_>));
}

impl Params for () {
    fn each(&self, _: &mut dyn FnMut(Value<'_>)) {}
}

impl<T: ToValue, const N: usize> Params for [T; N] {
    fn each(&self, bind: &mut dyn FnMut(Value<'_>)) {
        self.iter().for_each(|v| bind(v.to_value()));
    }
}

impl<T: ToValue> Params for &[T] {
    fn each(&self, bind: &mut dyn FnMut(Value<'_>)) {
        self.iter().for_each(|v| bind(v.to_value()));
    }
}

impl<T: ToValue> Params for Vec<T> {
    fn each(&self, bind: &mut dyn FnMut(Value<'_>)) {
        self.iter().for_each(|v| bind(v.to_value()));
    }
}

macro_rules! tuple_params {
    ($($name:ident)+) => {
        impl<$($name: ToValue),+> Params for ($($name,)+) {
            #[allow(non_snake_case)]
            fn each(&self, bind: &mut dyn FnMut(Value<'_>)) {
                let ($($name,)+) = self;
                $(bind($name.to_value());)+
            }
        }
    };
}

tuple_params!(A);
tuple_params!(A B);
tuple_params!(A B C);
tuple_params!(A B C D);
tuple_params!(A B C D E);
tuple_params!(A B C D E F);
tuple_params!(A B C D E F G);
tuple_params!(A B C D E F G H);
tuple_params!(A B C D E F G H I);
tuple_params!(A B C D E F G H I J);
tuple_params!(A B C D E F G H I J K);
tuple_params!(A B C D E F G H I J K L);

/// A statement's placeholder values of mixed types, however many: `params![a, b, c]`.
#[macro_export]
macro_rules! params {
    ($($v:expr),* $(,)?) => {
        &[$(&$v as &dyn $crate::store::ToValue),*][..]
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bound(p: impl Params) -> Vec<Value<'static>> {
        let mut out = Vec::new();
        p.each(&mut |v| out.push(Value::from_value(stored(&v)).unwrap()));
        out
    }

    fn stored<'a>(v: &'a Value<'_>) -> Stored<'a> {
        match v {
            Value::Null | Value::NullOf(_) => Stored::Null,
            Value::Integer(n) => Stored::Integer(*n),
            Value::Real(x) => Stored::Real(*x),
            Value::Text(t) => Stored::Text(t),
        }
    }

    #[test]
    fn values_go_in_and_come_out_as_they_were() {
        let day = NaiveDate::from_ymd_opt(2027, 1, 15).unwrap();
        let none: Option<i64> = None;
        let values = bound(crate::params![1_i64, "a", day, none, true, 2.5]);
        assert_eq!(
            values,
            vec![
                Value::Integer(1),
                Value::Text("a".into()),
                Value::Text("2027-01-15".into()),
                Value::Null,
                Value::Integer(1),
                Value::Real(2.5)
            ]
        );
        assert_eq!(NaiveDate::from_value(stored(&values[2])), Ok(day));
        assert_eq!(Option::<NaiveDate>::from_value(Stored::Null), Ok(None));
        assert!(NaiveDate::from_value(Stored::Text("2027-13-01")).unwrap_err().contains("not a date"));
        assert!(String::from_value(Stored::Integer(3)).unwrap_err().contains("expected text, found an integer"));
        assert!(u32::from_value(Stored::Integer(-1)).unwrap_err().contains("out of range"));
        assert_eq!(bound((1_i64, "b")), vec![Value::Integer(1), Value::Text("b".into())]);
        let (no_number, no_text): (Option<i64>, Option<&str>) = (None, None);
        assert_eq!(no_number.to_value(), Value::NullOf(Kind::Integer));
        assert_eq!(no_text.to_value(), Value::NullOf(Kind::Text));
    }
}
