// Type declarations for connect-user-validator, the main entry (validation); cli.d.ts declares the
// /cli entry. Hand-written; tests/typescript.rs checks them against the service model, and tests/pkg
// compiles a strict consumer that assigns each of @aws-sdk/client-connect's *CommandInput types
// (CreateUserCommandInput, UpdateUserConfigCommandInput, …) to its input type here and back.

export type IdentityManagementType = "CONNECT_MANAGED" | "SAML" | "EXISTING_DIRECTORY";
/** The AWS operations on a user that the package checks; each function's `operation` option. */
export type Operation =
  | "CreateUser"
  | "UpdateUserIdentityInfo"
  | "UpdateUserPhoneConfig"
  | "UpdateUserConfig"
  | "UpdateUserSecurityProfiles"
  | "UpdateUserRoutingProfile"
  | "UpdateUserHierarchy"
  | "TagResource"
  | "UntagResource";
export type PhoneType = "SOFT_PHONE" | "DESK_PHONE";
export type Channel = "VOICE" | "CHAT" | "TASK" | "EMAIL";
export type VoiceEnhancementMode = "VOICE_ISOLATION" | "NOISE_SUPPRESSION" | "NONE";

/** Optional members are `?: T | undefined` and required ones `T | undefined`, as in the AWS SDK v3. */
export interface UserIdentityInfo {
  FirstName?: string | undefined;
  LastName?: string | undefined;
  Email?: string | undefined;
  SecondaryEmail?: string | undefined;
  Mobile?: string | undefined;
}

export interface UserPhoneConfig {
  PhoneType?: PhoneType | undefined;
  AutoAccept?: boolean | undefined;
  AfterContactWorkTimeLimit?: number | undefined;
  DeskPhoneNumber?: string | undefined;
  PersistentConnection?: boolean | undefined;
}

export interface AutoAcceptConfig {
  Channel: Channel | undefined;
  AutoAccept: boolean | undefined;
  AgentFirstCallbackAutoAccept?: boolean | undefined;
}

export interface AfterContactWorkConfig {
  AfterContactWorkTimeLimit?: number | undefined;
}

export interface AfterContactWorkConfigPerChannel {
  Channel: Channel | undefined;
  AfterContactWorkConfig: AfterContactWorkConfig | undefined;
  AgentFirstCallbackAfterContactWorkConfig?: AfterContactWorkConfig | undefined;
}

export interface PhoneNumberConfig {
  Channel: Channel | undefined;
  PhoneType: PhoneType | undefined;
  PhoneNumber?: string | undefined;
}

export interface PersistentConnectionConfig {
  Channel: Channel | undefined;
  PersistentConnection: boolean | undefined;
}

export interface VoiceEnhancementConfig {
  Channel: Channel | undefined;
  VoiceEnhancementMode: VoiceEnhancementMode | undefined;
}

/** The Amazon Connect CreateUser request, as `new CreateUserCommand(input)` takes it. */
export interface CreateUserRequest {
  Username: string | undefined;
  Password?: string | undefined;
  IdentityInfo?: UserIdentityInfo | undefined;
  PhoneConfig?: UserPhoneConfig | undefined;
  DirectoryUserId?: string | undefined;
  SecurityProfileIds: string[] | undefined;
  RoutingProfileId: string | undefined;
  HierarchyGroupId?: string | undefined;
  InstanceId: string | undefined;
  AutoAcceptConfigs?: AutoAcceptConfig[] | undefined;
  AfterContactWorkConfigs?: AfterContactWorkConfigPerChannel[] | undefined;
  PhoneNumberConfigs?: PhoneNumberConfig[] | undefined;
  PersistentConnectionConfigs?: PersistentConnectionConfig[] | undefined;
  VoiceEnhancementConfigs?: VoiceEnhancementConfig[] | undefined;
  Tags?: Record<string, string> | undefined;
}

/** The UpdateUserIdentityInfo request: a user's names and email addresses. */
export interface UpdateUserIdentityInfoRequest {
  IdentityInfo: UserIdentityInfo | undefined;
  UserId: string | undefined;
  InstanceId: string | undefined;
}

