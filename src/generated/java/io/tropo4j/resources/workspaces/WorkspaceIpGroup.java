// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.workspaces;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for an IP access control group for Amazon WorkSpaces.
 *
 * <p>CloudFormation type {@code AWS::WorkSpaces::WorkspaceIpGroup}.
 */
public final class WorkspaceIpGroup extends Resource<WorkspaceIpGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::WorkSpaces::WorkspaceIpGroup")
      .required("GroupName")
      .refYields("Arn")
      .attributes("Arn", "GroupId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public WorkspaceIpGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code GroupDesc}.
   */
  public WorkspaceIpGroup groupDesc(String value) {
    return set("GroupDesc", Value.of(value));
  }

  /** Sets {@code GroupDesc} to this value; see {@link #groupDesc(String)}. */
  public WorkspaceIpGroup groupDesc(Value<String> value) {
    return set("GroupDesc", value);
  }

  /**
   * The name of the group.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code GroupName}.
   */
  public WorkspaceIpGroup groupName(String value) {
    return set("GroupName", Value.of(value));
  }

  /** Sets {@code GroupName} to this value; see {@link #groupName(String)}. */
  public WorkspaceIpGroup groupName(Value<String> value) {
    return set("GroupName", value);
  }

  /**
   * The tags for the IP access control group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public WorkspaceIpGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public WorkspaceIpGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public WorkspaceIpGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The rules for the IP access control group.
   *
   * <p>CloudFormation property {@code UserRules}.
   */
  public WorkspaceIpGroup userRules(List<IpRuleItem> value) {
    return set("UserRules", Value.listOf(value));
  }

  /** Sets {@code UserRules} to this value; see {@link #userRules(List)}. */
  public WorkspaceIpGroup userRules(Value<List<IpRuleItem>> value) {
    return set("UserRules", value);
  }

  /** Sets {@code UserRules} to a list of these; see {@link #userRules(List)}. */
  public WorkspaceIpGroup userRules(IpRuleItem... values) {
    return set("UserRules", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the IP access control group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The identifier of the IP access control group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GroupId}.
   */
  public Value<String> groupId() {
    return getAtt("GroupId");
  }

  /**
   * Describes a rule for an IP access control group.
   *
   * <p>Property type {@code AWS::WorkSpaces::WorkspaceIpGroup.IpRuleItem}.
   */
  public static final class IpRuleItem extends Struct<IpRuleItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkSpaces::WorkspaceIpGroup.IpRuleItem")
        .required("IpRule")
        .build();

    public IpRuleItem() {
      super(SCHEMA);
    }

    /**
     * The IP address range, in CIDR notation.
     *
     * <p>Required. CloudFormation property {@code IpRule}.
     */
    public IpRuleItem ipRule(String value) {
      return set("IpRule", Value.of(value));
    }

    /** Sets {@code IpRule} to this value; see {@link #ipRule(String)}. */
    public IpRuleItem ipRule(Value<String> value) {
      return set("IpRule", value);
    }

    /**
     * The description of the rule.
     *
     * <p>CloudFormation property {@code RuleDesc}.
     */
    public IpRuleItem ruleDesc(String value) {
      return set("RuleDesc", Value.of(value));
    }

    /** Sets {@code RuleDesc} to this value; see {@link #ruleDesc(String)}. */
    public IpRuleItem ruleDesc(Value<String> value) {
      return set("RuleDesc", value);
    }
  }
}
