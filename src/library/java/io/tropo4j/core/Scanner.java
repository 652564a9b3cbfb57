package io.tropo4j.core;

/** The template scanners whose findings a resource can be exempted from, where each reads its exemptions. */
public enum Scanner {
  /** Reads {@code Metadata.checkov.skip}: a list of {@code {id, comment}}. */
  CHECKOV,
  /** Reads {@code Metadata.cfn-lint.config.ignore_checks}; the reasons are kept beside, under {@code reasons}. */
  CFN_LINT
}
