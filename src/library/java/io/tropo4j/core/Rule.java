package io.tropo4j.core;

import io.tropo4j.fn.ConditionExpr;
import io.tropo4j.fn.Sink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A template rule: assertions on parameter values, checked by CloudFormation before it creates or
 * updates anything. Rule-specific functions (Fn.contains, Fn.eachMemberIn, ...) belong here.
 */
public final class Rule {
  private final String logicalId;
  private ConditionExpr when;
  private final List<ConditionExpr> assertions = new ArrayList<>();
  private final List<String> descriptions = new ArrayList<>();

  public Rule(String logicalId) {
    this.logicalId = Objects.requireNonNull(logicalId, "rule logical ID");
  }

  public String logicalId() {
    return logicalId;
  }

  /** Applies the assertions only when this holds (RuleCondition). */
  public Rule when(ConditionExpr condition) {
    this.when = condition;
    return this;
  }

  /** Adds an assertion and the message CloudFormation shows when it fails. */
  public Rule require(ConditionExpr assertion, String description) {
    assertions.add(NonNull.check(assertion, "Rules.", logicalId, ".Assert"));
    descriptions.add(description);
    return this;
  }

  public List<ConditionExpr> assertions() {
    return Collections.unmodifiableList(assertions);
  }

  void writeTo(Sink out) {
    out.beginObject();
    if (when != null) {
      out.key("RuleCondition");
      when.writeTo(out);
    }
    out.key("Assertions");
    out.beginArray();
    for (int i = 0; i < assertions.size(); i++) {
      out.beginObject();
      out.key("Assert");
      assertions.get(i).writeTo(out);
      if (descriptions.get(i) != null) {
        out.key("AssertDescription");
        out.string(descriptions.get(i));
      }
      out.endObject();
    }
    out.endArray();
    out.endObject();
  }
}
