// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rtbfabric;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::RTBFabric::LinkRoutingRule. A routing rule on a link within RTB
 * Fabric that controls request routing based on conditions such as host headers, path matching, and
 * query string parameters.
 *
 * <p>CloudFormation type {@code AWS::RTBFabric::LinkRoutingRule}.
 */
public final class LinkRoutingRule extends Resource<LinkRoutingRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::LinkRoutingRule")
      .required("Conditions", "GatewayId", "LinkId", "Priority")
      .constrain("GatewayId", Constraint.of().pattern("^rtb-gw-[a-z0-9-]{1,25}$"))
      .constrain("LinkId", Constraint.of().pattern("^link-[a-z0-9-]{1,25}$"))
      .constrain("Priority", Constraint.of().minimum(1).maximum(1000))
      .refYields("Arn")
      .attributes("Arn", "CreatedTimestamp", "RuleId", "Status", "UpdatedTimestamp")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LinkRoutingRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Conditions for a routing rule. All non-null fields must match (AND logic). At least one field
   * must be set. HostHeader and HostHeaderWildcard are mutually exclusive. PathPrefix and PathExact
   * are mutually exclusive.
   *
   * <p>Required. CloudFormation property {@code Conditions}.
   */
  public LinkRoutingRule conditions(Value<RuleCondition> value) {
    return set("Conditions", value);
  }

  /**
   * Required. Pattern: {@code ^rtb-gw-[a-z0-9-]{1,25}$}. CloudFormation property {@code GatewayId}.
   */
  public LinkRoutingRule gatewayId(String value) {
    return set("GatewayId", Value.of(value));
  }

  /** Sets {@code GatewayId} to this value; see {@link #gatewayId(String)}. */
  public LinkRoutingRule gatewayId(Value<String> value) {
    return set("GatewayId", value);
  }

  /** Required. Pattern: {@code ^link-[a-z0-9-]{1,25}$}. CloudFormation property {@code LinkId}. */
  public LinkRoutingRule linkId(String value) {
    return set("LinkId", Value.of(value));
  }

  /** Sets {@code LinkId} to this value; see {@link #linkId(String)}. */
  public LinkRoutingRule linkId(Value<String> value) {
    return set("LinkId", value);
  }

  /** Required. Range: 1 to 1000. CloudFormation property {@code Priority}. */
  public LinkRoutingRule priority(int value) {
    return set("Priority", Value.of(value));
  }

  /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
  public LinkRoutingRule priority(Value<Integer> value) {
    return set("Priority", value);
  }

  /**
   * Tags to assign to the LinkRoutingRule.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LinkRoutingRule tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LinkRoutingRule tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LinkRoutingRule tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code Arn}. */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedTimestamp}. */
  public Value<String> createdTimestamp() {
    return getAtt("CreatedTimestamp");
  }

  /** {@code Fn::GetAtt} attribute {@code RuleId}. */
  public Value<String> ruleId() {
    return getAtt("RuleId");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** {@code Fn::GetAtt} attribute {@code UpdatedTimestamp}. */
  public Value<String> updatedTimestamp() {
    return getAtt("UpdatedTimestamp");
  }

  /** Property type {@code AWS::RTBFabric::LinkRoutingRule.QueryStringKeyValuePair}. */
  public static final class QueryStringKeyValuePair extends Struct<QueryStringKeyValuePair> {
    private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::LinkRoutingRule.QueryStringKeyValuePair")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().pattern("^[A-Za-z0-9._~-]+$").minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().pattern("^[A-Za-z0-9._~-]+$").minLength(1).maxLength(128))
        .build();

    public QueryStringKeyValuePair() {
      super(SCHEMA);
    }

    /**
     * Query string key — RFC 3986 unreserved characters.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[A-Za-z0-9._~-]+$}. CloudFormation
     * property {@code Key}.
     */
    public QueryStringKeyValuePair key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public QueryStringKeyValuePair key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * Query string value — RFC 3986 unreserved characters.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[A-Za-z0-9._~-]+$}. CloudFormation
     * property {@code Value}.
     */
    public QueryStringKeyValuePair value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public QueryStringKeyValuePair value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Conditions for a routing rule. All non-null fields must match (AND logic). At least one field
   * must be set. HostHeader and HostHeaderWildcard are mutually exclusive. PathPrefix and PathExact
   * are mutually exclusive.
   *
   * <p>Property type {@code AWS::RTBFabric::LinkRoutingRule.RuleCondition}.
   */
  public static final class RuleCondition extends Struct<RuleCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::LinkRoutingRule.RuleCondition")
        .constrain("HostHeader", Constraint.of().pattern("^[A-Za-z0-9._~-]+$").minLength(1).maxLength(255))
        .constrain("HostHeaderWildcard", Constraint.of().pattern("^[A-Za-z0-9._~*-]+$").minLength(3).maxLength(255))
        .constrain("PathExact", Constraint.of().pattern("^/[A-Za-z0-9._~/-]*$").minLength(1).maxLength(128))
        .constrain("PathPrefix", Constraint.of().pattern("^/[A-Za-z0-9._~/-]*$").minLength(1).maxLength(128))
        .constrain("QueryStringExists", Constraint.of().pattern("^[A-Za-z0-9._~-]+$").minLength(1).maxLength(128))
        .build();

    public RuleCondition() {
      super(SCHEMA);
    }

    /**
     * Exact host match — RFC 3986 unreserved characters. Mutually exclusive with
     * HostHeaderWildcard.
     *
     * <p>Length: 1 to 255 characters. Pattern: {@code ^[A-Za-z0-9._~-]+$}. CloudFormation property
     * {@code HostHeader}.
     */
    public RuleCondition hostHeader(String value) {
      return set("HostHeader", Value.of(value));
    }

    /** Sets {@code HostHeader} to this value; see {@link #hostHeader(String)}. */
    public RuleCondition hostHeader(Value<String> value) {
      return set("HostHeader", value);
    }

    /**
     * Wildcard host pattern (e.g., <em>.example.com) — RFC 3986 unreserved characters plus </em>.
     * Mutually exclusive with HostHeader.
     *
     * <p>Length: 3 to 255 characters. Pattern: {@code ^[A-Za-z0-9._~*-]+$}. CloudFormation property
     * {@code HostHeaderWildcard}.
     */
    public RuleCondition hostHeaderWildcard(String value) {
      return set("HostHeaderWildcard", Value.of(value));
    }

    /** Sets {@code HostHeaderWildcard} to this value; see {@link #hostHeaderWildcard(String)}. */
    public RuleCondition hostHeaderWildcard(Value<String> value) {
      return set("HostHeaderWildcard", value);
    }

    /**
     * Exact path match — must start with /. Mutually exclusive with PathPrefix.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^/[A-Za-z0-9._~/-]*$}. CloudFormation
     * property {@code PathExact}.
     */
    public RuleCondition pathExact(String value) {
      return set("PathExact", Value.of(value));
    }

    /** Sets {@code PathExact} to this value; see {@link #pathExact(String)}. */
    public RuleCondition pathExact(Value<String> value) {
      return set("PathExact", value);
    }

    /**
     * Path prefix matching — strict starts-with, must start with /. Mutually exclusive with
     * PathExact.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^/[A-Za-z0-9._~/-]*$}. CloudFormation
     * property {@code PathPrefix}.
     */
    public RuleCondition pathPrefix(String value) {
      return set("PathPrefix", Value.of(value));
    }

    /** Sets {@code PathPrefix} to this value; see {@link #pathPrefix(String)}. */
    public RuleCondition pathPrefix(Value<String> value) {
      return set("PathPrefix", value);
    }

    /** CloudFormation property {@code QueryStringEquals}. */
    public RuleCondition queryStringEquals(Value<QueryStringKeyValuePair> value) {
      return set("QueryStringEquals", value);
    }

    /**
     * Query string key presence check (any value accepted).
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^[A-Za-z0-9._~-]+$}. CloudFormation property
     * {@code QueryStringExists}.
     */
    public RuleCondition queryStringExists(String value) {
      return set("QueryStringExists", Value.of(value));
    }

    /** Sets {@code QueryStringExists} to this value; see {@link #queryStringExists(String)}. */
    public RuleCondition queryStringExists(Value<String> value) {
      return set("QueryStringExists", value);
    }
  }
}
