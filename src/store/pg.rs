//! The PostgreSQL side of the seam: a team register on a server. Statements arrive in
//! the shared subset (`?1` placeholders) and are sent as PostgreSQL's (`$1`), prepared
//! once a connection; engage's values are sent as the type the server expects for each
//! placeholder, and columns come back as engage's `Stored` whatever their PostgreSQL
//! type (a boolean is 0 or 1, a `NUMERIC` sum an integer), so that every module reads
//! the same rows from either engine.

use std::cell::RefCell;
use std::fmt;

use postgres::types::{FromSql, IsNull, ToSql, Type};

use super::value::{FromValue, Kind as ValueKind, Params, Stored, Value};
use crate::error::{Error, Kind, Result};

/// Where a team register is: a `postgresql://` (or `postgres://`) URL as libpq reads it,
/// without a password (those come from `PGPASSWORD` or `~/.pgpass`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerUrl {
    url: String,
    pub user: Option<String>,
    /// The host name, or a folder holding the server's Unix socket.
    pub host: String,
    pub port: u16,
    pub dbname: String,
    pub sslmode: String,
    /// A file of the certificates of the authorities the server's certificate is
    /// checked against (`sslrootcert=`), beside the usual public ones.
    pub sslrootcert: Option<String>,
}

impl fmt::Display for ServerUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.url)
    }
}

