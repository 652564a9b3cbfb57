// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudfront;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A key group.
 *
 * <p>A key group contains a list of public keys that you can use with <a
 * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html">CloudFront
 * signed URLs and signed cookies</a> .
 *
 * <p>CloudFormation type {@code AWS::CloudFront::KeyGroup}.
 */
public final class KeyGroup extends Resource<KeyGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::KeyGroup")
      .required("KeyGroupConfig")
      .refYields("Id")
      .attributes("Id", "LastModifiedTime")
      .build();

  public KeyGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The key group configuration.
   *
   * <p>Required. CloudFormation property {@code KeyGroupConfig}.
   */
  public KeyGroup keyGroupConfig(Value<KeyGroupConfig> value) {
    return set("KeyGroupConfig", value);
  }

  /**
   * The identifier for the key group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The date and time when the key group was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * A key group configuration.
   *
   * <p>A key group contains a list of public keys that you can use with <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html">CloudFront
   * signed URLs and signed cookies</a> .
   *
   * <p>Property type {@code AWS::CloudFront::KeyGroup.KeyGroupConfig}.
   */
  public static final class KeyGroupConfig extends Struct<KeyGroupConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::KeyGroup.KeyGroupConfig")
        .required("Items", "Name")
        .references("Items", "AWS::CloudFront::PublicKey.Ref")
        .build();

    public KeyGroupConfig() {
      super(SCHEMA);
    }

    /**
     * A comment to describe the key group. The comment cannot be longer than 128 characters.
     *
     * <p>CloudFormation property {@code Comment}.
     */
    public KeyGroupConfig comment(String value) {
      return set("Comment", Value.of(value));
    }

    /** Sets {@code Comment} to this value; see {@link #comment(String)}. */
    public KeyGroupConfig comment(Value<String> value) {
      return set("Comment", value);
    }

    /**
     * A list of the identifiers of the public keys in the key group.
     *
     * <p>Required. CloudFormation property {@code Items}.
     */
    public KeyGroupConfig items(List<String> value) {
      return set("Items", Value.listOf(value));
    }

    /** Sets {@code Items} to this value; see {@link #items(List)}. */
    public KeyGroupConfig items(Value<List<String>> value) {
      return set("Items", value);
    }

    /**
     * Sets {@code Items} to the Ref of each {@code AWS::CloudFront::PublicKey}; see {@link
     * #items(List)}.
     */
    public KeyGroupConfig items(PublicKey... resources) {
      return set("Items", Value.refs(resources));
    }

    /**
     * A name to identify the key group.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public KeyGroupConfig name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public KeyGroupConfig name(Value<String> value) {
      return set("Name", value);
    }
  }
}
