// Generated from the rule modules in src/rules/ by `make generated`; do not edit.
// The templates of the rules that only the /cli entry reports, by their index in RULES.

export const CLI_TEMPLATES = [
  {
    rule: 36,
    messages: [
      ["The text is not a command of a supported user operation: it does not start with aws."],
      ["The command is not a supported user operation."],
      [["more", "count more finding"], " of this kind (", ["rule", "title"], ") are not listed one by one."],
    ],
    helps: [
      ["Paste an `aws connect` command of one of: create-user, update-user-identity-info, update-user-phone-config, update-user-config, update-user-security-profiles, update-user-routing-profile, update-user-hierarchy, tag-resource, untag-resource."],
      ["Only the first ", ["reported"], " are listed; `explain ", ["rule"], "` says what they have in common."],
    ],
  },
  {
    rule: 37,
    messages: [
      ["The ", ["opener"], " at line ", ["line"], ", column ", ["column"], " is never closed."],
      ["The pasted text continues after the command with `", ["operator"], "` at line ", ["line"], ", column ", ["column"], "; paste only the aws command, or quote the `", ["operator"], "` if it belongs to a value."],
      ["The ", ["operator"], " at line ", ["line"], ", column ", ["column"], " is shell syntax; quote it if it belongs to a value."],
      ["The `", ["operator"], "` at line ", ["line"], ", column ", ["column"], " has no command before it; paste the aws command."],
      ["The `", ["operator"], "` at line ", ["line"], ", column ", ["column"], " follows another `|` with no command between them."],
      ["The `|` at line ", ["line"], ", column ", ["column"], " has no command after it; paste the whole command."],
      ["The here-document `", ["operator"], "` at line ", ["line"], ", column ", ["column"], " is shell syntax this tool does not read; paste only the aws command."],
      ["The process substitution `", ["operator"], "` at line ", ["line"], ", column ", ["column"], " is shell syntax this tool does not read; paste only the aws command."],
      ["The redirection `", ["operator"], "` at line ", ["line"], ", column ", ["column"], " has nothing after it; paste the whole command."],
      ["Line ", ["line"], " starts a new command; end line ", ["ended_line"], " with \\ to continue it."],
      ["Line ", ["line"], " starts a new command; end line ", ["ended_line"], " with \\ and remove the blank or comment lines after it to continue it."],
      ["Line ", ["line"], " starts a new command: the blank line ", ["blank_line"], " ends the command before it; remove the blank line."],
      ["Line ", ["line"], " starts a new command: the # comment on line ", ["comment_line"], " ends the command before it; move the comment out of the command."],
      ["Line ", ["line"], " ends with ^, the cmd.exe line continuation; paste a bash or zsh command, whose lines end in \\."],
      ["Line ", ["line"], " ends with `, the PowerShell line continuation; paste a bash or zsh command, whose lines end in \\."],
      ["The $\" at line ", ["line"], ", column ", ["column"], " reads differently in bash, which drops the $, and in dash and zsh, which keep it; remove the $ or write \\$."],
      ["The escape ", ["escape", "raw"], " at line ", ["line"], ", column ", ["column"], " is a NUL character, which would cut the value short; remove it."],
      ["The escape ", ["escape", "raw"], " at line ", ["line"], ", column ", ["column"], " has no hex digits after it, which bash and zsh read differently; add the digits."],
      ["The escape ", ["escape", "raw"], " at line ", ["line"], ", column ", ["column"], " is not a Unicode character."],
      ["The escape ", ["escape", "raw"], " at line ", ["line"], ", column ", ["column"], " means different things in bash and zsh; write the character without the backslash, or as \\xHH."],
      ["The $'…' string at line ", ["line"], ", column ", ["column"], " makes bytes that are not UTF-8 text; write its characters with \\u escapes."],
      ["The word at line ", ["line"], ", column ", ["column"], " is word ", ["word"], " of the command: no supported command has that many; paste one command."],
      ["The text has an unpaired UTF-16 surrogate at index ", ["index"], ", which is not a Unicode character."],
      [["more", "count more finding"], " of this kind (", ["rule", "title"], ") are not listed one by one."],
    ],
    helps: [
      ["Only the first ", ["reported"], " are listed; `explain ", ["rule"], "` says what they have in common."],
    ],
  },
  {
    rule: 38,
    messages: [
      ["A shell would replace ", ["variable", "raw"], " with the variable's value; here it stays as written."],
      ["A shell would replace a variable in ", ["option"], " with the variable's value; here it stays as written."],
      ["A shell would replace ", ["tilde", "raw"], " with a home directory; here it stays as written."],
      ["A shell would replace a ~ in ", ["option"], " with a home directory; here it stays as written."],
      [["more", "count more finding"], " of this kind (", ["rule", "title"], ") are not listed one by one."],
    ],
    helps: [
      ["Replace it with the value itself, or quote it with single quotes if it is meant literally."],
      ["Only the first ", ["reported"], " are listed; `explain ", ["rule"], "` says what they have in common."],
    ],
  },
  {
    rule: 39,
    messages: [
      ["A shell would replace ", ["substitution", "raw"], " with the command's output; here it stays as written."],
      ["A shell would replace a command substitution in ", ["option"], " with the command's output; here it stays as written."],
      [["more", "count more finding"], " of this kind (", ["rule", "title"], ") are not listed one by one."],
    ],
    helps: [
      ["Replace it with the value itself, or quote it with single quotes if it is meant literally."],
      ["Only the first ", ["reported"], " are listed; `explain ", ["rule"], "` says what they have in common."],
    ],
  },
  {
    rule: 40,
    messages: [
      ["The AWS CLI reads the value of ", ["option"], " from a ", ["prefix"], " reference; a browser cannot, so this value is left out."],
      ["The AWS CLI downloads the value of ", ["option"], " from a ", ["prefix"], " reference; a browser cannot, so this value is left out."],
      [["more", "count more finding"], " of this kind (", ["rule", "title"], ") are not listed one by one."],
    ],
    helps: [
      ["Paste the content itself (as shorthand or JSON) in place of the reference."],
      ["Only the first ", ["reported"], " are listed; `explain ", ["rule"], "` says what they have in common."],
    ],
  },
  {
    rule: 41,
    messages: [
      ["Unknown options: ", ["options", "list"]],
      ["Unknown options: ", ["options", "list"], ", ", ["more", "count more word"]],
      ["Unknown options: ", ["more", "count more word"]],
      [["more", "count more finding"], " of this kind (", ["rule", "title"], ") are not listed one by one."],
    ],
    helps: [
      [["command"], " has no such option, or the words belong to the option before them and need quotes."],
      ["Only the first ", ["reported"], " are listed; `explain ", ["rule"], "` says what they have in common."],
    ],
  },
  {
    rule: 42,
    messages: [
      ["ambiguous option: ", ["prefix"], " could match ", ["options", "list"]],
      [["more", "count more finding"], " of this kind (", ["rule", "title"], ") are not listed one by one."],
    ],
    helps: [
      ["Spell the option out in full."],
      ["Only the first ", ["reported"], " are listed; `explain ", ["rule"], "` says what they have in common."],
    ],
  },
  {
    rule: 43,
    messages: [
      ["The AWS CLI takes ", ["typed"], " as its global option ", ["option"], ", not as an option of the command."],
      [["more", "count more finding"], " of this kind (", ["rule", "title"], ") are not listed one by one."],
    ],
    helps: [
      ["Spell the command's option out in full."],
      ["Only the first ", ["reported"], " are listed; `explain ", ["rule"], "` says what they have in common."],
    ],
  },
  {
    rule: 44,
    messages: [
      ["argument ", ["option"], ": expected one argument"],
      [["more", "count more finding"], " of this kind (", ["rule", "title"], ") are not listed one by one."],
    ],
    helps: [
      ["Give the value right after the option; a value starting with - needs the --option=value form."],
      ["Only the first ", ["reported"], " are listed; `explain ", ["rule"], "` says what they have in common."],
    ],
  },
  {
    rule: 45,
    messages: [
      ["Error parsing parameter '", ["parameter"], "': ", ["reason"], ["input"]],
      ["Error parsing parameter '", ["parameter"], "': ", ["reason"]],
      ["Error parsing parameter '", ["parameter"], "': Invalid JSON: ", ["reason"], "\nJSON received: ", ["value", "raw"]],
      ["Error parsing parameter '", ["parameter"], "': Invalid JSON: ", ["reason"]],
      ["Error parsing parameter '", ["parameter"], "': Invalid JSON:\n", ["value", "raw"]],
      ["Error parsing parameter '", ["parameter"], "': Invalid JSON:"],
      [["more", "count more finding"], " of this kind (", ["rule", "title"], ") are not listed one by one."],
    ],
    helps: [
      ["Fix the value of ", ["option"], "; `explain cli-syntax` shows the shorthand and JSON forms."],
      ["Fix the value of ", ["option"], "; `explain cli-syntax` shows the shorthand and JSON forms. The value is not repeated here because it can hold personal data."],
      ["Only the first ", ["reported"], " are listed; `explain ", ["rule"], "` says what they have in common."],
    ],
  },
  {
    rule: 46,
    messages: [
      [["reason"]],
      ["'", ["type"], "' object has no attribute 'keys'"],
      ["string index out of range"],
      [["more", "count more finding"], " of this kind (", ["rule", "title"], ") are not listed one by one."],
    ],
    helps: [
      ["The AWS CLI could not convert the value of ", ["option"], "; check the member types."],
      ["Only the first ", ["reported"], " are listed; `explain ", ["rule"], "` says what they have in common."],
    ],
  },
  {
    rule: 47,
    messages: [
      ["With --generate-cli-skeleton the AWS CLI prints a skeleton and sends no request."],
      [["more", "count more finding"], " of this kind (", ["rule", "title"], ") are not listed one by one."],
    ],
    helps: [
      ["Remove --generate-cli-skeleton to create the user."],
      ["Only the first ", ["reported"], " are listed; `explain ", ["rule"], "` says what they have in common."],
    ],
  },
  {
    rule: 48,
    messages: [
      ["With --version the AWS CLI prints its version and sends no request."],
      ["With the word help the AWS CLI prints the help of ", ["command"], " and sends no request."],
      [["more", "count more finding"], " of this kind (", ["rule", "title"], ") are not listed one by one."],
    ],
    helps: [
      ["Remove --version to send the request."],
      ["Remove the word help to send the request, or quote it if it is a value."],
      ["Only the first ", ["reported"], " are listed; `explain ", ["rule"], "` says what they have in common."],
    ],
  },
  {
    rule: 49,
    messages: [
      ["argument ", ["option"], ": ignored explicit argument ", ["value", "repr"]],
      ["argument ", ["option"], ": Invalid choice, valid choices are: ", ["choices", "pipes"]],
      ["Bad value for --query ", ["expression", "raw"], ": ", ["reason"]],
      ["Bad value for --endpoint-url \"", ["url", "raw"], "\": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/"],
      ["Invalid endpoint: ", ["url", "raw"]],
      ["Invalid IPv6 URL"],
      ["Provided region_name '", ["region", "raw"], "' doesn't match a supported format."],
      ["Invalid endpoint: https://connect.", ["region", "raw"], ".amazonaws.com"],
      [["reason"]],
      ["Attempted to set ", ["which"], " timeout to -", ["digits", "raw"], ", but the timeout cannot be set to a value less than or equal to 0."],
      [["more", "count more finding"], " of this kind (", ["rule", "title"], ") are not listed one by one."],
    ],
    helps: [
      ["The AWS CLI stops before sending the request; fix or remove the global option."],
      ["Only the first ", ["reported"], " are listed; `explain ", ["rule"], "` says what they have in common."],
    ],
  },
  {
    rule: 50,
    messages: [
      ["bash and zsh would expand this brace expression into one word for each of its ", ["parts"], " comma-separated parts; dash passes it unchanged, as it is read here."],
      [["expanding", "and"], " would expand this brace expression into a sequence of words; ", ["passing", "and"], " passes it unchanged, as it is read here."],
      [["expanding", "and"], " would expand this brace expression into a sequence of words; ", ["passing", "and"], " pass it unchanged, as it is read here."],
      ["zsh refuses the command at this }, which ends a word without closing a { of it (parse error near `}'); bash and dash pass it unchanged, as it is read here."],
      [["more", "count more finding"], " of this kind (", ["rule", "title"], ") are not listed one by one."],
    ],
    helps: [
      ["Write the words out, or quote the braces if they belong to the value."],
      ["Quote the } if it belongs to the value."],
      ["Only the first ", ["reported"], " are listed; `explain ", ["rule"], "` says what they have in common."],
    ],
  },
  {
    rule: 51,
    messages: [
      ["A shell would replace this word with the names of the files it matches (*, ? and […] are patterns); when none does, bash and dash pass it unchanged, as it is read here, and zsh refuses the command (no matches found)."],
      ["zsh refuses a word with this unclosed [ (bad pattern); bash and dash pass it unchanged, as it is read here."],
      ["zsh would replace this word, which starts with =, with the path of the command named after the =, or refuse the command when there is none (not found); bash and dash pass it unchanged, as it is read here."],
      [["more", "count more finding"], " of this kind (", ["rule", "title"], ") are not listed one by one."],
    ],
    helps: [
      ["Put the value in single quotes."],
      ["Only the first ", ["reported"], " are listed; `explain ", ["rule"], "` says what they have in common."],
    ],
  },
  {
    rule: 52,
    messages: [
      ["Interactive ", ["shells", "and"], " would read the line starting with this ^ as a ^old^new substitution of the previous command; scripts and dash pass it unchanged, as it is read here."],
      ["Interactive ", ["shells", "and"], " would replace this ! and what follows it with text from an earlier command, or refuse the command (event not found); scripts and dash pass it unchanged, as it is read here."],
      ["In double quotes, interactive zsh passes this \\! as !, while bash, dash and scripts keep the backslash, as it is read here."],
      [["more", "count more finding"], " of this kind (", ["rule", "title"], ") are not listed one by one."],
    ],
    helps: [
      ["Put the value in single quotes."],
      ["Only the first ", ["reported"], " are listed; `explain ", ["rule"], "` says what they have in common."],
    ],
  },
  {
    rule: 53,
    messages: [
      ["A NUL character: bash and dash drop it, as it is read here, and zsh cuts the word short at it."],
      [["more", "count more finding"], " of this kind (", ["rule", "title"], ") are not listed one by one."],
    ],
    helps: [
      ["Remove the NUL character; no value can hold one."],
      ["Only the first ", ["reported"], " are listed; `explain ", ["rule"], "` says what they have in common."],
    ],
  },
  {
    rule: 54,
    messages: [
      ["The redirection ", ["redirection", "raw"], " changes where the command reads or writes; it is not part of the request, which is the same without it."],
      ["The command's output is piped into another command; what follows the | is not part of the request, which the AWS CLI still sends."],
      [["more", "count more finding"], " of this kind (", ["rule", "title"], ") are not listed one by one."],
    ],
    helps: [
      ["Only the first ", ["reported"], " are listed; `explain ", ["rule"], "` says what they have in common."],
    ],
  },
];

export const SHELLS = ["posix", "powershell", "cmd"];
