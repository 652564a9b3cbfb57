// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53resolver;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.VPC;
import java.util.List;

/**
 * An association between a firewall rule group and a VPC, which enables DNS filtering for the VPC.
 *
 * <p>CloudFormation type {@code AWS::Route53Resolver::FirewallRuleGroupAssociation}.
 */
public final class FirewallRuleGroupAssociation extends Resource<FirewallRuleGroupAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53Resolver::FirewallRuleGroupAssociation")
      .required("FirewallRuleGroupId", "Priority", "VpcId")
      .constrain("FirewallRuleGroupId", Constraint.of().minLength(1).maxLength(64))
      .references("FirewallRuleGroupId", "AWS::Route53Resolver::FirewallRuleGroup.Ref")
      .allowed("MutationProtection", "ENABLED", "DISABLED")
      .constrain("Name", Constraint.of().pattern("(?!^[0-9]+$)([a-zA-Z0-9\\-_' ']+)").minLength(0).maxLength(64))
      .constrain("VpcId", Constraint.of().minLength(1).maxLength(64).format("AWS::EC2::VPC.Id"))
      .references("VpcId", "AWS::EC2::VPC.Ref")
      .refYields("Id")
      .attributes("Arn", "CreationTime", "CreatorRequestId", "Id", "ManagedOwnerName",
          "ModificationTime", "Status", "StatusMessage")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public FirewallRuleGroupAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier of the firewall rule group.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation
   * property {@code FirewallRuleGroupId}.
   */
  public FirewallRuleGroupAssociation firewallRuleGroupId(String value) {
    return set("FirewallRuleGroupId", Value.of(value));
  }

  /** Sets {@code FirewallRuleGroupId} to this value; see {@link #firewallRuleGroupId(String)}. */
  public FirewallRuleGroupAssociation firewallRuleGroupId(Value<String> value) {
    return set("FirewallRuleGroupId", value);
  }

  /**
   * Sets {@code FirewallRuleGroupId} to the Ref of {@code AWS::Route53Resolver::FirewallRuleGroup};
   * see {@link #firewallRuleGroupId(String)}.
   */
  public FirewallRuleGroupAssociation firewallRuleGroupId(FirewallRuleGroup resource) {
    return set("FirewallRuleGroupId", resource.ref());
  }

  /**
   * If enabled, this setting disallows modification or removal of the association, to help prevent
   * against accidentally altering DNS firewall protections.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * MutationProtection}.
   */
  public FirewallRuleGroupAssociation mutationProtection(String value) {
    return set("MutationProtection", Value.of(value));
  }

  /** Sets {@code MutationProtection} to this value; see {@link #mutationProtection(String)}. */
  public FirewallRuleGroupAssociation mutationProtection(Value<String> value) {
    return set("MutationProtection", value);
  }

  /**
   * The name of the association.
   *
   * <p>Length: 0 to 64 characters. Pattern: {@code (?!^[0-9]+$)([a-zA-Z0-9&#92;-_' ']+)}.
   * CloudFormation property {@code Name}.
   */
  public FirewallRuleGroupAssociation name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public FirewallRuleGroupAssociation name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The setting that determines the processing order of the rule group among the rule groups that
   * are associated with a single VPC. DNS Firewall filters VPC traffic starting from rule group
   * with the lowest numeric priority setting.
   *
   * <p>You must specify a unique priority for each rule group that you associate with a single VPC.
   * To make it easier to insert rule groups later, leave space between the numbers, for example,
   * use 101, 200, and so on. You can change the priority setting for a rule group association after
   * you create it.
   *
   * <p>The allowed values for <code>Priority</code> are between 100 and 9900 (excluding 100 and
   * 9900).
   *
   * <p>Required. CloudFormation property {@code Priority}.
   */
  public FirewallRuleGroupAssociation priority(int value) {
    return set("Priority", Value.of(value));
  }

  /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
  public FirewallRuleGroupAssociation priority(Value<Integer> value) {
    return set("Priority", value);
  }

  /**
   * A list of the tag keys and values that you want to associate with the rule group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public FirewallRuleGroupAssociation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public FirewallRuleGroupAssociation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public FirewallRuleGroupAssociation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The unique identifier of the VPC that is associated with the rule group.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Format: {@code
   * AWS::EC2::VPC.Id}. CloudFormation property {@code VpcId}.
   */
  public FirewallRuleGroupAssociation vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public FirewallRuleGroupAssociation vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
  public FirewallRuleGroupAssociation vpcId(VPC resource) {
    return set("VpcId", resource.ref());
  }

  /**
   * The Amazon Resource Name (ARN) of the firewall rule group association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time that the association was created, in Unix time format and Coordinated
   * Universal Time (UTC).
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * A unique string defined by you to identify the request. This allows you to retry failed
   * requests without the risk of running the operation twice. This can be any unique string, for
   * example, a timestamp.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatorRequestId}.
   */
  public Value<String> creatorRequestId() {
    return getAtt("CreatorRequestId");
  }

  /**
   * The identifier for the association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The owner of the association, used only for associations that are not managed by you. If you
   * use AWS Firewall Manager to manage your firewallls from DNS Firewall, then this reports
   * Firewall Manager as the managed owner.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ManagedOwnerName}.
   */
  public Value<String> managedOwnerName() {
    return getAtt("ManagedOwnerName");
  }

  /**
   * The date and time that the association was last modified, in Unix time format and Coordinated
   * Universal Time (UTC).
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModificationTime}.
   */
  public Value<String> modificationTime() {
    return getAtt("ModificationTime");
  }

  /**
   * The current status of the association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Additional information about the status of the response, if available.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusMessage}.
   */
  public Value<String> statusMessage() {
    return getAtt("StatusMessage");
  }
}
