// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudfront;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The connection group for your distribution tenants. When you first create a distribution tenant
 * and you don't specify a connection group, CloudFront will automatically create a default
 * connection group for you. When you create a new distribution tenant and don't specify a
 * connection group, the default one will be associated with your distribution tenant.
 *
 * <p>CloudFormation type {@code AWS::CloudFront::ConnectionGroup}.
 */
public final class ConnectionGroup extends Resource<ConnectionGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ConnectionGroup")
      .required("Name")
      .refYields("Id")
      .attributes("Arn", "CreatedTime", "ETag", "Id", "IsDefault", "LastModifiedTime",
          "RoutingEndpoint", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ConnectionGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the Anycast static IP list.
   *
   * <p>CloudFormation property {@code AnycastIpListId}.
   */
  public ConnectionGroup anycastIpListId(String value) {
    return set("AnycastIpListId", Value.of(value));
  }

  /** Sets {@code AnycastIpListId} to this value; see {@link #anycastIpListId(String)}. */
  public ConnectionGroup anycastIpListId(Value<String> value) {
    return set("AnycastIpListId", value);
  }

  /**
   * Whether the connection group is enabled.
   *
   * <p>CloudFormation property {@code Enabled}.
   */
  public ConnectionGroup enabled(boolean value) {
    return set("Enabled", Value.of(value));
  }

  /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
  public ConnectionGroup enabled(Value<Boolean> value) {
    return set("Enabled", value);
  }

  /**
   * IPv6 is enabled for the connection group.
   *
   * <p>CloudFormation property {@code Ipv6Enabled}.
   */
  public ConnectionGroup ipv6Enabled(boolean value) {
    return set("Ipv6Enabled", Value.of(value));
  }

  /** Sets {@code Ipv6Enabled} to this value; see {@link #ipv6Enabled(boolean)}. */
  public ConnectionGroup ipv6Enabled(Value<Boolean> value) {
    return set("Ipv6Enabled", value);
  }

  /**
   * The name of the connection group.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public ConnectionGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ConnectionGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A complex type that contains zero or more <code>Tag</code> elements.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ConnectionGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ConnectionGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ConnectionGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the connection group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time when the connection group was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The current version of the connection group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ETag}.
   */
  public Value<String> eTag() {
    return getAtt("ETag");
  }

  /**
   * The ID of the connection group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Whether the connection group is the default connection group for the distribution tenants.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IsDefault}.
   */
  public Value<Boolean> isDefault() {
    return getAtt("IsDefault");
  }

  /**
   * The date and time when the connection group was updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The routing endpoint (also known as the DNS name) that is assigned to the connection group,
   * such as d111111abcdef8.cloudfront.net.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RoutingEndpoint}.
   */
  public Value<String> routingEndpoint() {
    return getAtt("RoutingEndpoint");
  }

  /**
   * The status of the connection group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