/** The UpdateUserPhoneConfig request (the model recommends UpdateUserConfig instead). */
export interface UpdateUserPhoneConfigRequest {
  PhoneConfig: UserPhoneConfig | undefined;
  UserId: string | undefined;
  InstanceId: string | undefined;
}

/** The UpdateUserConfig request: the per-channel configuration lists. */
export interface UpdateUserConfigRequest {
  AutoAcceptConfigs?: AutoAcceptConfig[] | undefined;
  AfterContactWorkConfigs?: AfterContactWorkConfigPerChannel[] | undefined;
  PhoneNumberConfigs?: PhoneNumberConfig[] | undefined;
  PersistentConnectionConfigs?: PersistentConnectionConfig[] | undefined;
  VoiceEnhancementConfigs?: VoiceEnhancementConfig[] | undefined;
  UserId: string | undefined;
  InstanceId: string | undefined;
}

/** The UpdateUserSecurityProfiles request. */
export interface UpdateUserSecurityProfilesRequest {
  SecurityProfileIds: string[] | undefined;
  UserId: string | undefined;
  InstanceId: string | undefined;
}

/** The UpdateUserRoutingProfile request. */
export interface UpdateUserRoutingProfileRequest {
  RoutingProfileId: string | undefined;
  UserId: string | undefined;
  InstanceId: string | undefined;
}

/** The UpdateUserHierarchy request. */
export interface UpdateUserHierarchyRequest {
  HierarchyGroupId?: string | undefined;
  UserId: string | undefined;
  InstanceId: string | undefined;
}

/** The TagResource request, for a user: `resourceArn` is the user's ARN. */
export interface TagResourceRequest {
  resourceArn: string | undefined;
  tags: Record<string, string> | undefined;
}

/** The UntagResource request, for a user: `resourceArn` is the user's ARN. */
export interface UntagResourceRequest {
  resourceArn: string | undefined;
  tagKeys: string[] | undefined;
}

/** Each operation's input type, by the operation's AWS name. */
export interface OperationInputs {
  CreateUser: CreateUserRequest;
  UpdateUserIdentityInfo: UpdateUserIdentityInfoRequest;
  UpdateUserPhoneConfig: UpdateUserPhoneConfigRequest;
  UpdateUserConfig: UpdateUserConfigRequest;
  UpdateUserSecurityProfiles: UpdateUserSecurityProfilesRequest;
  UpdateUserRoutingProfile: UpdateUserRoutingProfileRequest;
  UpdateUserHierarchy: UpdateUserHierarchyRequest;
  TagResource: TagResourceRequest;
  UntagResource: UntagResourceRequest;
}

/** An Amazon Connect operation on a user, by its AWS name: the `operation` option. */
export type Operation = keyof OperationInputs;

/** The input type of operation `O`: `OperationInput<"UpdateUserConfig">` is `UpdateUserConfigRequest`. */
export type OperationInput<O extends Operation> = OperationInputs[O];

/** Member names and list indexes from the request root: `["AutoAcceptConfigs", 0, "Channel"]`. */
export type Path = (string | number)[];

export type Severity = "error" | "warning" | "info";

/** One replacement: `value` at `path`, or removal of `path` when `value` is absent. */
export interface FixEdit {
  path: Path;
  value?: unknown;
}

/** A machine-applicable fix: its main edit, and any edits that belong with it. */
export interface Fix extends FixEdit {
  also?: FixEdit[];
}

/** For diagnostics of `parseCliCommand`: where in the text, as JavaScript string indexes. */
export interface Span {
  start: number;
  end: number;
}

export interface Diagnostic {
  /** Stable, from the rule catalogue; `explain(code)` documents it. */
  code: string;
  severity: Severity;
  /** `[]` only for request-wide problems. */
  path: Path;
  /** One sentence; never contains a password, name, email address or phone number. */
  message: string;
  help?: string;
  /** The other side(s) of a conflict. */
  related?: Path[];
  fix?: Fix;
  span?: Span;
}

export interface ValidationResult {
  /** True exactly when no diagnostic is an error. */
  valid: boolean;
  diagnostics: Diagnostic[];
}

export interface RuleDoc {
  code: string;
  severity: Severity;
  title: string;
  summary: string;
  /**
   * Markdown: What it checks / Why / Example / Fix / Source. In Node it is read on first use; in
   * browsers it is undefined until `loadExplanations()` resolves.
   */
  explanation: string;
}