/// How a connection is made private, as libpq reads `sslmode`: `disable` never, `allow`
/// and `prefer` when the server offers it (the default), `require` always (without
/// checking whose certificate it is, as libpq, unless `sslrootcert` names authorities),
/// `verify-ca` and `verify-full` always, the certificate checked against the public
/// authorities and `sslrootcert`'s, and its name against the host. A Unix socket is
/// never encrypted (it never leaves the machine). `None`: no TLS at all.
fn tls(url: &ServerUrl) -> Result<Option<(postgres::config::SslMode, tokio_postgres_rustls::MakeRustlsConnect)>> {
    use postgres::config::SslMode;
    use std::sync::Arc;
    if url.host.starts_with('/') || url.sslmode == "disable" {
        return Ok(None);
    }
    let mode = match url.sslmode.as_str() {
        "allow" | "prefer" => SslMode::Prefer,
        _ => SslMode::Require,
    };
    // ring: it builds with the C compiler SQLite already needs (aws-lc, the provider
    // rustls now suggests for post-quantum key exchange, needs CMake too).
    #[allow(deprecated)]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::storage(format!("cannot set up TLS: {e}")))?;
    let check = matches!(url.sslmode.as_str(), "verify-ca" | "verify-full") || url.sslrootcert.is_some();
    let config = if check {
        let mut roots = rustls::RootCertStore::from_iter(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        if let Some(file) = &url.sslrootcert {
            use rustls::pki_types::pem::PemObject;
            let certs = rustls::pki_types::CertificateDer::pem_file_iter(file)
                .map_err(|e| Error::invalid(format!("cannot read sslrootcert {file}: {e} (--db)")))?;
            for cert in certs {
                let cert = cert.map_err(|e| Error::invalid(format!("not a certificate in {file}: {e} (--db)")))?;
                roots.add(cert).map_err(|e| Error::invalid(format!("not a certificate in {file}: {e} (--db)")))?;
            }
        }
        builder.with_root_certificates(roots).with_no_client_auth()
    } else {
        builder.dangerous().with_custom_certificate_verifier(Arc::new(Unchecked(provider))).with_no_client_auth()
    };
    Ok(Some((mode, tokio_postgres_rustls::MakeRustlsConnect::new(config))))
}

/// `sslmode=prefer` and `require` as libpq has them: the link is encrypted, the
/// certificate's owner not checked (`verify-full` checks it).
#[derive(Debug)]
struct Unchecked(std::sync::Arc<rustls::crypto::CryptoProvider>);

impl rustls::client::danger::ServerCertVerifier for Unchecked {
    fn verify_server_cert(
        &self,
        _: &rustls::pki_types::CertificateDer<'_>,
        _: &[rustls::pki_types::CertificateDer<'_>],
        _: &rustls::pki_types::ServerName<'_>,
        _: &[u8],
        _: rustls::pki_types::UnixTime,
    ) -> std::result::Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> std::result::Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> std::result::Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// Whether a `--db` value names a server rather than a file.
pub fn is_server_url(text: &str) -> bool {
    let lower = text.get(..13).unwrap_or(text).to_ascii_lowercase();
    lower.starts_with("postgresql://") || lower.starts_with("postgres://")
}

/// Reads a `postgresql://[user@]host[:port]/dbname[?sslmode=...&host=/socket/dir]` URL.
/// A URL holding a password is refused (exit 3): it would be kept in shell history and
/// in the audit trail.
pub fn parse_url(text: &str) -> Result<ServerUrl> {
    let bad = |why: &str| {
        Error::invalid(format!("not a register URL: {why} (--db)")).with_hint(
            "e.g. postgresql://officer@db.example.nhs.uk/engage, or postgresql:///engage?host=/run/postgresql",
        )
    };
    let rest = text.split_once("://").map(|(_, r)| r).ok_or_else(|| bad("no ://"))?;
    let (before_query, query) = rest.split_once('?').unwrap_or((rest, ""));
    let (authority, path) = before_query.split_once('/').unwrap_or((before_query, ""));
    let (userinfo, hostport) = match authority.rsplit_once('@') {
        Some((u, h)) => (Some(u), h),
        None => (None, authority),
    };
    if userinfo.is_some_and(|u| u.contains(':')) {
        return Err(Error::invalid("the register URL holds a password (--db)".to_string()).with_hint(
            "leave the password out of the URL: put it in ~/.pgpass (host:port:database:user:password, mode 0600) \
             or PGPASSWORD",
        ));
    }
    let user = userinfo.filter(|u| !u.is_empty()).map(percent_decode);
    let (mut host, mut port) = match hostport.rsplit_once(':') {
        Some((h, p)) if !h.ends_with(']') || p.chars().all(|c| c.is_ascii_digit()) => {
            (h.to_string(), p.parse::<u16>().map_err(|_| bad("the port is not a number"))?)
        }
        _ => (hostport.to_string(), 5432),
    };
    let mut dbname = percent_decode(path);
    let mut sslmode = "prefer".to_string();
    let mut sslrootcert = None;
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let v = percent_decode(v);
        match k {
            "host" => host = v,
            "port" => port = v.parse().map_err(|_| bad("the port is not a number"))?,
            "dbname" => dbname = v,
            "sslmode" => sslmode = v,
            "sslrootcert" => sslrootcert = Some(v),
            "password" => {
                return Err(Error::invalid("the register URL holds a password (--db)".to_string())
                    .with_hint("put it in ~/.pgpass or PGPASSWORD instead"));
            }
            "user" => {}
            other => return Err(bad(&format!("engage does not know the option {other:?}"))),
        }
    }
    if !["disable", "allow", "prefer", "require", "verify-ca", "verify-full"].contains(&sslmode.as_str()) {
        return Err(bad(&format!("sslmode {sslmode:?} is not one of disable, prefer, require, verify-full")));
    }
    if host.is_empty() {
        host = "/var/run/postgresql".to_string();
    }
    if dbname.is_empty() {
        return Err(bad("no database name"));
    }
    Ok(ServerUrl { url: text.to_string(), user, host, port, dbname, sslmode, sslrootcert })
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The user this process runs as, for a URL that names none (libpq's default).
fn os_user() -> String {
    ["PGUSER", "USER", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
        .unwrap_or_else(|| "postgres".to_string())
}

/// The password for a connection, as libpq finds it: `PGPASSWORD`, else the first
/// matching line of `~/.pgpass` (or `PGPASSFILE`), if any. As libpq does, a password
/// file that others may read is ignored, with a warning.
fn password(url: &ServerUrl, user: &str) -> Option<String> {
    if let Ok(p) = std::env::var("PGPASSWORD") {
        return Some(p);
    }
    let file = std::env::var_os("PGPASSFILE")
        .map(std::path::PathBuf::from)
        .or_else(|| dirs::home_dir().map(|h| h.join(".pgpass")))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).ok()?.permissions().mode();
        if mode & 0o077 != 0 {
            use std::io::Write as _;
            let _ = writeln!(
                std::io::stderr(),
                "warning: {} can be read by others, so its passwords are not used (chmod 600 it)",
                file.display()
            );
            return None;
        }
    }
    let text = std::fs::read_to_string(file).ok()?;
    // A socket connection matches `localhost`, as in libpq.
    let host = if url.host.starts_with('/') { "localhost" } else { url.host.as_str() };
    let wanted = [host, &url.port.to_string(), &url.dbname, user];
    text.lines().filter(|l| !l.starts_with('#')).find_map(|line| {
        let fields = pgpass_fields(line);
        let matches = fields.len() >= 5 && fields.iter().zip(wanted).all(|(f, v)| f == "*" || f == v);
        matches.then(|| fields[4].clone())
    })
}

/// A `.pgpass` line's fields (host, port, database, user, password): split at `:`, with
/// `\:` a colon and `\\` a backslash inside one, as libpq reads them.
fn pgpass_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => fields.last_mut().expect("a field").extend(chars.next()),
            ':' => fields.push(String::new()),
            c => fields.last_mut().expect("a field").push(c),
        }
    }
    fields
}

