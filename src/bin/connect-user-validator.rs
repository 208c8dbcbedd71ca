//! The native command-line tool: argument parsing and printing around the core.

use connect_user_validator::syntax::{json, shorthand};
use connect_user_validator::{
    apply_fixes, explain, parse_cli_command, rules, skeleton, to_cli_argv, to_cli_command, to_cli_input_json, validate,
    CommandOptions, Diagnostic, FixSelection, IdentityType, Object, Options, Path, Severity, Shell, Syntax,
    ValidationResult, Value,
};
use std::collections::HashMap;
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
  argv [--syntax shorthand|json] [FILE]                   the argv after `aws` that sends exactly the request
  command [--shell posix|powershell|cmd] [--syntax shorthand|json] [--multiline] [--redact-password] [FILE]
                                                          the whole `aws connect create-user` command
  input-json [FILE]                                       the --cli-input-json document, members in model order
  parse-command [FILE]                                    a pasted command read into {request, diagnostics}
  parse-shorthand [FILE]                                  AWS CLI shorthand parsed as {ok, value} or {ok, message, index}
  skeleton                                                what --generate-cli-skeleton prints

FILE is a JSON request (a command or shorthand text for the parse commands); without it, or with -,
it is read from standard input. After --, a FILE may start with -.
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
            let request = Value::Object(read_request(&input)?);
            let result = validate(&request, &options);
            match format {
                "json" => print(&pretty(&connect_user_validator::report::result_json(&result, &request))),
                _ => print(&render_text(&input.name, &result, stdout_has_color())),
            }
            Ok(if result.valid { 0 } else { 1 })
        }
        "fix" => {
            let options = parsed.options()?;
            let input = parsed.finish_with_input()?;
            let request = Value::Object(read_request(&input)?);
            print(&to_cli_input_json(&apply_fixes(&request, FixSelection::All, &options), Some(4)));
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
        "argv" => {
            let syntax = parsed.syntax()?;
            let input = parsed.finish_with_input()?;
            let Value::Object(request) = read_json(&input)? else {
                eprintln!("connect-user-validator: {} is not a request object.", input.name);
                return Ok(1);
            };
            let argv = to_cli_argv(&request, syntax).into_iter().map(Value::from).collect();
            print(&json::to_string(&Value::Array(argv), None));
            Ok(0)
        }
        "command" => {
            let syntax = parsed.syntax()?;
            let shell = match parsed.take("--shell").flatten() {
                None => Shell::Posix,
                Some(name) => Shell::parse(&name)
                    .ok_or_else(|| UsageError(format!("--shell must be posix, powershell or cmd, not {name:?}.")))?,
            };
            let multiline = parsed.take("--multiline").is_some();
            let redact_password = parsed.take("--redact-password").is_some();
            let input = parsed.finish_with_input()?;
            let request = read_request(&input)?;
            print(&to_cli_command(&request, &CommandOptions { shell, syntax, multiline, redact_password }));
            Ok(0)
        }
        "input-json" => {
            let input = parsed.finish_with_input()?;
            print(&to_cli_input_json(&Value::Object(read_request(&input)?), Some(4)));
            Ok(0)
        }
        "parse-command" => {
            let input = parsed.finish_with_input()?;
            let result = parse_cli_command(&input.text);
            print(&pretty(&result.to_json()));
            let parsed_cleanly =
                result.request.is_some() && result.diagnostics.iter().all(|d| d.severity != Severity::Error);
            Ok(if parsed_cleanly { 0 } else { 1 })
        }
        "skeleton" => {
            parsed.finish()?;
            print(&skeleton());
            Ok(0)
        }
        "parse-shorthand" => {
            let input = parsed.finish_with_input()?;
            let (result, code) = match shorthand::parse(&input.text) {
                Ok(value) => (object([("ok", Value::Bool(true)), ("value", value)]), 0),
                Err(error) => (
                    object([
                        ("ok", Value::Bool(false)),
                        ("message", Value::from(error.message)),
                        ("index", Value::from(error.index as i64)),
                    ]),
                    1,
                ),
            };
            print(&json::to_string(&result, Some(2)));
            Ok(code)
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
    const VALUED: &'static [&'static str] = &["--identity-type", "--format", "--syntax", "--shell"];

    fn parse(args: &[String]) -> Result<Self, UsageError> {
        let mut flags = Vec::new();
        let mut positional = Vec::new();
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            if arg == "--" {
                // Everything after `--` is a file name, even one that starts with `-`.
                positional.extend(args.by_ref().cloned());
                break;
            }
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

    fn syntax(&mut self) -> Result<Syntax, UsageError> {
        match self.take("--syntax").flatten() {
            None => Ok(Syntax::Shorthand),
            Some(name) => Syntax::parse(&name)
                .ok_or_else(|| UsageError(format!("--syntax must be shorthand or json, not {name:?}."))),
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

fn read_json(input: &Input) -> Result<Value, UsageError> {
    let text = input.text.strip_prefix('\u{feff}').unwrap_or(&input.text);
    json::parse(text).map_err(|e| UsageError(format!("{} is not valid JSON: {e}.", input.name)))
}

/// The request object in `input`; anything else is a usage error.
fn read_request(input: &Input) -> Result<Object, UsageError> {
    match read_json(input)? {
        Value::Object(request) => Ok(request),
        other => Err(UsageError(format!(
            "{} holds {}, not a request object such as {{\"Username\": \"mary\", …}}.",
            input.name,
            other.kind()
        ))),
    }
}

/// Compact JSON from the core, indented for people.
fn pretty(compact: &str) -> String {
    json::parse(compact).map_or_else(|_| compact.to_owned(), |value| json::to_string(&value, Some(2)))
}

fn object<const N: usize>(members: [(&str, Value); N]) -> Value {
    Value::Object(members.into_iter().map(|(key, value)| (key.to_owned(), value)).collect())
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
    // Groups in the order their first diagnostic comes.
    let mut groups: Vec<(&Path, Vec<&Diagnostic>)> = Vec::new();
    let mut group_of: HashMap<&Path, usize> = HashMap::new();
    for diagnostic in &result.diagnostics {
        let index = *group_of.entry(&diagnostic.path).or_insert_with(|| {
            groups.push((&diagnostic.path, Vec::new()));
            groups.len() - 1
        });
        groups[index].1.push(diagnostic);
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
                paint("2", &format!("[{}]", d.code())),
                d.message()
            ));
            if let Some(help) = d.help() {
                out.push_str(&format!("    {} {help}\n", paint("32", "help:")));
            }
            if !d.related.is_empty() {
                let related: Vec<String> = d.related.iter().map(|p| shorten(&p.to_string())).collect();
                out.push_str(&format!("    {} {}\n", paint("2", "see also:"), related.join(", ")));
            }
            if d.fixable {
                out.push_str(&format!("    {} `connect-user-validator fix` applies it\n", paint("32", "fix:")));
            }
        }
        out.push('\n');
    }
    let plural = |n: usize, noun: &str| if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") };
    let counts = format!(
        "{}, {}, {} info",
        plural(result.count(Severity::Error), "error"),
        plural(result.count(Severity::Warning), "warning"),
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