export interface IdentityOptions {
  /** The instance's identity management; several rules depend on it. */
  identityManagementType?: IdentityManagementType;
}

export interface ValidateOptions<O extends Operation = Operation> extends IdentityOptions {
  /** The operation whose request this is; default `"CreateUser"`. */
  operation?: O;
}

/**
 * Validates one request; never throws for any `request` value. A request of more than 500,000
 * values (an object used in several places counting at each use) is not read: it gets one `type`
 * diagnostic at `[]`.
 */
export declare function validate(request: unknown, options?: ValidateOptions): ValidationResult;
/**
 * Validates many requests in one call (bulk import): at most 100,000 requests (more throw a
 * TypeError) and 500,000 values in all; the requests past that many values each get one `type`
 * diagnostic at `[]`, so split larger batches.
 */
export declare function validateMany(requests: readonly unknown[], options?: ValidateOptions): ValidationResult[];
/** A rule's documentation, or undefined for an unknown code. */
export declare function explain(code: string): RuleDoc | undefined;
/** The whole catalogue, in a stable order. */
export declare function rules(): RuleDoc[];
/** A new request with the fixes of the selected (default: all) diagnostics applied. */
export declare function applyFixes<O extends Operation = "CreateUser">(
  request: OperationInput<O>,
  codes?: readonly string[] | null,
  options?: ValidateOptions<O>,
): OperationInput<O>;
/** Anything that is not a request object comes back as it is (a copy, as JSON can hold it). */
export declare function applyFixes(request: unknown, codes?: readonly string[] | null, options?: ValidateOptions): unknown;
/**
 * A new request with one diagnostic's fix applied, once: what a "fix" button next to a diagnostic
 * does. `diagnostic` is one `validate()` gave for this request with the same options.
 */
export declare function applyFix<Request>(request: Request, diagnostic: Pick<Diagnostic, "code" | "path">, options?: ValidateOptions): Request;
/** A path as messages write it: `AutoAcceptConfigs[0].Channel`, `Tags["cost center"]`, `(request)` for the root. */
export declare function formatPath(path: Path): string;
/**
 * A copy of `request` for showing or logging: the value of `Password`, and of every member named
 * like it at any depth, is `"********"`. Named like it means what the `unknown-member` rule would
 * correct to `Password`: another case or spelling (`password`, `pass_word`), a one-letter slip
 * (`Pasword`), a longer name (`NewPassword`), in the request, in a structure
 * (`IdentityInfo.Password`), a list item or a tag. `toCliCommand`'s `redactPassword` is this.
 */
export declare function redactPassword(request: CreateUserRequest): CreateUserRequest;
/** Anything that is not a request object is searched alike (a copy, as JSON can hold it). */
export declare function redactPassword(request: unknown): unknown;
/** A shape of the service model, with the constraints the model gives it. */
export type ShapeDescription =
  | { type: "string"; name: string; min?: number; max?: number; enum?: string[]; sensitive?: boolean }
  | { type: "integer"; min?: number }
  | { type: "boolean" }
  | { type: "structure"; name: string; members: MemberDescription[] }
  | { type: "list"; min?: number; max?: number; member: ShapeDescription }
  | { type: "map"; min?: number; max?: number; key: ShapeDescription; value: ShapeDescription };

export interface MemberDescription {
  name: string;
  required: boolean;
  /** A one-line hint from the AWS documentation. */
  doc: string;
  /** The AWS CLI option, for top-level members: `--security-profile-ids`. */
  cliOption?: string;
  shape: ShapeDescription;
}

/** A structure of the service model. */
export type StructureDescription = Extract<ShapeDescription, { type: "structure" }>;

/** An operation's input: its shapes, members in model order, its operation and AWS CLI command. */
export type RequestModel<O extends Operation = Operation> = StructureDescription & {
  operation: O;
  /** The AWS CLI command: `update-user-config`. */
  cliCommand: string;
};

/** The request shapes of `operation` (default `"CreateUser"`), members in model order: for building forms. */
export declare function requestModel<O extends Operation = "CreateUser">(operation?: O): RequestModel<O>;

