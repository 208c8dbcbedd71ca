// Type declarations for connect-user-validator/cli: everything of the main entry (index.d.ts), and
// the AWS CLI syntax. Hand-written; tests/pkg compiles a strict consumer of both entries.

import type { CreateUserRequest, Diagnostic, Operation } from "./index.js";

export * from "./index.js";
export { default } from "./index.js";

export type Syntax = "shorthand" | "json";
export type Shell = "posix" | "powershell" | "cmd";

export interface OperationOptions {
  /** The operation the request is for, whose `aws connect` command is written. Default "CreateUser". */
  operation?: Operation;
}

export interface ArgvOptions extends OperationOptions {
  syntax?: Syntax;
}

export interface CommandOptions extends OperationOptions {
  /**
   * posix: bash, zsh, dash; powershell: PowerShell 7.3+; cmd: cmd.exe with aws.exe.
   *
   * powershell is exact where PowerShell passes each argument as it is: always off Windows, and on
   * Windows for `aws.exe` (the MSI install). pip installs the AWS CLI as `aws.cmd`, a batch file,
   * whose arguments Windows PowerShell 5.1, and PowerShell 7.3+ with its default
   * `$PSNativeCommandArgumentPassing = 'Windows'`, pass unescaped to cmd.exe, which reads them
   * again. So that cmd.exe never sees one of `& | < > ^ %`, a value holding one is written in its
   * option's JSON syntax (in `--cli-input-json` for a string option) with these characters escaped
   * (`\u0026`). Nothing can run then, but through `aws.cmd` a word with `"` (any JSON) still
   * arrives changed: run `aws.exe`, or set `$PSNativeCommandArgumentPassing = 'Standard'`.
   */
  shell?: Shell;
  syntax?: Syntax;
  /** One option a line, with the shell's continuation (` \`, `` ` ``, `^`). */
  multiline?: boolean;
  /** Writes `********` instead of the password and of every member named like it (see `redactPassword()`). */
  redactPassword?: boolean;
}

export interface InputJsonOptions extends OperationOptions {
  /** Spaces per level, 0 to 10; 0 writes one line. Default 4. */
  indent?: number;
}

/** A `--cli-input-json` document read into a request. */
export interface ParsedInputJson {
  /**
   * The request the command would send, as the AWS CLI would convert it: typed as the request it
   * should be, but it holds whatever the command says, such as `Username: []`,
   * `AutoAccept: "yes"` or members the model does not have. `validate()` it before use, with
   * `{ operation }`: for an operation other than CreateUser it holds that operation's members.
   */
  request: CreateUserRequest | null;
  diagnostics: Diagnostic[];
}

/** A pasted command read into a request. */
export interface ParsedCommand extends ParsedInputJson {
  /**
   * The operation of the pasted command, by its AWS name (`"TagResource"` for
   * `aws connect tag-resource`); null when the text is no command of a supported operation.
   */
  operation: Operation | null;
}

export type ShorthandValue = string | ShorthandValue[] | { [key: string]: ShorthandValue };

export type ShorthandResult = { ok: true; value: ShorthandValue } | { ok: false; message: string; index: number };

/** The `--cli-input-json` document, members in the order of the operation's input. */
export declare function toCliInputJson(request: unknown, options?: InputJsonOptions): string;
/** Per CLI option (`"--identity-info"`), its argv words in shorthand syntax, JSON where shorthand cannot. */
export declare function toShorthand(request: unknown, options?: OperationOptions): Record<string, string[]>;
/** The argv after `aws`; fed to the AWS CLI v1 it sends exactly `request`. */
export declare function toCliArgv(request: unknown, options?: ArgvOptions): string[];
/** The whole `aws connect create-user` command (or the operation's), quoted so that no value can inject anything. */
export declare function toCliCommand(request: unknown, options?: CommandOptions): string;
/** A pasted `aws connect create-user …` command, or one of another supported operation, read into a request. */
export declare function parseCliCommand(text: string): ParsedCommand;
/**
 * A `--cli-input-json` document read as the AWS CLI reads it (JSON as Python reads it, an object):
 * the request, or null with the CLI's error, pointing at where the reading stopped.
 */
export declare function parseCliInputJson(text: string): ParsedInputJson;
/** The AWS CLI v1 shorthand parser: same values, errors and error indexes. */
export declare function parseShorthand(text: string): ShorthandResult;
/** What `--generate-cli-skeleton input` prints for the operation's command, with deterministic placeholders. */
export declare function skeleton(options?: OperationOptions): string;
