// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pinpointemail;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A request to create a new dedicated IP pool.
 *
 * <p>CloudFormation type {@code AWS::PinpointEmail::DedicatedIpPool}.
 */
public final class DedicatedIpPool extends Resource<DedicatedIpPool> {
  private static final Schema SCHEMA = Schema.builder("AWS::PinpointEmail::DedicatedIpPool")
      .refYields("Id")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DedicatedIpPool(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the dedicated IP pool.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PoolName}.
   */
  public DedicatedIpPool poolName(String value) {
    return set("PoolName", Value.of(value));
  }

  /** Sets {@code PoolName} to this value; see {@link #poolName(String)}. */
  public DedicatedIpPool poolName(Value<String> value) {
    return set("PoolName", value);
  }

  /**
   * An object that defines the tags (keys and values) that you want to associate with the dedicated
   * IP pool.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DedicatedIpPool tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DedicatedIpPool tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DedicatedIpPool tags(io.tropo4j.core.Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * An object that defines the tags (keys and values) that you want to associate with the dedicated
   * IP pool.
   *
   * <p>Property type {@code AWS::PinpointEmail::DedicatedIpPool.Tags}.
   */
  public static final class Tags extends Struct<Tags> {
    private static final Schema SCHEMA = Schema.of("AWS::PinpointEmail::DedicatedIpPool.Tags");

    public Tags() {
      super(SCHEMA);
    }

    /**
     * One part of a key-value pair that defines a tag. The maximum length of a tag key is 128
     * characters. The minimum length is 1 character.
     *
     * <p>If you specify tags for the dedicated IP pool, then this value is required.
     *
     * <p>CloudFormation property {@code Key}.
     */
    public Tags key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public Tags key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The optional part of a key-value pair that defines a tag. The maximum length of a tag value
     * is 256 characters. The minimum length is 0 characters. If you don’t want a resource to have a
     * specific tag value, don’t specify a value for this parameter. Amazon Pinpoint will set the
     * value to an empty string.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public Tags value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Tags value(Value<String> value) {
      return set("Value", value);
    }
  }
}