/** Standard Schema v1 (https://standardschema.dev), copied in so nothing else is needed. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}
export declare namespace StandardSchemaV1 {
  interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>;
    readonly types?: Types<Input, Output> | undefined;
  }
  type Result<Output> = SuccessResult<Output> | FailureResult;
  interface SuccessResult<Output> {
    readonly value: Output;
    readonly issues?: undefined;
  }
  interface FailureResult {
    readonly issues: ReadonlyArray<Issue>;
  }
  interface Issue {
    readonly message: string;
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  interface PathSegment {
    readonly key: PropertyKey;
  }
  interface Types<Input = unknown, Output = Input> {
    readonly input: Input;
    readonly output: Output;
  }
}

/** An issue of a request schema: a diagnostic of severity error, with its code. */
export interface RequestIssue extends StandardSchemaV1.Issue {
  readonly path: Path;
  readonly code: string;
}

/** What `requestSchema(operation)["~standard"].validate` returns, always synchronously. */
export type RequestSchemaResult<O extends Operation = Operation> =
  | { readonly value: OperationInput<O>; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<RequestIssue> };

export interface RequestSchemaProps<O extends Operation = Operation> extends StandardSchemaV1.Props<OperationInput<O>> {
  readonly validate: (value: unknown) => RequestSchemaResult<O>;
}

/** A Standard Schema of operation `O`'s requests. */
export interface RequestSchema<O extends Operation = Operation> extends StandardSchemaV1<OperationInput<O>> {
  readonly "~standard": RequestSchemaProps<O>;
  /** The same schema (same operation) with validation options, such as the identity-management type. */
  withOptions(options: IdentityOptions): RequestSchema<O>;
}

export type CreateUserIssue = RequestIssue;
export type CreateUserRequestSchemaResult = RequestSchemaResult<"CreateUser">;
export type CreateUserRequestSchemaProps = RequestSchemaProps<"CreateUser">;
export type CreateUserRequestSchema = RequestSchema<"CreateUser">;

/**
 * Standard Schema of `operation`'s requests (default `"CreateUser"`) for form libraries (React
 * Hook Form, TanStack Form): errors become issues. Made before `init()` too.
 */
export declare function requestSchema<O extends Operation = "CreateUser">(operation?: O): RequestSchema<O>;

/** `requestSchema("CreateUser")`. */
export declare const createUserRequestSchema: CreateUserRequestSchema;

/**
 * What `init()` loads the wasm from; by default the package's own `.wasm`. `URL`, `Request` and
 * `Response` count where the project's types declare them (the DOM lib or @types/node), so that a
 * project with neither still type-checks.
 */
export type InitInput =
  | string
  | GlobalInstance<"URL">
  | GlobalInstance<"Request">
  | GlobalInstance<"Response">
  | WasmBytes
  | WasmModule;

/** An instance of the global class `Name` where the project's types declare one, else `never`. */
export type GlobalInstance<Name extends string> = typeof globalThis extends {
  [K in Name]: abstract new (...args: never[]) => infer Instance;
}
  ? Instance
  : never;

/** The `.wasm` bytes. */
export type WasmBytes = ArrayBuffer | ArrayBufferView;
/**
 * A compiled `WebAssembly.Module`, where the project's types declare one (the DOM lib does);
 * written so that Node projects without the DOM lib still type-check.
 */
export type WasmModule = typeof globalThis extends {
  WebAssembly: { Module: abstract new (...args: never[]) => infer M };
}
  ? M
  : never;

/**
 * Browsers and bundlers: loads the wasm once (memoised); every other function throws
 * `Error("connect-user-validator: call init() first")` until it resolves. In Node it resolves at once.
 */
export default function init(input?: InitInput): Promise<void>;
export { init };
/** Browsers: instantiates synchronously from the wasm bytes or a compiled module. */
export declare function initSync(module: WasmBytes | WasmModule): void;
/** Whether the functions can be called. */
export declare function isReady(): boolean;
/**
 * Browsers: fetches the rule explanations that `explain()` and `rules()` return (from the package's
 * own `explanations.json`, or the URL or Response given), so that a page that never explains never
 * downloads them. Memoised. In Node they are read on first use and this resolves at once.
 */
export declare function loadExplanations(input?: string | GlobalInstance<"URL"> | GlobalInstance<"Response">): Promise<void>;
