//! The native command-line tool: arguments (clap), input and printing around the core.
//!
//! Native only: clap is a native dependency, so the .wasm never carries it. `cargo test --target
//! wasm32-unknown-unknown` still builds every binary; there this one is empty.
#![cfg_attr(target_arch = "wasm32", no_main)]
#![cfg(not(target_arch = "wasm32"))]

use clap::builder::PossibleValue;
use clap::error::ErrorKind;
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum, ValueHint};
use connect_user_validator::syntax::{json, shorthand};
use connect_user_validator::{
    apply_fixes, explain, parse_cli_command, rules, skeleton, to_cli_argv, to_cli_command, to_cli_input_json, validate,
    CommandOptions, Diagnostic, FixSelection, IdentityType, Object, Operation, Options, Path, RuleDoc, Severity, Shell,
    Syntax, ValidationResult, Value,
};
use std::collections::HashMap;
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// The most any subcommand reads, from a file or standard input. A CreateUser request is a few KB
/// (the model's length limits keep even one with every member at its maximum and every character
/// written as a JSON escape below a megabyte), so this only keeps a wrong input such as `/dev/zero`
/// or a disk image from filling memory, while values far over the model's limits (the 10 MB
/// strings of the JS hostile-input tests) still reach the rules that report them.
const MAX_INPUT_BYTES: u64 = 16 * 1024 * 1024;

/// The notes after the top-level help's list of commands.
fn after_help() -> String {
    format!(
        "\
FILE: without it, or with -, the input comes from standard input; after --, a FILE may start with -.
At most {} MiB is read (a request is a few KB); a larger input is refused with exit status 2.

T is the instance's identity-management type: it decides several rules (a Password is required with
CONNECT_MANAGED and an error with the others). Without it, the identity-type-inferred diagnostic
says which types the request fits, and is an error when it fits none.

Exit status: 0 success; 1 a request that is not valid (check), not an object (argv) or does not
parse (parse-command, parse-shorthand); 2 a usage error or unreadable input.",
        MAX_INPUT_BYTES >> 20
    )
}

/// Validates Amazon Connect CreateUser requests (the JSON of `aws connect create-user
/// --cli-input-json`) and those of the user's update and tagging operations (--operation), explains
/// every problem, and writes and reads the AWS CLI's shorthand, JSON and commands.
#[derive(Parser)]
#[command(name = "connect-user-validator", version, after_help = after_help(), arg_required_else_help = true)]
// The last of a repeated option wins, as in the AWS CLI.
#[command(args_override_self = true)]
struct Cli {
    #[command(subcommand)]
    command: Commands,
}