/// A connection to a team register's server.
pub struct Server {
    client: RefCell<postgres::Client>,
    /// How many times this connection has asked the server and waited (a statement
    /// prepared, run, or a script): the budget is 50 a command.
    round_trips: std::cell::Cell<u64>,
    /// The database user engage connected as.
    pub user: String,
}

impl Server {
    pub fn connect(url: &ServerUrl) -> Result<Server> {
        let user = url.user.clone().unwrap_or_else(os_user);
        let mut config = postgres::Config::new();
        config.host(&url.host).port(url.port).dbname(&url.dbname).user(&user).application_name("engage");
        if let Some(p) = password(url, &user) {
            config.password(p);
        }
        config.connect_timeout(std::time::Duration::from_secs(10));
        let client = match tls(url)? {
            None => config.ssl_mode(postgres::config::SslMode::Disable).connect(postgres::NoTls),
            Some((mode, connector)) => config.ssl_mode(mode).connect(connector),
        };
        let client = client.map_err(|e| {
            let why = first_line(&e);
            let hint = if why.contains("certificate") {
                "the server's certificate is signed by an authority engage does not know: give the authority's \
                 certificate in the URL (sslrootcert=/path/ca.pem), as your IT department provides it"
            } else {
                "check the URL, that the server is running, and your access to it"
            };
            Error::storage(format!("cannot reach the register's server: {why} ({url})")).with_hint(hint)
        })?;
        Ok(Server { client: RefCell::new(client), round_trips: std::cell::Cell::new(1), user })
    }

    /// How many times this connection has waited on the server (connecting counts one).
    pub fn round_trips(&self) -> u64 {
        self.round_trips.get()
    }

    fn trip(&self) {
        self.round_trips.set(self.round_trips.get() + 1);
    }

    /// Loads rows with `COPY … FROM STDIN`: `fill` writes the data, which streams to the
    /// server as it is written, so memory stays bounded however many rows. Three round
    /// trips (the statement prepared, the copy begun and finished), however many rows.
    pub fn copy_in(&self, sql: &str, fill: &mut dyn FnMut(&mut dyn std::io::Write) -> Result<()>) -> Result<u64> {
        for _ in 0..3 {
            self.trip();
        }
        let mut client = self.client()?;
        let mut writer = traced(sql, client.copy_in(sql)).map_err(|e| self.named(e))?;
        fill(&mut writer)?;
        traced(sql, writer.finish()).map_err(|e| self.named(e))
    }

    /// Runs statements with no parameters and no result (a script, `BEGIN`, `COMMIT`).
    pub fn batch(&self, sql: &str) -> Result<()> {
        self.trip();
        self.client()?.batch_execute(sql).map_err(|e| self.named(e))
    }

