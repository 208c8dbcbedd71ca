// The benchmark's inputs: the AWS docs example, a maximal valid request and an invalid request with
// known problems (each one listed in INVALID_PROBLEMS, so the harness can check who reports it),
// and a 1,000-request bulk import made of the three with small variations.

import { readFileSync } from "node:fs";

export const IDENTITY_TYPE = "CONNECT_MANAGED";

export const docsExample = JSON.parse(readFileSync(new URL("../examples/aws-docs-example.json", import.meta.url), "utf8"));

/** A deterministic, well-formed lower-case UUID (version 4 layout). */
function uuid(seed) {
  const hex = (n, width) => (n >>> 0).toString(16).padStart(width, "0").slice(-width);
  const a = Math.imul(seed + 1, 2654435761);
  const b = Math.imul(seed + 7, 40503);
  return `${hex(a, 8)}-${hex(b, 4)}-4${hex(a >>> 4, 3)}-8${hex(b >>> 3, 3)}-${hex(a ^ b, 8)}${hex(seed, 4)}`;
}

/**
 * Every member set except the legacy PhoneConfig (each of its fields conflicts with a
 * channel-specific list, so a valid request cannot have both): 10 security profiles, 50 tags, and
 * every channel list with elements. Valid with CONNECT_MANAGED, with no warnings of ours either.
 */
export const maximalRequest = {
  Username: "maria.garcia_01",
  Password: "Str0ng-Passw0rd!",
  IdentityInfo: {
    FirstName: "María",
    LastName: "García López",
    Email: "maria.garcia@example.com",
    SecondaryEmail: "maria.g@example.org",
    Mobile: "+34600123456",
  },
  DirectoryUserId: uuid(100),
  SecurityProfileIds: Array.from({ length: 10 }, (_, i) => uuid(i)),
  RoutingProfileId: uuid(200),
  HierarchyGroupId: uuid(300),
  InstanceId: uuid(400),
  AutoAcceptConfigs: [
    { Channel: "VOICE", AutoAccept: true, AgentFirstCallbackAutoAccept: true },
    { Channel: "CHAT", AutoAccept: false },
    { Channel: "TASK", AutoAccept: true },
    { Channel: "EMAIL", AutoAccept: false },
  ],
  AfterContactWorkConfigs: [
    {
      Channel: "VOICE",
      AfterContactWorkConfig: { AfterContactWorkTimeLimit: 60 },
      AgentFirstCallbackAfterContactWorkConfig: { AfterContactWorkTimeLimit: 30 },
    },
    { Channel: "CHAT", AfterContactWorkConfig: { AfterContactWorkTimeLimit: 120 } },
    { Channel: "TASK", AfterContactWorkConfig: { AfterContactWorkTimeLimit: 0 } },
    { Channel: "EMAIL", AfterContactWorkConfig: { AfterContactWorkTimeLimit: 300 } },
  ],
  PhoneNumberConfigs: [{ Channel: "VOICE", PhoneType: "DESK_PHONE", PhoneNumber: "+15555551212" }],
  PersistentConnectionConfigs: [{ Channel: "VOICE", PersistentConnection: true }],
  VoiceEnhancementConfigs: [{ Channel: "VOICE", VoiceEnhancementMode: "NOISE_SUPPRESSION" }],
  Tags: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`team:key-${i}`, `value ${i}`])),
};

/** About 15 problems of the kinds users make; each is listed in INVALID_PROBLEMS. */
export const invalidRequest = {
  Username: "agent.with.long.name1", // 21 characters: too long with CONNECT_MANAGED
  Password: "password", // no upper-case letter, no digit
  IdentityInfo: {
    FirstName: 42, // a number for a string
    // LastName missing: required with CONNECT_MANAGED
  },
  PhoneConfig: {
    PhoneType: "desk_phone", // enum case
    AutoAccept: "true", // a string for a boolean
    AfterContactWorkTimeLimit: 30, // conflicts with AfterContactWorkConfigs
    DeskPhoneNumber: "555-1212", // not E.164
  },
  SecurityProfileIds: [], // 1 to 10 items
  SecurityProfileId: ["e5f6a7b8-0000-4000-8000-000000000001"], // unknown member
  // RoutingProfileId missing
  InstanceId: 12345, // a number for a string
  AutoAcceptConfigs: [{ Channel: "voice", AutoAccept: true }], // enum case
  AfterContactWorkConfigs: [{ Channel: "VOICE", AfterContactWorkConfig: { AfterContactWorkTimeLimit: 30.5 } }], // not an integer
  PhoneNumberConfigs: [{ Channel: "CHAT", PhoneType: "SOFT_PHONE" }], // VOICE only
  VoiceEnhancementConfigs: [{ Channel: "VOICE", VoiceEnhancementMode: "ISOLATION" }], // not an enum value
  Tags: { "aws:team": "support" }, // reserved prefix
};

/**
 * The problems of invalidRequest, each with the path(s) where a validator may report it: a
 * validator "reports" a problem when one of its issues (errors only, for ours) is at one of those
 * paths. `rule` says whether it is a model constraint (what a JSON Schema can say) or a rule that
 * spans members or depends on the identity type.
 */