#[derive(Subcommand)]
enum Commands {
    /// Check a request and print its diagnostics, grouped by field
    #[command(after_help = "Exit status: 0 valid, 1 not valid, 2 usage error or unreadable input.")]
    Check {
        #[command(flatten)]
        operation: OperationArg,
        #[command(flatten)]
        identity: IdentityArg,
        /// text: path, severity, code, message, help and fix; json: the ValidationResult
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        #[command(flatten)]
        request: RequestArg,
    },
    /// Print the request with every fix applied, as --cli-input-json JSON
    #[command(after_help = "Exit status: 0, or 2 for a usage error or unreadable input.")]
    Fix {
        #[command(flatten)]
        operation: OperationArg,
        #[command(flatten)]
        identity: IdentityArg,
        #[command(flatten)]
        request: RequestArg,
    },
    /// Print a rule's full explanation (Markdown)
    #[command(after_help = "Exit status: 0, or 2 for an unknown code.")]
    Explain {
        /// A rule code, such as password-policy; `connect-user-validator rules` lists them
        #[arg(value_name = "CODE", value_parser = rule_code)]
        doc: &'static RuleDoc,
    },
    /// Print the rule catalogue
    #[command(after_help = "Exit status: 0.")]
    Rules {
        /// text: one line per rule; json: the RuleDoc objects; markdown: docs/rules.md
        #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
        format: RulesFormat,
    },
    /// Print the argv after `aws` that sends exactly the request, as a JSON array
    #[command(after_help = "Exit status: 0, 1 if the JSON is not an object, 2 usage error or unreadable input.")]
    Argv {
        #[command(flatten)]
        operation: OperationArg,
        #[command(flatten)]
        syntax: SyntaxArg,
        #[command(flatten)]
        request: RequestArg,
    },
    /// Print the whole `aws connect` command (create-user, or the --operation's), quoted for a shell
    #[command(after_help = "Exit status: 0, or 2 for a usage error or unreadable input.")]
    Command {
        #[command(flatten)]
        operation: OperationArg,
        /// The shell the command is pasted into (posix: bash, dash and zsh)
        #[arg(long, value_enum, default_value_t = ShellArg::Posix)]
        shell: ShellArg,
        #[command(flatten)]
        syntax: SyntaxArg,
        /// One option per line, with the shell's line continuation
        #[arg(long)]
        multiline: bool,
        /// Write the Password as a placeholder
        #[arg(long)]
        redact_password: bool,
        #[command(flatten)]
        request: RequestArg,
    },
    /// Print the --cli-input-json document, members in model order
    #[command(after_help = "Exit status: 0, or 2 for a usage error or unreadable input.")]
    InputJson {
        #[command(flatten)]
        operation: OperationArg,
        #[command(flatten)]
        request: RequestArg,
    },
    /// Read a pasted `aws connect` command of a supported operation into {operation, request, diagnostics}
    #[command(after_help = "Exit status: 0 parsed, 1 not (no request, or an error diagnostic), 2 unreadable input.")]
    ParseCommand {
        /// The command text; without it, or with -, standard input
        #[arg(value_name = "FILE", value_hint = ValueHint::FilePath)]
        file: Option<PathBuf>,
    },
    /// Parse AWS CLI shorthand into {ok, value} or {ok, message, index}
    #[command(after_help = "Exit status: 0 ok, 1 error, 2 unreadable input.")]
    ParseShorthand {
        /// The shorthand text, byte for byte (a final newline is part of it); without it, or with
        /// -, standard input
        #[arg(value_name = "FILE", value_hint = ValueHint::FilePath)]
        file: Option<PathBuf>,
    },
    /// Print what `aws connect create-user --generate-cli-skeleton` (or the --operation's command) prints
    #[command(after_help = "Exit status: 0.")]
    Skeleton {
        #[command(flatten)]
        operation: OperationArg,
    },
    /// Print a completion script for a shell
    #[command(
        after_help = "For example, in bash: source <(connect-user-validator completions bash)\n\nExit status: 0."
    )]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// The request a subcommand works on.
#[derive(Args)]
struct RequestArg {
    /// The request as JSON, as `aws connect create-user --cli-input-json` (or the --operation's
    /// command) takes it; without it, or with -, standard input
    #[arg(value_name = "FILE", value_hint = ValueHint::FilePath)]
    file: Option<PathBuf>,
}

#[derive(Args)]
struct OperationArg {
    /// The operation the request is for: its AWS name
    #[arg(long, value_name = "OP", default_value = "CreateUser")]
    operation: OperationName,
}

/// An [`Operation`] as clap reads it: by its AWS name.
#[derive(Clone, Copy)]
struct OperationName(Operation);

impl ValueEnum for OperationName {
    fn value_variants<'a>() -> &'a [Self] {
        const NAMES: [OperationName; Operation::ALL.len()] = {
            let mut names = [OperationName(Operation::CreateUser); Operation::ALL.len()];
            let mut at = 0;
            while at < names.len() {
                names[at] = OperationName(Operation::ALL[at]);
                at += 1;
            }
            names
        };
        &NAMES
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.0.name()).help(self.0.cli_command()))
    }
}

#[derive(Args)]
struct IdentityArg {
    /// The instance's identity-management type
    #[arg(long = "identity-type", value_name = "T", value_enum)]
    identity_type: Option<IdentityTypeArg>,
}

impl IdentityArg {
    fn options(&self, operation: &OperationArg) -> Options {
        Options { operation: operation.operation.0, identity_type: self.identity_type.map(IdentityType::from) }
    }
}

#[derive(Args)]
struct SyntaxArg {
    /// How option values are written: AWS CLI shorthand where it can, or JSON
    #[arg(long = "syntax", value_enum, default_value_t = SyntaxName::Shorthand)]
    syntax: SyntaxName,
}

