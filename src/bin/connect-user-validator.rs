//! The native command-line tool: argument parsing and printing around the core.

use connect_user_validator::syntax::json;
use connect_user_validator::{
    apply_fixes, explain, rules, validate, Diagnostic, IdentityType, Options, Path, Severity, ValidationResult, Value,
};
use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
Validates Amazon Connect CreateUser requests (the JSON of `aws connect create-user --cli-input-json`).

Usage: connect-user-validator <command> [options] [FILE]

Commands:
  check [--identity-type T] [--format text|json] [FILE]   diagnostics; exit 0 valid, 1 not valid
  fix [--identity-type T] [FILE]                          the request with every fix applied
  explain CODE                                            a rule's full explanation
  rules [--format text|json|markdown]                     the rule catalogue

FILE is a JSON request; without it, or with -, the request is read from standard input.
T is CONNECT_MANAGED, SAML or EXISTING_DIRECTORY: the instance's identity-management type.
Exit status 2 means a usage error or unreadable input.";

/// A failure that ends the program with status 2 and a message on standard error.
struct UsageError(String);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => ExitCode::from(code),
        Err(UsageError(message)) => {
            eprintln!("connect-user-validator: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<u8, UsageError> {
    let Some((command, rest)) = args.split_first() else {
        return Err(UsageError(format!("a command is needed.\n\n{USAGE}")));
    };
    let mut parsed = Arguments::parse(rest)?;
    match command.as_str() {
        "check" => {
            let format = parsed.format(&["text", "json"])?;
            let options = parsed.options()?;
            let input = parsed.finish_with_input()?;
            let request = read_request(&input)?;
            let result = validate(&request, &options);
            match format {
                "json" => print(&json::to_string(&result.to_value(), Some(2))),
                _ => print(&render_text(&input.name, &result, stdout_has_color())),
            }
            Ok(if result.valid { 0 } else { 1 })
        }
        "fix" => {
            let options = parsed.options()?;
            let input = parsed.finish_with_input()?;
            let request = read_request(&input)?;
            print(&json::to_string(&apply_fixes(&request, None, &options), Some(4)));
            Ok(0)
        }
        "explain" => {
            let code = parsed
                .positional
                .pop()
                .ok_or_else(|| UsageError("explain needs a rule code, such as password-policy.".into()))?;
            parsed.finish()?;
            let doc = explain(&code).ok_or_else(|| {
                UsageError(format!("{code:?} is not a rule code; `connect-user-validator rules` lists them."))
            })?;
            print(&format!(
                "# {} ({}): {}\n\n{}\n\n{}",
                doc.code,
                doc.severity,
                doc.title,
                doc.summary,
                doc.explanation.trim_end()
            ));
            Ok(0)
        }
        "rules" => {
            let format = parsed.format(&["text", "json", "markdown"])?;
            parsed.finish()?;
            print(&match format {
                "json" => json::to_string(&Value::Array(rules().map(|doc| doc.to_value()).collect()), Some(2)),
                "markdown" => connect_user_validator::rules::reference_markdown(),
                _ => {
                    let width = rules().map(|doc| doc.code.len()).max().unwrap_or(0);
                    rules()
                        .map(|doc| format!("{:width$}  {:7}  {}", doc.code, doc.severity.as_str(), doc.summary))
                        .collect::<Vec<_>>()
                        .join("\n")
                }
            });
            Ok(0)
        }
        "-h" | "--help" | "help" => {
            print(USAGE);
            Ok(0)
        }
        "-V" | "--version" => {
            print(concat!("connect-user-validator ", env!("CARGO_PKG_VERSION")));
            Ok(0)
        }
        other => Err(UsageError(format!("{other:?} is not a command.\n\n{USAGE}"))),
    }
}

/// Options and positional arguments, taken out one by one; whatever is left over is an error.
struct Arguments {
    flags: Vec<(String, Option<String>)>,
    positional: Vec<String>,
}

impl Arguments {
    /// Flags that take a value; `--flag value` and `--flag=value` both work.
    const VALUED: &'static [&'static str] = &["--identity-type", "--format"];

    fn parse(args: &[String]) -> Result<Self, UsageError> {
        let mut flags = Vec::new();
        let mut positional = Vec::new();
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            if arg == "-" || !arg.starts_with('-') {
                positional.push(arg.clone());
                continue;
            }
            let (name, inline) = match arg.split_once('=') {
                Some((name, value)) => (name.to_owned(), Some(value.to_owned())),
                None => (arg.clone(), None),
            };
            let value = match inline {
                Some(value) => Some(value),
                None if Self::VALUED.contains(&name.as_str()) => {
                    Some(args.next().cloned().ok_or_else(|| UsageError(format!("{name} needs a value.")))?)
                }
                None => None,
            };
            flags.push((name, value));
        }
        Ok(Arguments { flags, positional })
    }

    fn take(&mut self, name: &str) -> Option<Option<String>> {
        let index = self.flags.iter().rposition(|(flag, _)| flag == name)?;
        let value = self.flags.remove(index).1;
        self.flags.retain(|(flag, _)| flag != name);
        Some(value)
    }

    fn format(&mut self, allowed: &[&'static str]) -> Result<&'static str, UsageError> {
        match self.take("--format").flatten() {
            None => Ok(allowed[0]),
            Some(value) => allowed
                .iter()
                .copied()
                .find(|a| *a == value)
                .ok_or_else(|| UsageError(format!("--format must be {}, not {value:?}.", allowed.join(" or ")))),
        }
    }

    fn options(&mut self) -> Result<Options, UsageError> {
        let identity_type = match self.take("--identity-type").flatten() {
            None => None,
            Some(value) => Some(IdentityType::parse(&value).ok_or_else(|| {
                UsageError(format!(
                    "--identity-type must be CONNECT_MANAGED, SAML or EXISTING_DIRECTORY, not {value:?}."
                ))
            })?),
        };
        Ok(Options { identity_type })
    }

    fn finish(self) -> Result<(), UsageError> {
        if let Some((flag, _)) = self.flags.first() {
            return Err(UsageError(format!("unknown option {flag}.\n\n{USAGE}")));
        }
        if let Some(extra) = self.positional.first() {
            return Err(UsageError(format!("unexpected argument {extra:?}.\n\n{USAGE}")));
        }
        Ok(())
    }

    /// Ends parsing, taking the optional FILE argument.
    fn finish_with_input(mut self) -> Result<Input, UsageError> {
        let file = if self.positional.is_empty() { None } else { Some(self.positional.remove(0)) };
        self.finish()?;
        Input::read(file.filter(|f| f != "-"))
    }
}

/// The text of a FILE argument or of standard input.
struct Input {
    name: String,
    text: String,
}

impl Input {
    fn read(file: Option<String>) -> Result<Self, UsageError> {
        let (name, bytes) = match file {
            Some(path) => {
                let bytes =
                    std::fs::read(&path).map_err(|e| UsageError(format!("cannot read {path}: {}.", io_reason(&e))))?;
                (path, bytes)
            }
            None => {
                if std::io::stdin().is_terminal() {
                    eprintln!("connect-user-validator: reading the request from standard input (end it with Ctrl-D)");
                }
                let mut bytes = Vec::new();
                std::io::stdin()
                    .read_to_end(&mut bytes)
                    .map_err(|e| UsageError(format!("cannot read standard input: {}.", io_reason(&e))))?;
                ("<stdin>".to_owned(), bytes)
            }
        };
        let text = String::from_utf8(bytes).map_err(|e| {
            UsageError(format!("{name} is not UTF-8 text (invalid byte at offset {}).", e.utf8_error().valid_up_to()))
        })?;
        Ok(Input { name, text })
    }
}

fn io_reason(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        std::io::ErrorKind::IsADirectory => "it is a directory".to_owned(),
        _ => error.to_string(),
    }
}

