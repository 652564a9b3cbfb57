// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.deadline;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Definition of AWS::Deadline::Worker Resource Type
 *
 * <p>CloudFormation type {@code AWS::Deadline::Worker}.
 */
public final class Worker extends Resource<Worker> {
  private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Worker")
      .required("FarmId", "FleetId")
      .constrain("FarmId", Constraint.of().pattern("^farm-[0-9a-f]{32}$"))
      .constrain("FleetId", Constraint.of().pattern("^fleet-[0-9a-f]{32}$"))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "CreatedBy", "Status", "WorkerId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Worker(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The farm ID.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^farm-[0-9a-f]{32}$}.
   * CloudFormation property {@code FarmId}.
   */
  public Worker farmId(String value) {
    return set("FarmId", Value.of(value));
  }

  /** Sets {@code FarmId} to this value; see {@link #farmId(String)}. */
  public Worker farmId(Value<String> value) {
    return set("FarmId", value);
  }

  /**
   * The fleet ID.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^fleet-[0-9a-f]{32}$}.
   * CloudFormation property {@code FleetId}.
   */
  public Worker fleetId(String value) {
    return set("FleetId", Value.of(value));
  }

  /** Sets {@code FleetId} to this value; see {@link #fleetId(String)}. */
  public Worker fleetId(Value<String> value) {
    return set("FleetId", value);
  }

  /**
   * The host property details.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code HostProperties}.
   */
  public Worker hostProperties(Value<HostPropertiesRequest> value) {
    return set("HostProperties", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Worker tags(List<TagsItems> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Worker tags(Value<List<TagsItems>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public Worker tags(TagsItems... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Worker tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the worker.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time the resource was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The user or system that created this resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy}.
   */
  public Value<String> createdBy() {
    return getAtt("CreatedBy");
  }

  /**
   * The status of the worker.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The worker ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code WorkerId}.
   */
  public Value<String> workerId() {
    return getAtt("WorkerId");
  }

  /**
   * The host property details.
   *
   * <p>Property type {@code AWS::Deadline::Worker.HostPropertiesRequest}.
   */
  public static final class HostPropertiesRequest extends Struct<HostPropertiesRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Worker.HostPropertiesRequest")
        .constrain("HostName", Constraint.of().pattern("^[a-zA-Z0-9_\\.\\-]{0,255}$"))
        .build();

    public HostPropertiesRequest() {
      super(SCHEMA);
    }

    /**
     * The host name.
     *
     * <p>Pattern: {@code ^[a-zA-Z0-9_&#92;.&#92;-]{0,255}$}. CloudFormation property {@code
     * HostName}.
     */
    public HostPropertiesRequest hostName(String value) {
      return set("HostName", Value.of(value));
    }

    /** Sets {@code HostName} to this value; see {@link #hostName(String)}. */
    public HostPropertiesRequest hostName(Value<String> value) {
      return set("HostName", value);
    }

    /**
     * The IP addresses for a host.
     *
     * <p>CloudFormation property {@code IpAddresses}.
     */
    public HostPropertiesRequest ipAddresses(Value<IpAddresses> value) {
      return set("IpAddresses", value);
    }
  }

  /**
   * The IP addresses for a host.
   *
   * <p>Property type {@code AWS::Deadline::Worker.IpAddresses}.
   */
  public static final class IpAddresses extends Struct<IpAddresses> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Worker.IpAddresses")
        .constrain("IpV4Addresses", Constraint.of().pattern("^(?:[0-9]{1,3}\\.){3}[0-9]{1,3}$"))
        .constrain("IpV6Addresses", Constraint.of().pattern("^(?:[A-F0-9]{1,4}:){7}[A-F0-9]{1,4}$"))
        .build();

    public IpAddresses() {
      super(SCHEMA);
    }

    /**
     * The IpV4 address of the network.
     *
     * <p>Pattern: {@code ^(?:[0-9]{1,3}&#92;.){3}[0-9]{1,3}$}. CloudFormation property {@code
     * IpV4Addresses}.
     */
    public IpAddresses ipV4Addresses(List<String> value) {
      return set("IpV4Addresses", Value.listOf(value));
    }

    /** Sets {@code IpV4Addresses} to this value; see {@link #ipV4Addresses(List)}. */
    public IpAddresses ipV4Addresses(Value<List<String>> value) {
      return set("IpV4Addresses", value);
    }

    /**
     * The IpV6 address for the network and node component.
     *
     * <p>Pattern: {@code ^(?:[A-F0-9]{1,4}:){7}[A-F0-9]{1,4}$}. CloudFormation property {@code
     * IpV6Addresses}.
     */
    public IpAddresses ipV6Addresses(List<String> value) {
      return set("IpV6Addresses", Value.listOf(value));
    }

    /** Sets {@code IpV6Addresses} to this value; see {@link #ipV6Addresses(List)}. */
    public IpAddresses ipV6Addresses(Value<List<String>> value) {
      return set("IpV6Addresses", value);
    }
  }

  /** Property type {@code AWS::Deadline::Worker.TagsItems}. */
  public static final class TagsItems extends Struct<TagsItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Worker.TagsItems")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public TagsItems() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 128 characters. CloudFormation property {@code Key}. */
    public TagsItems key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsItems key(Value<String> value) {
      return set("Key", value);
    }

    /** Required. Length: 0 to 256 characters. CloudFormation property {@code Value}. */
    public TagsItems value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsItems value(Value<String> value) {
      return set("Value", value);
    }
  }
}
