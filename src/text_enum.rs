//! Enums kept as text in the register and on the command line: one text mapping each,
//! declared once with [`text_enum!`], which also gives them `FromValue` and `ToValue` (a
//! stored value that is not one of the texts is an error, never a guess) and `Display`.

/// What every text enum offers; the command line builds its value parsers from it.
pub trait TextEnum: Copy + Send + Sync + 'static {
    /// Every value, in declaration order.
    const ALL: &'static [Self];
    /// The value's one text, as stored and as typed.
    fn as_str(self) -> &'static str;
    /// The one-line description of a value, for `--help`.
    fn help(self) -> &'static str;
    /// The value a text names (exactly; callers trim or fold case where they allow it).
    fn parse(text: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.as_str() == text)
    }
    /// The value a person typed in a file: spaces around it and case do not matter.
    fn parse_loose(text: &str) -> Option<Self> {
        Self::parse(&text.trim().to_ascii_lowercase())
    }
}

/// Declares an enum with one text per variant (`Gp = "gp"`); doc comments on variants
/// become their `--help` descriptions.
#[macro_export]
macro_rules! text_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[doc = $doc:literal])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($(#[doc = $doc])* $variant),+
        }

        impl $crate::text_enum::TextEnum for $name {
            const ALL: &'static [$name] = &[$($name::$variant),+];
            fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
            fn help(self) -> &'static str {
                match self {
                    $($name::$variant => concat!($($doc),*).trim_ascii()),+
                }
            }
        }

        #[allow(dead_code)]
        impl $name {
            /// The value's one text, as stored and as typed.
            pub fn as_str(self) -> &'static str {
                $crate::text_enum::TextEnum::as_str(self)
            }
            /// The value a text names, exactly.
            pub fn parse(text: &str) -> Option<$name> {
                <$name as $crate::text_enum::TextEnum>::parse(text)
            }
            /// The value a person typed in a file: spaces around it and case do not matter.
            pub fn parse_loose(text: &str) -> Option<$name> {
                <$name as $crate::text_enum::TextEnum>::parse_loose(text)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl $crate::store::ToValue for $name {
            fn to_value(&self) -> $crate::store::Value<'_> {
                $crate::store::Value::Text(self.as_str().into())
            }
        }

        impl $crate::store::FromValue for $name {
            fn from_value(stored: $crate::store::Stored<'_>) -> std::result::Result<Self, String> {
                match stored {
                    $crate::store::Stored::Text(text) => {
                        $name::parse(text).ok_or_else(|| format!("{text:?} is not a {}", stringify!($name)))
                    }
                    other => Err(format!("expected text, found {}", other.kind())),
                }
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::TextEnum;
    use crate::store::{FromValue, Stored, ToValue, Value};

    crate::text_enum! {
        /// A test enum.
        pub enum Colour {
            /// The colour red.
            Red = "red",
            DarkBlue = "dark-blue",
        }
    }

    #[test]
    fn one_text_each_way_and_a_bad_stored_value_is_an_error() {
        assert_eq!(Colour::DarkBlue.as_str(), "dark-blue");
        assert_eq!(Colour::parse("red"), Some(Colour::Red));
        assert_eq!(Colour::parse("Red"), None);
        assert_eq!(Colour::Red.help(), "The colour red.");
        assert_eq!(Colour::DarkBlue.to_value(), Value::Text("dark-blue".into()));
        assert_eq!(Colour::from_value(Stored::Text("dark-blue")), Ok(Colour::DarkBlue));
        let bad = Colour::from_value(Stored::Text("green")).unwrap_err();
        assert!(bad.contains("\"green\" is not a Colour"), "{bad}");
    }
}