/// The request object in `input`; anything else is a usage error.
fn read_request(input: &Input) -> Result<Value, UsageError> {
    let text = input.text.strip_prefix('\u{feff}').unwrap_or(&input.text);
    let value = json::parse(text).map_err(|e| UsageError(format!("{} is not valid JSON: {e}.", input.name)))?;
    match value {
        Value::Object(_) => Ok(value),
        other => Err(UsageError(format!(
            "{} holds {}, not a request object such as {{\"Username\": \"mary\", …}}.",
            input.name,
            other.kind()
        ))),
    }
}

/// Writes `text` and a final newline if it has none.
fn print(text: &str) {
    let newline = if text.ends_with('\n') { "" } else { "\n" };
    // A closed pipe (`| head`) is not an error worth reporting.
    let _ = write!(std::io::stdout().lock(), "{text}{newline}");
}

fn stdout_has_color() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// Diagnostics grouped by field, each with its severity, code, message, help and fix.
fn render_text(name: &str, result: &ValidationResult, color: bool) -> String {
    let paint = |code: &str, text: &str| if color { format!("\x1b[{code}m{text}\x1b[0m") } else { text.to_owned() };
    let mut groups: Vec<(&Path, Vec<&Diagnostic>)> = Vec::new();
    for diagnostic in &result.diagnostics {
        match groups.iter_mut().find(|(path, _)| **path == diagnostic.path) {
            Some((_, members)) => members.push(diagnostic),
            None => groups.push((&diagnostic.path, vec![diagnostic])),
        }
    }
    let mut out = String::new();
    for (path, diagnostics) in groups {
        out.push_str(&paint("1", &shorten(&path.to_string())));
        out.push('\n');
        for d in diagnostics {
            let severity_color = match d.severity {
                Severity::Error => "1;31",
                Severity::Warning => "1;33",
                Severity::Info => "1;36",
            };
            out.push_str(&format!(
                "  {}{} {}\n",
                paint(severity_color, d.severity.as_str()),
                paint("2", &format!("[{}]", d.code)),
                d.message
            ));
            if let Some(help) = &d.help {
                out.push_str(&format!("    {} {help}\n", paint("32", "help:")));
            }
            if !d.related.is_empty() {
                let related: Vec<String> = d.related.iter().map(|p| shorten(&p.to_string())).collect();
                out.push_str(&format!("    {} {}\n", paint("2", "see also:"), related.join(", ")));
            }
            if d.fix.is_some() {
                out.push_str(&format!("    {} `connect-user-validator fix` applies it\n", paint("32", "fix:")));
            }
        }
        out.push('\n');
    }
    let counts = format!(
        "{} errors, {} warnings, {} info",
        result.count(Severity::Error),
        result.count(Severity::Warning),
        result.count(Severity::Info)
    );
    let verdict = if result.valid { paint("1;32", "valid") } else { paint("1;31", "not valid") };
    out.push_str(&format!("{name}: {verdict} ({counts})"));
    out
}

/// Keeps huge unknown keys from flooding the terminal.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(80) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}
