//! The fast path: validating a request on which no rule fires allocates nothing beyond reading
//! the request, like jsonschema-rs's `is_valid` beside its `validate`.
#![cfg(not(target_arch = "wasm32"))] // counts with a global allocator

mod common;

use common::{identity, parse};
use connect_user_validator::validate;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// Counts the allocations of the current thread while `COUNTING` is set.
struct Counting;

thread_local! {
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if COUNTING.with(Cell::get) {
            ALLOCATIONS.with(|count| count.set(count.get() + 1));
        }
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn allocations_of(run: impl FnOnce()) -> usize {
    ALLOCATIONS.with(|count| count.set(0));
    COUNTING.with(|counting| counting.set(true));
    run();
    COUNTING.with(|counting| counting.set(false));
    ALLOCATIONS.with(Cell::get)
}

/// A request no rule has anything to say about under CONNECT_MANAGED, with every member set.
const CLEAN: &str = r#"{
    "Username": "mary.major",
    "Password": "Pass@Word1",
    "IdentityInfo": {"FirstName": "Mary", "LastName": "Major", "Email": "mary.major@example.com",
                     "SecondaryEmail": "mary@example.com", "Mobile": "+15555551212"},
    "DirectoryUserId": "mary",
    "SecurityProfileIds": ["0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "1b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"],
    "RoutingProfileId": "a1b2c3d4-5678-90ab-cdef-123456789012",
    "HierarchyGroupId": "b1b2c3d4-5678-90ab-cdef-123456789012",
    "InstanceId": "0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d",
    "AutoAcceptConfigs": [{"Channel": "VOICE", "AutoAccept": true, "AgentFirstCallbackAutoAccept": false},
                          {"Channel": "CHAT", "AutoAccept": false}],
    "AfterContactWorkConfigs": [{"Channel": "VOICE", "AfterContactWorkConfig": {"AfterContactWorkTimeLimit": 60},
                                 "AgentFirstCallbackAfterContactWorkConfig": {"AfterContactWorkTimeLimit": 30}}],
    "PhoneNumberConfigs": [{"Channel": "VOICE", "PhoneType": "DESK_PHONE", "PhoneNumber": "+15555551212"}],
    "PersistentConnectionConfigs": [{"Channel": "VOICE", "PersistentConnection": true}],
    "VoiceEnhancementConfigs": [{"Channel": "VOICE", "VoiceEnhancementMode": "NOISE_SUPPRESSION"}],
    "Tags": {"Department": "Support", "cost center": "42"}
}"#;

#[test]
fn a_request_nothing_fires_on_is_validated_without_allocating() {
    let request = parse(CLEAN);
    let options = identity(Some("CONNECT_MANAGED"));
    // Patterns are compiled on first use, once per thread.
    assert!(validate(&request, &options).diagnostics.is_empty(), "{:#?}", validate(&request, &options));
    assert_eq!(allocations_of(|| drop(validate(&request, &options))), 0);
}
