"""Conformance tooling shipped with the package: the stateful mock server and the contract suites."""