#[derive(Clone, Copy, ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
enum IdentityTypeArg {
    ConnectManaged,
    Saml,
    ExistingDirectory,
}

impl From<IdentityTypeArg> for IdentityType {
    fn from(value: IdentityTypeArg) -> Self {
        match value {
            IdentityTypeArg::ConnectManaged => IdentityType::ConnectManaged,
            IdentityTypeArg::Saml => IdentityType::Saml,
            IdentityTypeArg::ExistingDirectory => IdentityType::ExistingDirectory,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum SyntaxName {
    Shorthand,
    Json,
}

impl From<SyntaxName> for Syntax {
    fn from(value: SyntaxName) -> Self {
        match value {
            SyntaxName::Shorthand => Syntax::Shorthand,
            SyntaxName::Json => Syntax::Json,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum ShellArg {
    Posix,
    #[value(name = "powershell")]
    PowerShell,
    Cmd,
}

impl From<ShellArg> for Shell {
    fn from(value: ShellArg) -> Self {
        match value {
            ShellArg::Posix => Shell::Posix,
            ShellArg::PowerShell => Shell::PowerShell,
            ShellArg::Cmd => Shell::Cmd,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum CheckFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum RulesFormat {
    Text,
    Json,
    Markdown,
}

fn rule_code(code: &str) -> Result<&'static RuleDoc, String> {
    explain(code).ok_or_else(|| "not a rule code; `connect-user-validator rules` lists them".to_owned())
}

/// A failure that ends the program with status 2: a usage error clap could not see, or unreadable
/// input.
struct Failure(String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(code) => ExitCode::from(code),
        Err(Failure(message)) => {
            print_error(&message);
            ExitCode::from(2)
        }
    }
}

/// `error: message` on standard error, styled as clap's own errors so that every error reads alike.
fn print_error(message: &str) {
    let _ = clap::Error::raw(ErrorKind::Io, format!("{message}\n")).with_cmd(&Cli::command()).print();
}

fn run(command: Commands) -> Result<u8, Failure> {
    match command {
        Commands::Check { operation, identity, format, request } => {
            let input = Input::read(request.file.as_deref())?;
            let request = Value::Object(read_request(&input)?);
            let result = validate(&request, &identity.options(&operation));
            print(&match format {
                CheckFormat::Json => pretty(&connect_user_validator::report::result_json(&result, &request)),
                CheckFormat::Text => render_text(&input.name, &result, stdout_has_color()),
            });
            Ok(if result.valid { 0 } else { 1 })
        }
        Commands::Fix { operation, identity, request } => {
            let input = Input::read(request.file.as_deref())?;
            let request = Value::Object(read_request(&input)?);
            let fixed = apply_fixes(&request, FixSelection::All, &identity.options(&operation));
            print(&to_cli_input_json(&fixed, operation.operation.0, Some(4)));
            Ok(0)
        }
        Commands::Explain { doc } => {
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
        Commands::Rules { format } => {
            print(&match format {
                RulesFormat::Json => {
                    json::to_string(&Value::Array(rules().map(|doc| doc.to_value()).collect()), Some(2))
                }
                RulesFormat::Markdown => connect_user_validator::rules::reference_markdown(),
                RulesFormat::Text => {
                    let width = rules().map(|doc| doc.code.len()).max().unwrap_or(0);
                    rules()
                        .map(|doc| format!("{:width$}  {:7}  {}", doc.code, doc.severity.as_str(), doc.summary))
                        .collect::<Vec<_>>()
                        .join("\n")
                }
            });
            Ok(0)
        }
        Commands::Argv { operation, syntax, request } => {
            let input = Input::read(request.file.as_deref())?;
            let Value::Object(request) = read_json(&input)? else {
                print_error(&format!("{} is not a request object.", input.name));
                return Ok(1);
            };
            let argv = to_cli_argv(&request, operation.operation.0, syntax.syntax.into())
                .into_iter()
                .map(Value::from)
                .collect();
            print(&json::to_string(&Value::Array(argv), None));
            Ok(0)
        }
        Commands::Command { operation, shell, syntax, multiline, redact_password, request } => {
            let input = Input::read(request.file.as_deref())?;
            let request = read_request(&input)?;
            let options =
                CommandOptions { shell: shell.into(), syntax: syntax.syntax.into(), multiline, redact_password };
            print(&to_cli_command(&request, operation.operation.0, &options));
            Ok(0)
        }
        Commands::InputJson { operation, request } => {
            let input = Input::read(request.file.as_deref())?;
            print(&to_cli_input_json(&Value::Object(read_request(&input)?), operation.operation.0, Some(4)));
            Ok(0)
        }
        Commands::ParseCommand { file } => {
            let input = Input::read(file.as_deref())?;
            let result = parse_cli_command(&input.text);
            print(&pretty(&result.to_json()));
            let parsed_cleanly =
                result.request.is_some() && result.diagnostics.iter().all(|d| d.severity != Severity::Error);
            Ok(if parsed_cleanly { 0 } else { 1 })
        }
        Commands::ParseShorthand { file } => {
            let input = Input::read(file.as_deref())?;
            let parsed = shorthand::parse(&input.text);
            let code = if parsed.is_ok() { 0 } else { 1 };
            print(&pretty(&shorthand::result_json(parsed)));
            Ok(code)
        }
        Commands::Skeleton { operation } => {
            print(&skeleton(operation.operation.0));
            Ok(0)
        }
        Commands::Completions { shell } => {
            // Into a buffer: clap_complete panics when it cannot write (a closed pipe).
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "connect-user-validator", &mut script);
            print(&String::from_utf8_lossy(&script));
            Ok(0)
        }
    }
}

/// The text of a FILE argument or of standard input.
struct Input {
    name: String,
    text: String,
}

impl Input {
    /// Reads `file`, or standard input for none or `-`, up to [`MAX_INPUT_BYTES`].
    fn read(file: Option<&std::path::Path>) -> Result<Self, Failure> {
        let file = file.filter(|path| path.as_os_str() != "-");
        let (name, bytes) = match file {
            Some(path) => {
                let name = path.display().to_string();
                let cannot_read = |e: std::io::Error| Failure(format!("cannot read {name}: {}.", io_reason(&e)));
                let bytes = read_limited(std::fs::File::open(path).map_err(cannot_read)?, &name, cannot_read)?;
                (name, bytes)
            }
            None => {
                if std::io::stdin().is_terminal() {
                    eprintln!("connect-user-validator: reading standard input (end it with Ctrl-D)");
                }
                let name = "<stdin>".to_owned();
                let cannot_read =
                    |e: std::io::Error| Failure(format!("cannot read standard input: {}.", io_reason(&e)));
                let bytes = read_limited(std::io::stdin().lock(), &name, cannot_read)?;
                (name, bytes)
            }
        };
        let text = String::from_utf8(bytes).map_err(|e| {
            Failure(format!("{name} is not UTF-8 text (invalid byte at offset {}).", e.utf8_error().valid_up_to()))
        })?;
        Ok(Input { name, text })
    }
}

/// All of `reader`, refused as soon as it passes [`MAX_INPUT_BYTES`].
fn read_limited(
    reader: impl Read,
    name: &str,
    cannot_read: impl Fn(std::io::Error) -> Failure,
) -> Result<Vec<u8>, Failure> {
    let mut bytes = Vec::new();
    reader.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes).map_err(cannot_read)?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(Failure(format!(
            "{name} is larger than {} MiB, more than this tool reads; a CreateUser request is a few KB.",
            MAX_INPUT_BYTES >> 20
        )));
    }
    Ok(bytes)
}

fn io_reason(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        std::io::ErrorKind::IsADirectory => "it is a directory".to_owned(),
        _ => error.to_string(),
    }
}

fn read_json(input: &Input) -> Result<Value, Failure> {
    let text = input.text.strip_prefix('\u{feff}').unwrap_or(&input.text);
    json::parse(text).map_err(|e| Failure(format!("{} is not valid JSON: {e}.", input.name)))
}

/// The request object in `input`; anything else is a usage error.
fn read_request(input: &Input) -> Result<Object, Failure> {
    match read_json(input)? {
        Value::Object(request) => Ok(request),
        other => Err(Failure(format!(
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