    fn values<'p>(params: &'p dyn Params) -> Vec<Value<'p>> {
        let mut out = Vec::new();
        params.each(&mut |v| out.push(to_owned_value(v)));
        out
    }

    /// The rows of a query, each handed to `f` until it returns `false`. A `long` one
    /// (a year of session lines) streams: rows are read as the server sends them, in one
    /// round trip, so memory stays bounded whatever its length and the server works
    /// while engage reads; `f` may not ask the server anything meanwhile (the
    /// connection is busy: a clear error, not a wrong answer). A short one comes whole.
    pub fn run(
        &self,
        sql: &str,
        params: &dyn Params,
        long: bool,
        f: &mut dyn FnMut(&postgres::Row, &[String]) -> Result<bool>,
    ) -> Result<()> {
        use postgres::fallible_iterator::FallibleIterator;
        let values = Self::values(params);
        let names =
            |row: &postgres::Row| -> Vec<String> { row.columns().iter().map(|c| c.name().to_string()).collect() };
        if !long {
            let rows = self.query_typed(sql, &values)?;
            let names = rows.first().map(names).unwrap_or_default();
            for row in &rows {
                if !f(row, &names)? {
                    break;
                }
            }
            return Ok(());
        }
        let typed: Vec<(Pg, Type)> = values.iter().map(|v| (Pg(v), type_of(v))).collect();
        self.trip();
        let mut client = self.client()?;
        let mut rows = traced(sql, client.query_typed_raw(&numbered(sql), typed)).map_err(|e| self.named(e))?;
        let mut seen: Option<Vec<String>> = None;
        while let Some(row) = rows.next().map_err(|e| self.named(e))? {
            let names = seen.get_or_insert_with(|| names(&row));
            if !f(&row, names)? {
                break;
            }
        }
        Ok(())
    }

    /// The connection, unless a long result is streaming through it.
    fn client(&self) -> Result<std::cell::RefMut<'_, postgres::Client>> {
        self.client.try_borrow_mut().map_err(|_| {
            Error::storage("database error: a question to the server while a long result was streaming".to_string())
        })
    }

    /// The one value a statement gives, or `None` when it breaks a uniqueness rule; a
    /// savepoint keeps the transaction going after the clash.
    pub fn value_unless_clash<T: FromValue>(&self, sql: &str, params: &dyn Params) -> Result<Option<T>> {
        let values = Self::values(params);
        self.batch("SAVEPOINT clash")?;
        match self.send(sql, &values)? {
            Ok(rows) => {
                self.batch("RELEASE SAVEPOINT clash")?;
                let row = rows.first().ok_or_else(|| Error::storage(format!("database error: no row from {sql}")))?;
                T::from_value(stored(row, 0)?).map(Some).map_err(Error::storage)
            }
            Err(e) if is_clash(&e) => {
                self.batch("ROLLBACK TO SAVEPOINT clash")?;
                Ok(None)
            }
            Err(e) => Err(self.named(e)),
        }
    }

    /// The rows of a statement sent with its parameters' types in one round trip
    /// (nothing prepared to keep).
    fn query_typed(&self, sql: &str, values: &[Value]) -> Result<Vec<postgres::Row>> {
        self.send(sql, values)?.map_err(|e| self.named(e))
    }

    /// [`Server::query_typed`], with the server's own error (to tell a clash).
    fn send(&self, sql: &str, values: &[Value]) -> Result<std::result::Result<Vec<postgres::Row>, postgres::Error>> {
        let bound: Vec<Pg> = values.iter().map(Pg).collect();
        let typed: Vec<(&(dyn ToSql + Sync), Type)> =
            bound.iter().zip(values).map(|(b, v)| (b as &(dyn ToSql + Sync), type_of(v))).collect();
        let mut client = self.client()?;
        self.trip();
        Ok(traced(sql, client.query_typed(&numbered(sql), &typed)))
    }

    /// A failure, with the user named where it is theirs: a register they may only read.
    fn named(&self, e: postgres::Error) -> Error {
        if e.code() == Some(&postgres::error::SqlState::INSUFFICIENT_PRIVILEGE) {
            return Error::storage(format!("this register is read-only for {}", self.user)).with_hint(
                "nothing was written; ask the database's owner to grant you its write role (engage db init-roles)",
            );
        }
        e.into()
    }

    /// Runs a statement that changes the register, giving the number of rows changed:
    /// sent with its parameters' types in one round trip (a bulk load's statements are
    /// each new, and preparing one first would be a second).
    pub fn execute(&self, sql: &str, params: &dyn Params) -> Result<usize> {
        use postgres::fallible_iterator::FallibleIterator;
        let values = Self::values(params);
        let typed: Vec<(Pg, Type)> = values.iter().map(|v| (Pg(v), type_of(v))).collect();
        let mut client = self.client()?;
        self.trip();
        let mut rows = traced(sql, client.query_typed_raw(&numbered(sql), typed)).map_err(|e| self.named(e))?;
        while rows.next().map_err(|e| self.named(e))?.is_some() {}
        Ok(rows.rows_affected().unwrap_or(0) as usize)
    }
}

