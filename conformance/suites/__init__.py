"""The conformance suites, run by `voucherify-activities conformance` (pytest underneath)."""
