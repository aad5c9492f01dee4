// Each browser test class starts its own app and Chromium; on a two-core machine they run one class at a time so that
// no page waits on a starved browser.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