/// A statement's result; with `ENGAGE_DEBUG_SQL` set, a failing statement is printed on
/// stderr (for whoever is porting a query).
fn traced<T>(sql: &str, result: std::result::Result<T, postgres::Error>) -> std::result::Result<T, postgres::Error> {
    if result.is_err() && std::env::var_os("ENGAGE_DEBUG_SQL").is_some() {
        eprintln!("failed: {sql}");
    }
    result
}

fn to_owned_value(v: Value<'_>) -> Value<'static> {
    match v {
        Value::Null => Value::Null,
        Value::NullOf(k) => Value::NullOf(k),
        Value::Integer(n) => Value::Integer(n),
        Value::Real(x) => Value::Real(x),
        Value::Text(t) => Value::Text(t.into_owned().into()),
    }
}

/// The type a value is sent as: its own, so that a placeholder needs no cast (`?1 IS
/// NULL` with an integer).
fn type_of(v: &Value) -> Type {
    match v {
        Value::Integer(_) | Value::NullOf(ValueKind::Integer) => Type::INT8,
        Value::Real(_) | Value::NullOf(ValueKind::Real) => Type::FLOAT8,
        Value::Text(_) | Value::NullOf(ValueKind::Text) | Value::Null => Type::TEXT,
    }
}

/// `?1` placeholders as PostgreSQL's `$1`, outside quoted text.
pub fn numbered(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut quoted = false;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                quoted = !quoted;
                out.push(c);
            }
            '?' if !quoted && chars.peek().is_some_and(char::is_ascii_digit) => out.push('$'),
            _ => out.push(c),
        }
    }
    out
}

/// An engage value sent as the type the server expects for its placeholder.
#[derive(Debug)]
struct Pg<'a>(&'a Value<'a>);

type BoxError = Box<dyn std::error::Error + Sync + Send>;

