// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.medialive;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The AWS::MediaLive::InputSecurityGroup is a MediaLive resource type that creates an input
 * security group.
 *
 * <p>A MediaLive input security group is associated with a MediaLive input. The input security
 * group is an "allow list" of IP addresses that controls whether an external IP address can push
 * content to the associated MediaLive input.
 *
 * <p>CloudFormation type {@code AWS::MediaLive::InputSecurityGroup}.
 */
public final class InputSecurityGroup extends Resource<InputSecurityGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::InputSecurityGroup")
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("Id")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public InputSecurityGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A collection of tags for this input security group. Each tag is a key-value pair.
   *
   * <p>Changing it replaces the resource. Format: {@code json}. CloudFormation property {@code
   * Tags}.
   */
  public InputSecurityGroup tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public InputSecurityGroup tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The list of IPv4 CIDR addresses to include in the input security group as "allowed" addresses.
   *
   * <p>CloudFormation property {@code WhitelistRules}.
   */
  public InputSecurityGroup whitelistRules(List<InputWhitelistRuleCidr> value) {
    return set("WhitelistRules", Value.listOf(value));
  }

  /** Sets {@code WhitelistRules} to this value; see {@link #whitelistRules(List)}. */
  public InputSecurityGroup whitelistRules(Value<List<InputWhitelistRuleCidr>> value) {
    return set("WhitelistRules", value);
  }

  /** Sets {@code WhitelistRules} to a list of these; see {@link #whitelistRules(List)}. */
  public InputSecurityGroup whitelistRules(InputWhitelistRuleCidr... values) {
    return set("WhitelistRules", Value.list(values));
  }

  /**
   * The ARN of the MediaLive input security group. For example:
   * arn:aws:medialive:us-west-1:111122223333:medialive:inputSecurityGroup:1234567
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The Id of the Input Security Group
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * An IPv4 CIDR range to include in this input security group.
   *
   * <p>The parent of this entity is InputSecurityGroup.
   *
   * <p>Property type {@code AWS::MediaLive::InputSecurityGroup.InputWhitelistRuleCidr}.
   */
  public static final class InputWhitelistRuleCidr extends Struct<InputWhitelistRuleCidr> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::InputSecurityGroup.InputWhitelistRuleCidr")
        .constrain("Cidr", Constraint.of().format("ipv4-network"))
        .build();

    public InputWhitelistRuleCidr() {
      super(SCHEMA);
    }

    /**
     * An IPv4 CIDR range to include in this input security group.
     *
     * <p>Format: {@code ipv4-network}. CloudFormation property {@code Cidr}.
     */
    public InputWhitelistRuleCidr cidr(String value) {
      return set("Cidr", Value.of(value));
    }

    /** Sets {@code Cidr} to this value; see {@link #cidr(String)}. */
    public InputWhitelistRuleCidr cidr(Value<String> value) {
      return set("Cidr", value);
    }
  }
}
