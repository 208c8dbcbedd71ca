// The CreateUser request in zod 4, written by hand the way a team would: the service model's
// constraints (as in json-schema.mjs) plus the documented cross-field rules in one superRefine
// (see ../shared/spec/rules.md): the identity-type rules, the PhoneConfig conflicts and the
// VOICE-only channel lists. The identity-management type is a setting of the instance, not part of
// the request, so the schema is made for one type.
//
// As zod does by default, the superRefine runs only when the members themselves parsed: a request
// with a wrong type anywhere gets the member issues and none of the cross-field ones.

import * as z from "zod";

const PhoneType = z.enum(["SOFT_PHONE", "DESK_PHONE"]);
const Channel = z.enum(["VOICE", "CHAT", "TASK", "EMAIL"]);
const VoiceEnhancementMode = z.enum(["VOICE_ISOLATION", "NOISE_SUPPRESSION", "NONE"]);
// The model's Password pattern, without the slashes it is written between.
const Password = z.string().regex(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)[a-zA-Z\d\S]{8,64}$/);
// Mobile: the model's pattern is double-escaped; E.164 is what it means.
const PhoneNumber = z.string().regex(/^\+[1-9][0-9]{1,14}$/);
// DeskPhoneNumber and PhoneNumberConfigs[].PhoneNumber: the model's pattern as it is.
const SensitivePhoneNumber = z.string().regex(/\+[1-9]\d{1,14}$/);
const AfterContactWorkTimeLimit = z.int().min(0);
const AfterContactWorkConfig = z.strictObject({ AfterContactWorkTimeLimit: AfterContactWorkTimeLimit.optional() });
const TagKey = z
  .string()
  .min(1)
  .max(128)
  .regex(/^(?!aws:)[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u);
const TagValue = z.string().max(256);

const Request = z.strictObject({
  Username: z.string().min(1).max(100),
  Password: Password.optional(),
  IdentityInfo: z
    .strictObject({
      FirstName: z.string().min(0).max(255).optional(),
      LastName: z.string().min(0).max(300).optional(),
      Email: z.string().optional(),
      SecondaryEmail: z.string().optional(),
      Mobile: PhoneNumber.optional(),
    })
    .optional(),
  PhoneConfig: z
    .strictObject({
      PhoneType: PhoneType.optional(),
      AutoAccept: z.boolean().optional(),
      AfterContactWorkTimeLimit: AfterContactWorkTimeLimit.optional(),
      DeskPhoneNumber: SensitivePhoneNumber.optional(),
      PersistentConnection: z.boolean().optional(),
    })
    .optional(),
  DirectoryUserId: z.string().optional(),
  SecurityProfileIds: z.array(z.string()).min(1).max(10),
  RoutingProfileId: z.string(),
  HierarchyGroupId: z.string().optional(),
  InstanceId: z.string().min(1).max(100),
  AutoAcceptConfigs: z
    .array(
      z.strictObject({
        Channel,
        AutoAccept: z.boolean(),
        AgentFirstCallbackAutoAccept: z.boolean().optional(),
      }),
    )
    .optional(),
  AfterContactWorkConfigs: z
    .array(
      z.strictObject({
        Channel,
        AfterContactWorkConfig,
        AgentFirstCallbackAfterContactWorkConfig: AfterContactWorkConfig.optional(),
      }),
    )
    .optional(),
  PhoneNumberConfigs: z
    .array(z.strictObject({ Channel, PhoneType, PhoneNumber: SensitivePhoneNumber.optional() }))
    .optional(),
  PersistentConnectionConfigs: z.array(z.strictObject({ Channel, PersistentConnection: z.boolean() })).optional(),
  VoiceEnhancementConfigs: z.array(z.strictObject({ Channel, VoiceEnhancementMode })).optional(),
  Tags: z
    .record(TagKey, TagValue)
    .refine((tags) => {
      const count = Object.keys(tags).length;
      return count >= 1 && count <= 50;
    }, "Tags must have 1 to 50 entries")
    .optional(),
});

const VOICE_ONLY = ["PhoneNumberConfigs", "PersistentConnectionConfigs", "VoiceEnhancementConfigs"];

// PhoneConfig field(s) ↔ the channel-specific list that replaces them.
const CONFLICTS = [
  [["AutoAccept"], "AutoAcceptConfigs"],
  [["AfterContactWorkTimeLimit"], "AfterContactWorkConfigs"],
  [["PhoneType", "DeskPhoneNumber"], "PhoneNumberConfigs"],
  [["PersistentConnection"], "PersistentConnectionConfigs"],
];

/**
 * @param {"CONNECT_MANAGED" | "SAML" | "EXISTING_DIRECTORY"} identityManagementType
 */
export function createUserSchema(identityManagementType) {
  return Request.superRefine((request, ctx) => {
    // Identity management
    if (identityManagementType === "CONNECT_MANAGED") {
      if (request.Password === undefined) {
        ctx.addIssue({ code: "custom", path: ["Password"], message: "Password is required with CONNECT_MANAGED" });
      }
    } else if (request.Password !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["Password"],
        message: `Password is not allowed with ${identityManagementType}`,
      });
    }
    if (identityManagementType === "CONNECT_MANAGED" || identityManagementType === "SAML") {
      for (const name of ["FirstName", "LastName"]) {
        if (!request.IdentityInfo?.[name]) {
          ctx.addIssue({
            code: "custom",
            path: ["IdentityInfo", name],
            message: `${name} is required with ${identityManagementType}`,
          });
        }
      }
    }
    if (identityManagementType === "SAML" && request.IdentityInfo?.Email !== undefined) {
      ctx.addIssue({ code: "custom", path: ["IdentityInfo", "Email"], message: "Email is not allowed with SAML" });
    }

    // PhoneConfig against the channel-specific configs
    const phone = request.PhoneConfig;
    if (phone) {
      for (const [fields, list] of CONFLICTS) {
        if (request[list] === undefined) continue;
        for (const field of fields) {
          if (phone[field] !== undefined) {
            ctx.addIssue({
              code: "custom",
              path: ["PhoneConfig", field],
              message: `PhoneConfig.${field} cannot be used together with ${list}`,
            });
          }
        }
      }
    }

    // Only VOICE in these lists
    for (const list of VOICE_ONLY) {
      request[list]?.forEach((config, index) => {
        if (config.Channel !== "VOICE") {
          ctx.addIssue({
            code: "custom",
            path: [list, index, "Channel"],
            message: `${list} supports only the VOICE channel`,
          });
        }
      });
    }
  });
}
