// Editing a user: the form of the members an update can change, the user to plan for, and where a
// plan's diagnostics go in that form. What changes, which calls it takes and what is valid all come
// from the package's planUserUpdate(); this module only moves values between the form and it.

import { setOwn } from "./paths.js";

/** The operations that change a user's own members (the tags go through TagResource/UntagResource). */
const UPDATE_OPERATIONS = [
  "UpdateUserIdentityInfo",
  "UpdateUserPhoneConfig",
  "UpdateUserConfig",
  "UpdateUserSecurityProfiles",
  "UpdateUserRoutingProfile",
  "UpdateUserHierarchy",
];
/** Members every update takes besides the user's own: they come from the current user's Id and Arn. */
const ADDRESSING = new Set(["UserId", "InstanceId"]);
/** Members of describe-user that no operation changes: shown so that a change is visible, and the plan says it cannot be made. */
const FIXED = ["Username", "DirectoryUserId"];

/**
 * The form model of an edit: every member of the update operations, as requestModel() describes it
 * for the operation that changes it, with Tags and the members that cannot change as CreateUser
 * describes them; in CreateUser's order, which is describe-user's.
 */
export function editModel(api) {
  const create = api.requestModel("CreateUser");
  const byName = new Map();
  for (const operation of UPDATE_OPERATIONS) {
    for (const member of api.requestModel(operation).members) {
      if (!ADDRESSING.has(member.name)) byName.set(member.name, member);
    }
  }
  for (const member of create.members) {
    if (member.name === "Tags") byName.set(member.name, member);
    if (FIXED.includes(member.name)) {
      byName.set(member.name, { ...member, required: false, cliOption: undefined, doc: `${member.doc} No operation changes it: a different value needs a new user.` });
    }
  }
  const members = create.members.filter((member) => byName.has(member.name)).map((member) => byName.get(member.name));
  return { operation: null, cliCommand: null, members };
}

/** The names of the members the edit form holds. */
export function editedMembers(model) {
  return new Set(model.members.map((member) => member.name));
}

/**
 * The `User` of pasted describe-user output, or a message saying why there is none. `parsed` is the
 * JSON value (the `{ "User": … }` document or the User object itself).
 */
export function userOf(parsed) {
  const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
  if (!isObject(parsed)) return { message: "The text is JSON, but not an object: paste the whole output of aws connect describe-user." };
  const user = Object.hasOwn(parsed, "User") ? parsed.User : parsed;
  if (!isObject(user)) return { message: "The User member is not an object." };
  return { user };
}

/** The members whose desired value planUserUpdate lays over the current one, member by member. */
const LAID_OVER = new Set(["IdentityInfo", "PhoneConfig", "Tags"]);

/**
 * The user as the administrator wants it, for planUserUpdate: every member the form holds. The
 * plan keeps what the desired user leaves out and removes what it sets to null (inside
 * IdentityInfo, PhoneConfig and Tags too), so what the form leaves empty is null: the form shows the
 * whole user, and an emptied field or a removed tag row means "remove".
 */
export function desiredUser(current, formRequest, members) {
  const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
  const desired = {};
  for (const name of members) {
    const value = Object.hasOwn(formRequest, name) ? formRequest[name] : null;
    const was = Object.hasOwn(current, name) ? current[name] : undefined;
    if (LAID_OVER.has(name) && isObject(was) && (value === null || isObject(value))) {
      const laid = {};
      for (const key of Object.keys(was)) setOwn(laid, key, null);
      for (const [key, item] of Object.entries(value ?? {})) setOwn(laid, key, item);
      setOwn(desired, name, laid);
    } else {
      setOwn(desired, name, value);
    }
  }
  return desired;
}

/** The form's part of a user: the members it holds. */
export function formPart(user, members) {
  const part = {};
  for (const [name, value] of Object.entries(user)) if (members.has(name)) setOwn(part, name, value);
  return part;
}

/**
 * Where a call's diagnostic belongs in the edit form: the call's members are the user's, except
 * TagResource's `tags` (the form's Tags) and UntagResource's `tagKeys` (removed keys, which are no
 * longer in the form: its Tags as a whole); UserId, InstanceId and resourceArn come from the current
 * user, so their diagnostics are about the whole request.
 */
export function formPath(operation, path) {
  const [head, ...rest] = path;
  if (head === "tags") return ["Tags", ...rest];
  if (head === "tagKeys") return ["Tags"];
  if (head === "resourceArn" || ADDRESSING.has(head)) return [];
  return path;
}

/**
 * The form's user after a fix of a call: the fixed call's members replace the form's. Only calls
 * whose members are the form's own can be fixed this way, so tag calls offer no Fix (fixable()).
 */
export function withFixedCall(formRequest, fixedRequest, operationMembers, members) {
  const result = { ...formRequest };
  for (const name of operationMembers) {
    if (ADDRESSING.has(name) || !members.has(name)) continue;
    if (Object.hasOwn(fixedRequest, name)) setOwn(result, name, fixedRequest[name]);
    else delete result[name];
  }
  return result;
}

/** Whether the Fix of a call's diagnostic can be carried back into the form. */
export function fixable(operation) {
  return UPDATE_OPERATIONS.includes(operation);
}
