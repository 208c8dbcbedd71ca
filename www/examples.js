// Requests for the examples menu. The IDs are well-formed placeholders, except in the AWS
// documentation's own example, which is kept exactly as AWS prints it.

const SECURITY_PROFILE = "0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
const ROUTING_PROFILE = "6f1d2c3b-4a5e-4f60-9b7a-8c9d0e1f2a3b";
const INSTANCE = "a1b2c3d4-5678-40ab-8def-0123456789ab";

export const EXAMPLES = [
  {
    id: "aws-docs",
    title: "AWS CLI documentation example",
    identityType: "CONNECT_MANAGED",
    request: {
      Username: "Mary",
      Password: "Pass@Word1",
      IdentityInfo: { FirstName: "Mary", LastName: "Major" },
      PhoneConfig: {
        PhoneType: "DESK_PHONE",
        AutoAccept: true,
        AfterContactWorkTimeLimit: 60,
        DeskPhoneNumber: "+15555551212",
      },
      SecurityProfileIds: ["12345678-1111-2222-aaaa-a1b2c3d4f5g7"],
      RoutingProfileId: "87654321-9999-3434-abcd-x1y2z3a1b2c3",
      InstanceId: "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111",
    },
  },
  {
    id: "saml",
    title: "SAML user",
    identityType: "SAML",
    request: {
      Username: "mary.major@example.com",
      IdentityInfo: { FirstName: "Mary", LastName: "Major", Mobile: "+15555551234" },
      SecurityProfileIds: [SECURITY_PROFILE],
      RoutingProfileId: ROUTING_PROFILE,
      InstanceId: INSTANCE,
      Tags: { Department: "Support" },
    },
  },
  {
    id: "conflict",
    title: "PhoneConfig in conflict with channel lists",
    identityType: "CONNECT_MANAGED",
    request: {
      Username: "jdoe",
      Password: "Str0ng-Passw0rd",
      IdentityInfo: { FirstName: "John", LastName: "Doe", Email: "john.doe@example.com" },
      PhoneConfig: { PhoneType: "SOFT_PHONE", AutoAccept: true, AfterContactWorkTimeLimit: 30 },
      SecurityProfileIds: [SECURITY_PROFILE],
      RoutingProfileId: ROUTING_PROFILE,
      InstanceId: INSTANCE,
      AutoAcceptConfigs: [{ Channel: "CHAT", AutoAccept: false }],
      AfterContactWorkConfigs: [{ Channel: "CHAT", AfterContactWorkConfig: { AfterContactWorkTimeLimit: 60 } }],
    },
  },
  {
    id: "channels",
    title: "Channel-specific settings",
    identityType: "CONNECT_MANAGED",
    request: {
      Username: "agent.ana",
      Password: "Str0ng-Passw0rd",
      IdentityInfo: {
        FirstName: "Ana",
        LastName: "Silva",
        Email: "ana.silva@example.com",
        SecondaryEmail: "ana@example.org",
        Mobile: "+15555550100",
      },
      SecurityProfileIds: [SECURITY_PROFILE],
      RoutingProfileId: ROUTING_PROFILE,
      InstanceId: INSTANCE,
      AutoAcceptConfigs: [
        { Channel: "VOICE", AutoAccept: true, AgentFirstCallbackAutoAccept: false },
        { Channel: "CHAT", AutoAccept: false },
      ],
      AfterContactWorkConfigs: [
        {
          Channel: "VOICE",
          AfterContactWorkConfig: { AfterContactWorkTimeLimit: 60 },
          AgentFirstCallbackAfterContactWorkConfig: { AfterContactWorkTimeLimit: 30 },
        },
        { Channel: "CHAT", AfterContactWorkConfig: { AfterContactWorkTimeLimit: 120 } },
      ],
      PhoneNumberConfigs: [{ Channel: "VOICE", PhoneType: "DESK_PHONE", PhoneNumber: "+15555550123" }],
      PersistentConnectionConfigs: [{ Channel: "VOICE", PersistentConnection: true }],
      VoiceEnhancementConfigs: [{ Channel: "VOICE", VoiceEnhancementMode: "NOISE_SUPPRESSION" }],
      Tags: { Department: "Support", "cost-center": "4711" },
    },
  },
];