impl ToSql for Pg<'_> {
    fn to_sql(&self, ty: &Type, out: &mut bytes::BytesMut) -> std::result::Result<IsNull, BoxError> {
        let text_like = [Type::TEXT, Type::VARCHAR, Type::BPCHAR, Type::NAME, Type::UNKNOWN];
        match self.0 {
            Value::Null | Value::NullOf(_) => Ok(IsNull::Yes),
            Value::Integer(n) => match *ty {
                Type::INT8 => n.to_sql(ty, out),
                Type::INT4 => i32::try_from(*n)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*n)?.to_sql(ty, out),
                Type::BOOL => (*n != 0).to_sql(ty, out),
                Type::FLOAT8 => (*n as f64).to_sql(ty, out),
                Type::NUMERIC => numeric(*n, out),
                ref t if text_like.contains(t) => n.to_string().as_str().to_sql(&Type::TEXT, out),
                _ => Err(format!("cannot send the integer {n} as {ty}").into()),
            },
            Value::Real(x) => match *ty {
                Type::FLOAT8 => x.to_sql(ty, out),
                Type::FLOAT4 => (*x as f32).to_sql(ty, out),
                ref t if text_like.contains(t) => x.to_string().as_str().to_sql(&Type::TEXT, out),
                _ => Err(format!("cannot send the number {x} as {ty}").into()),
            },
            Value::Text(t) => match *ty {
                Type::INT8 => t.parse::<i64>()?.to_sql(ty, out),
                Type::INT4 => t.parse::<i32>()?.to_sql(ty, out),
                Type::INT2 => t.parse::<i16>()?.to_sql(ty, out),
                Type::FLOAT8 => t.parse::<f64>()?.to_sql(ty, out),
                _ => t.as_ref().to_sql(&Type::TEXT, out),
            },
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

/// An integer in PostgreSQL's binary `NUMERIC` form.
fn numeric(n: i64, out: &mut bytes::BytesMut) -> std::result::Result<IsNull, BoxError> {
    use bytes::BufMut;
    let mut digits = Vec::new();
    let mut m = n.unsigned_abs();
    while m > 0 {
        digits.push((m % 10_000) as i16);
        m /= 10_000;
    }
    digits.reverse();
    out.put_i16(digits.len() as i16);
    out.put_i16(digits.len() as i16 - 1);
    out.put_u16(if n < 0 { 0x4000 } else { 0 });
    out.put_u16(0);
    for d in digits {
        out.put_i16(d);
    }
    Ok(IsNull::No)
}

/// A `NUMERIC` column (what `sum()` of a BIGINT gives), read from its binary form.
struct Numeric(f64, bool);

impl<'a> FromSql<'a> for Numeric {
    fn from_sql(_: &Type, raw: &'a [u8]) -> std::result::Result<Numeric, BoxError> {
        let word = |i: usize| -> std::result::Result<i16, BoxError> {
            raw.get(i..i + 2).map(|b| i16::from_be_bytes([b[0], b[1]])).ok_or_else(|| "a short NUMERIC".into())
        };
        let (ndigits, weight, sign, dscale) = (word(0)?, word(2)?, word(4)? as u16, word(6)?);
        if sign == 0xC000 {
            return Err("NaN is not a number engage keeps".into());
        }
        let mut value = 0f64;
        for k in 0..ndigits.max(0) as usize {
            value += f64::from(word(8 + 2 * k)?) * 10_000f64.powi(i32::from(weight) - k as i32);
        }
        Ok(Numeric(if sign == 0x4000 { -value } else { value }, dscale == 0))
    }

    fn accepts(ty: &Type) -> bool {
        *ty == Type::NUMERIC
    }
}

/// Column `i` of a row as engage's stored value.
pub fn stored<'r>(row: &'r postgres::Row, i: usize) -> Result<Stored<'r>> {
    let ty = row.columns()[i].type_().clone();
    let bad = |e: postgres::Error| Error::storage(format!("database error: column {}: {e}", row.columns()[i].name()));
    Ok(match ty {
        Type::INT8 => row.try_get::<_, Option<i64>>(i).map_err(bad)?.map_or(Stored::Null, Stored::Integer),
        Type::INT4 => {
            row.try_get::<_, Option<i32>>(i).map_err(bad)?.map_or(Stored::Null, |n| Stored::Integer(n.into()))
        }
        Type::INT2 => {
            row.try_get::<_, Option<i16>>(i).map_err(bad)?.map_or(Stored::Null, |n| Stored::Integer(n.into()))
        }
        Type::BOOL => {
            row.try_get::<_, Option<bool>>(i).map_err(bad)?.map_or(Stored::Null, |b| Stored::Integer(b.into()))
        }
        Type::FLOAT8 => row.try_get::<_, Option<f64>>(i).map_err(bad)?.map_or(Stored::Null, Stored::Real),
        Type::FLOAT4 => row.try_get::<_, Option<f32>>(i).map_err(bad)?.map_or(Stored::Null, |x| Stored::Real(x.into())),
        Type::NUMERIC => match row.try_get::<_, Option<Numeric>>(i).map_err(bad)? {
            None => Stored::Null,
            Some(Numeric(x, true)) => Stored::Integer(x as i64),
            Some(Numeric(x, false)) => Stored::Real(x),
        },
        Type::BYTEA => row.try_get::<_, Option<&[u8]>>(i).map_err(bad)?.map_or(Stored::Null, Stored::Blob),
        _ => row.try_get::<_, Option<&str>>(i).map_err(bad)?.map_or(Stored::Null, Stored::Text),
    })
}

fn first_line(e: &postgres::Error) -> String {
    use std::error::Error as _;
    let text = match (e.as_db_error(), e.source()) {
        (Some(db), _) => db.message().to_string(),
        // What went wrong underneath: the certificate not trusted, the host not found.
        (None, Some(cause)) => format!("{e}: {cause}"),
        (None, None) => e.to_string(),
    };
    text.lines().next().unwrap_or_default().to_string()
}

/// Whether a failure broke a uniqueness rule (`23505`).
pub fn is_clash(e: &postgres::Error) -> bool {
    e.code() == Some(&postgres::error::SqlState::UNIQUE_VIOLATION)
}