export const INVALID_PROBLEMS = [
  { what: "Username 21 characters (max 20 with CONNECT_MANAGED)", rule: "identity type", paths: [["Username"]] },
  { what: "Password fails the password policy", rule: "model pattern", paths: [["Password"]] },
  { what: "IdentityInfo.FirstName is a number", rule: "model type", paths: [["IdentityInfo", "FirstName"]] },
  { what: "IdentityInfo.LastName missing (CONNECT_MANAGED)", rule: "identity type", paths: [["IdentityInfo", "LastName"]] },
  { what: 'PhoneConfig.PhoneType "desk_phone" (enum case)', rule: "model enum", paths: [["PhoneConfig", "PhoneType"]] },
  { what: 'PhoneConfig.AutoAccept "true" (string)', rule: "model type", paths: [["PhoneConfig", "AutoAccept"]] },
  {
    what: "PhoneConfig.AfterContactWorkTimeLimit with AfterContactWorkConfigs",
    rule: "conflict",
    paths: [["PhoneConfig", "AfterContactWorkTimeLimit"]],
  },
  { what: "PhoneConfig.DeskPhoneNumber not E.164", rule: "model pattern", paths: [["PhoneConfig", "DeskPhoneNumber"]] },
  { what: "SecurityProfileIds empty", rule: "model list size", paths: [["SecurityProfileIds"]] },
  { what: "unknown member SecurityProfileId", rule: "model structure", paths: [["SecurityProfileId"]] },
  { what: "RoutingProfileId missing", rule: "model required", paths: [["RoutingProfileId"]] },
  { what: "InstanceId is a number", rule: "model type", paths: [["InstanceId"]] },
  { what: 'AutoAcceptConfigs[0].Channel "voice" (enum case)', rule: "model enum", paths: [["AutoAcceptConfigs", 0, "Channel"]] },
  {
    what: "AfterContactWorkConfigs[0] time limit 30.5",
    rule: "model type",
    paths: [["AfterContactWorkConfigs", 0, "AfterContactWorkConfig", "AfterContactWorkTimeLimit"]],
  },
  { what: "PhoneNumberConfigs[0].Channel CHAT (VOICE only)", rule: "voice only", paths: [["PhoneNumberConfigs", 0, "Channel"]] },
  {
    what: 'VoiceEnhancementConfigs[0] mode "ISOLATION"',
    rule: "model enum",
    paths: [["VoiceEnhancementConfigs", 0, "VoiceEnhancementMode"]],
  },
  { what: 'tag key "aws:team" (reserved prefix)', rule: "model pattern", paths: [["Tags", "aws:team"], ["Tags"]] },
];

/**
 * Well-typed, with cross-field problems only: what zod's superRefine sees (it is skipped when a
 * member fails, as in invalidRequest). With CONNECT_MANAGED: LastName missing, four PhoneConfig
 * conflicts and three non-VOICE channels in VOICE-only lists.
 */
export const conflictRequest = {
  ...docsExample,
  IdentityInfo: { FirstName: "Mary", Email: "mary.major@example.com" },
  AutoAcceptConfigs: [{ Channel: "VOICE", AutoAccept: true }],
  AfterContactWorkConfigs: [{ Channel: "VOICE", AfterContactWorkConfig: { AfterContactWorkTimeLimit: 60 } }],
  PhoneNumberConfigs: [{ Channel: "CHAT", PhoneType: "SOFT_PHONE" }],
  PersistentConnectionConfigs: [{ Channel: "TASK", PersistentConnection: true }],
  VoiceEnhancementConfigs: [{ Channel: "EMAIL", VoiceEnhancementMode: "NONE" }],
};
export const CONFLICT_PROBLEMS = 8;

/** A variant of `request` that differs in a few values (`i` picks them), as a bulk import would. */
function vary(request, i) {
  const copy = structuredClone(request);
  if (typeof copy.Username === "string") copy.Username = `${copy.Username.slice(0, 14)}${i}`.slice(0, i % 3 ? 20 : 21);
  if (copy.IdentityInfo && typeof copy.IdentityInfo === "object") {
    copy.IdentityInfo.FirstName = typeof copy.IdentityInfo.FirstName === "string" ? `${copy.IdentityInfo.FirstName}${i % 10}` : i;
  }
  if (Array.isArray(copy.SecurityProfileIds) && copy.SecurityProfileIds.length > 0 && i % 2) {
    copy.SecurityProfileIds[0] = uuid(1000 + i);
  }
  if (copy.Tags && typeof copy.Tags === "object") {
    const keys = Object.keys(copy.Tags);
    // Up to 50 tags are allowed: the maximal request has 50 already, so it gets a new value instead.
    copy.Tags[keys.length >= 50 ? keys[i % keys.length] : `import:batch-${i % 7}`] = `row ${i}`;
  }
  if (i % 5 === 0 && copy.PhoneConfig) copy.PhoneConfig.AfterContactWorkTimeLimit = 30 + i;
  return copy;
}

/** 1,000 requests (Connect's bulk-import limit): docs example, maximal and invalid in turn, varied. */
export function bulkRequests(count = 1000) {
  const bases = [docsExample, maximalRequest, invalidRequest];
  return Array.from({ length: count }, (_, i) => vary(bases[i % 3], i));
}
