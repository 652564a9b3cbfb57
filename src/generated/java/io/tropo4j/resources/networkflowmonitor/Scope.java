// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.networkflowmonitor;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::NetworkFlowMonitor::Scope. Creates a scope to define the
 * resources that Network Flow Monitor monitors for network performance.
 *
 * <p>CloudFormation type {@code AWS::NetworkFlowMonitor::Scope}.
 */
public final class Scope extends Resource<Scope> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkFlowMonitor::Scope")
      .required("Targets")
      .refYields("ScopeArn")
      .attributes("ScopeArn", "ScopeId", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Scope(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The tags for the scope.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Scope tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Scope tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Scope tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The targets for the scope.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Targets}.
   */
  public Scope targets(List<TargetResource> value) {
    return set("Targets", Value.listOf(value));
  }

  /** Sets {@code Targets} to this value; see {@link #targets(List)}. */
  public Scope targets(Value<List<TargetResource>> value) {
    return set("Targets", value);
  }

  /** Sets {@code Targets} to a list of these; see {@link #targets(List)}. */
  public Scope targets(TargetResource... values) {
    return set("Targets", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the scope.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ScopeArn}.
   */
  public Value<String> scopeArn() {
    return getAtt("ScopeArn");
  }

  /**
   * The identifier for the scope.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ScopeId}.
   */
  public Value<String> scopeId() {
    return getAtt("ScopeId");
  }

  /**
   * The status of the scope.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * A target ID is an internally-generated identifier for a target.
   *
   * <p>Property type {@code AWS::NetworkFlowMonitor::Scope.TargetId}.
   */
  public static final class TargetId extends Struct<TargetId> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFlowMonitor::Scope.TargetId")
        .required("AccountId")
        .constrain("AccountId", Constraint.of().pattern("^[0-9]{12}$").minLength(1).maxLength(12))
        .build();

    public TargetId() {
      super(SCHEMA);
    }

    /**
     * The account ID for the target.
     *
     * <p>Required. Length: 1 to 12 characters. Pattern: {@code ^[0-9]{12}$}. CloudFormation
     * property {@code AccountId}.
     */
    public TargetId accountId(String value) {
      return set("AccountId", Value.of(value));
    }

    /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
    public TargetId accountId(Value<String> value) {
      return set("AccountId", value);
    }
  }

  /**
   * A target identifier is a pair of identifying information for a scope target.
   *
   * <p>Property type {@code AWS::NetworkFlowMonitor::Scope.TargetIdentifier}.
   */
  public static final class TargetIdentifier extends Struct<TargetIdentifier> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFlowMonitor::Scope.TargetIdentifier")
        .required("TargetId", "TargetType")
        .allowed("TargetType", "ACCOUNT")
        .build();

    public TargetIdentifier() {
      super(SCHEMA);
    }

    /**
     * A target ID is an internally-generated identifier for a target.
     *
     * <p>Required. CloudFormation property {@code TargetId}.
     */
    public TargetIdentifier targetId(Value<TargetId> value) {
      return set("TargetId", value);
    }

    /**
     * The type of the target. Currently always ACCOUNT.
     *
     * <p>Required. Allowed values: {@code ACCOUNT}. CloudFormation property {@code TargetType}.
     */
    public TargetIdentifier targetType(String value) {
      return set("TargetType", Value.of(value));
    }

    /** Sets {@code TargetType} to this value; see {@link #targetType(String)}. */
    public TargetIdentifier targetType(Value<String> value) {
      return set("TargetType", value);
    }
  }

  /**
   * A target resource in a scope, identified by a Region and target identifier.
   *
   * <p>Property type {@code AWS::NetworkFlowMonitor::Scope.TargetResource}.
   */
  public static final class TargetResource extends Struct<TargetResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFlowMonitor::Scope.TargetResource")
        .required("Region", "TargetIdentifier")
        .build();

    public TargetResource() {
      super(SCHEMA);
    }

    /**
     * The AWS Region for the target resource.
     *
     * <p>Required. CloudFormation property {@code Region}.
     */
    public TargetResource region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public TargetResource region(Value<String> value) {
      return set("Region", value);
    }

    /**
     * A target identifier is a pair of identifying information for a scope target.
     *
     * <p>Required. CloudFormation property {@code TargetIdentifier}.
     */
    public TargetResource targetIdentifier(Value<TargetIdentifier> value) {
      return set("TargetIdentifier", value);
    }
  }
}
