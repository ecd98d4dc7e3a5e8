// Every test runs with stored API objects deep-frozen: code that mutates a stored object in
// place (instead of writing a new one through the API) throws, because snapshots share them.
(globalThis as { __KNET_FREEZE_OBJECTS__?: boolean }).__KNET_FREEZE_OBJECTS__ = true;