/// A server's failure, named for what it is: busy (exit 6) past the lock timeout, a
/// register the user may only read, a connection that went away.
impl From<postgres::Error> for Error {
    fn from(e: postgres::Error) -> Error {
        use postgres::error::SqlState;
        match e.code() {
            Some(c) if *c == SqlState::LOCK_NOT_AVAILABLE || *c == SqlState::QUERY_CANCELED => {
                Error::new(Kind::Busy, "the register is busy: another engage held it locked for longer than 5 s")
                    .with_hint("try again in a moment; a cron job may retry on exit code 6")
            }
            Some(c) if *c == SqlState::INSUFFICIENT_PRIVILEGE => {
                Error::storage(format!("this register is read-only for you ({})", first_line(&e)))
                    .with_hint("ask the database's owner to grant you the register's write role (engage db init-roles)")
            }
            _ if e.is_closed() => Error::storage(format!("the connection to the register's server was lost: {e}"))
                .with_hint("nothing was written; run the command again"),
            _ => Error::storage(format!("database error: {}", first_line(&e))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_names_a_server_and_never_holds_a_password() {
        let u = parse_url("postgresql://officer@db.example.nhs.uk:5433/engage?sslmode=require").unwrap();
        assert_eq!(
            (u.user.as_deref(), u.host.as_str(), u.port, u.dbname.as_str()),
            (Some("officer"), "db.example.nhs.uk", 5433, "engage")
        );
        assert_eq!(u.sslmode, "require");
        let s = parse_url("postgres:///team?host=/tmp/pg%20sock").unwrap();
        assert_eq!((s.host.as_str(), s.port, s.user), ("/tmp/pg sock", 5432, None));
        let e = parse_url("postgresql://officer:secret@db/engage").unwrap_err();
        assert_eq!(e.kind, Kind::Invalid);
        assert!(e.message.contains("holds a password") && !e.message.contains("secret"), "{}", e.message);
        assert!(parse_url("postgresql://db/engage?password=x").is_err());
        assert!(parse_url("postgresql://db/").is_err());
        assert!(
            is_server_url("POSTGRESQL://db/x") && is_server_url("postgres://db/x") && !is_server_url("postgresql:")
        );
    }

    #[test]
    fn tls_is_as_libpq_makes_it() {
        let mode = |url: &str| tls(&parse_url(url).unwrap()).unwrap().map(|(m, _)| m);
        use postgres::config::SslMode;
        assert_eq!(
            mode("postgresql:///engage?host=/run/postgresql&sslmode=require"),
            None,
            "a socket stays on the machine"
        );
        assert_eq!(mode("postgresql://db.example/engage?sslmode=disable"), None);
        assert!(matches!(mode("postgresql://db.example/engage"), Some(SslMode::Prefer)));
        assert!(matches!(mode("postgresql://db.example/engage?sslmode=require"), Some(SslMode::Require)));
        assert!(matches!(mode("postgresql://db.example/engage?sslmode=verify-full"), Some(SslMode::Require)));
        let missing =
            tls(&parse_url("postgresql://db.example/engage?sslmode=verify-full&sslrootcert=/nonexistent.pem").unwrap());
        assert_eq!(missing.err().map(|e| e.kind), Some(Kind::Invalid));
    }

    #[test]
    fn a_pgpass_line_is_read_as_libpq_reads_it() {
        assert_eq!(
            pgpass_fields("db.example:5432:engage:officer:s3cret"),
            ["db.example", "5432", "engage", "officer", "s3cret"]
        );
        assert_eq!(
            pgpass_fields(r"*:*:*:officer:horse\:battery\\staple"),
            ["*", "*", "*", "officer", r"horse:battery\staple"]
        );
        assert_eq!(pgpass_fields("a:b:c:d:pass:ignored")[4], "pass", "an unescaped colon ends the password");
        assert_eq!(pgpass_fields("a:b:c").len(), 3, "too few fields match nothing");
    }

    #[test]
    fn placeholders_are_numbered_outside_quoted_text() {
        assert_eq!(numbered("SELECT ?1, '?2', ?12 FROM t WHERE a = ?"), "SELECT $1, '?2', $12 FROM t WHERE a = ?");
    }
}
