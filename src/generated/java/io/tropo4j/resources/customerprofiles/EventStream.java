// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.customerprofiles;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * An Event Stream resource of Amazon Connect Customer Profiles.
 *
 * <p>CloudFormation type {@code AWS::CustomerProfiles::EventStream}.
 */
public final class EventStream extends Resource<EventStream> {
  private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::EventStream")
      .required("DomainName", "EventStreamName", "Uri")
      .constrain("DomainName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .constrain("EventStreamName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(255))
      .constrain("Uri", Constraint.of().minLength(1).maxLength(255))
      .attributes("CreatedAt", "DestinationDetails", "DestinationDetails.Status",
          "DestinationDetails.Uri", "EventStreamArn", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EventStream(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique name of the domain.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code DomainName}.
   */
  public EventStream domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public EventStream domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * The name of the event stream.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code EventStreamName}.
   */
  public EventStream eventStreamName(String value) {
    return set("EventStreamName", Value.of(value));
  }

  /** Sets {@code EventStreamName} to this value; see {@link #eventStreamName(String)}. */
  public EventStream eventStreamName(Value<String> value) {
    return set("EventStreamName", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public EventStream tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EventStream tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EventStream tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The StreamARN of the destination to deliver profile events to. For example,
   * arn:aws:kinesis:region:account-id:stream/stream-name.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code Uri}.
   */
  public EventStream uri(String value) {
    return set("Uri", Value.of(value));
  }

  /** Sets {@code Uri} to this value; see {@link #uri(String)}. */
  public EventStream uri(Value<String> value) {
    return set("Uri", value);
  }

  /**
   * The timestamp of when the export was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * Details regarding the Kinesis stream.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DestinationDetails}.
   */
  public Value<DestinationDetails> destinationDetails() {
    return getAtt("DestinationDetails");
  }

  /** {@code Fn::GetAtt} attribute {@code DestinationDetails.Status}. */
  public Value<String> destinationDetailsStatus() {
    return getAtt("DestinationDetails.Status");
  }

  /** {@code Fn::GetAtt} attribute {@code DestinationDetails.Uri}. */
  public Value<String> destinationDetailsUri() {
    return getAtt("DestinationDetails.Uri");
  }

  /**
   * A unique identifier for the event stream.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EventStreamArn}.
   */
  public Value<String> eventStreamArn() {
    return getAtt("EventStreamArn");
  }

  /**
   * The operational state of destination stream for export.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * Details regarding the Kinesis stream.
   *
   * <p>Property type {@code AWS::CustomerProfiles::EventStream.DestinationDetails}.
   */
  public static final class DestinationDetails extends Struct<DestinationDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::EventStream.DestinationDetails")
        .required("Status", "Uri")
        .allowed("Status", "HEALTHY", "UNHEALTHY")
        .build();

    public DestinationDetails() {
      super(SCHEMA);
    }

    /**
     * The status of enabling the Kinesis stream as a destination for export.
     *
     * <p>Required. Allowed values: {@code HEALTHY}, {@code UNHEALTHY}. CloudFormation property
     * {@code Status}.
     */
    public DestinationDetails status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public DestinationDetails status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * The StreamARN of the destination to deliver profile events to. For example,
     * arn:aws:kinesis:region:account-id:stream/stream-name.
     *
     * <p>Required. CloudFormation property {@code Uri}.
     */
    public DestinationDetails uri(String value) {
      return set("Uri", Value.of(value));
    }

    /** Sets {@code Uri} to this value; see {@link #uri(String)}. */
    public DestinationDetails uri(Value<String> value) {
      return set("Uri", value);
    }
  }
}
