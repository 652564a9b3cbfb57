// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.dataexchange;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * An event action is an AWS Data Exchange resource that automatically exports data set revisions to
 * Amazon S3 when a revision is published.
 *
 * <p>CloudFormation type {@code AWS::DataExchange::EventAction}.
 */
public final class EventAction extends Resource<EventAction> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataExchange::EventAction")
      .required("Action", "Event")
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "EventActionId", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EventAction(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * What occurs after a certain event.
   *
   * <p>Required. CloudFormation property {@code Action}.
   */
  public EventAction action(Value<Action> value) {
    return set("Action", value);
  }

  /**
   * What occurs to start an action.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Event}.
   */
  public EventAction event(Value<Event> value) {
    return set("Event", value);
  }

  /**
   * The tags for the event action.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public EventAction tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EventAction tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EventAction tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN for the event action.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time that the event action was created, in ISO 8601 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The unique identifier for the event action.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EventActionId}.
   */
  public Value<String> eventActionId() {
    return getAtt("EventActionId");
  }

  /**
   * The date and time that the event action was last updated, in ISO 8601 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * What occurs after a certain event.
   *
   * <p>Property type {@code AWS::DataExchange::EventAction.Action}.
   */
  public static final class Action extends Struct<Action> {
    private static final Schema SCHEMA = Schema.of("AWS::DataExchange::EventAction.Action");

    public Action() {
      super(SCHEMA);
    }

    /**
     * Details of the operation to be performed by the job.
     *
     * <p>CloudFormation property {@code ExportRevisionToS3}.
     */
    public Action exportRevisionToS3(Value<AutoExportRevisionToS3RequestDetails> value) {
      return set("ExportRevisionToS3", value);
    }
  }

  /**
   * A revision destination is the Amazon S3 bucket folder destination to where the export will be
   * sent.
   *
   * <p>Property type {@code AWS::DataExchange::EventAction.AutoExportRevisionDestinationEntry}.
   */
  public static final class AutoExportRevisionDestinationEntry extends Struct<AutoExportRevisionDestinationEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataExchange::EventAction.AutoExportRevisionDestinationEntry")
        .required("Bucket")
        .build();

    public AutoExportRevisionDestinationEntry() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 bucket that is the destination for the event action.
     *
     * <p>Required. CloudFormation property {@code Bucket}.
     */
    public AutoExportRevisionDestinationEntry bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public AutoExportRevisionDestinationEntry bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * A string representing the pattern for generated names of the individual assets in the
     * revision.
     *
     * <p>CloudFormation property {@code KeyPattern}.
     */
    public AutoExportRevisionDestinationEntry keyPattern(String value) {
      return set("KeyPattern", Value.of(value));
    }

    /** Sets {@code KeyPattern} to this value; see {@link #keyPattern(String)}. */
    public AutoExportRevisionDestinationEntry keyPattern(Value<String> value) {
      return set("KeyPattern", value);
    }
  }

  /**
   * Details of the operation to be performed by the job.
   *
   * <p>Property type {@code AWS::DataExchange::EventAction.AutoExportRevisionToS3RequestDetails}.
   */
  public static final class AutoExportRevisionToS3RequestDetails extends Struct<AutoExportRevisionToS3RequestDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataExchange::EventAction.AutoExportRevisionToS3RequestDetails")
        .required("RevisionDestination")
        .build();

    public AutoExportRevisionToS3RequestDetails() {
      super(SCHEMA);
    }

    /**
     * Encryption configuration of the export job.
     *
     * <p>CloudFormation property {@code Encryption}.
     */
    public AutoExportRevisionToS3RequestDetails encryption(Value<ExportServerSideEncryption> value) {
      return set("Encryption", value);
    }

    /**
     * A revision destination is the Amazon S3 bucket folder destination to where the export will be
     * sent.
     *
     * <p>Required. CloudFormation property {@code RevisionDestination}.
     */
    public AutoExportRevisionToS3RequestDetails revisionDestination(Value<AutoExportRevisionDestinationEntry> value) {
      return set("RevisionDestination", value);
    }
  }

  /**
   * What occurs to start an action.
   *
   * <p>Property type {@code AWS::DataExchange::EventAction.Event}.
   */
  public static final class Event extends Struct<Event> {
    private static final Schema SCHEMA = Schema.of("AWS::DataExchange::EventAction.Event");

    public Event() {
      super(SCHEMA);
    }

    /**
     * Information about the published revision.
     *
     * <p>CloudFormation property {@code RevisionPublished}.
     */
    public Event revisionPublished(Value<RevisionPublished> value) {
      return set("RevisionPublished", value);
    }
  }

  /**
   * Encryption configuration of the export job.
   *
   * <p>Property type {@code AWS::DataExchange::EventAction.ExportServerSideEncryption}.
   */
  public static final class ExportServerSideEncryption extends Struct<ExportServerSideEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataExchange::EventAction.ExportServerSideEncryption")
        .required("Type")
        .constrain("KmsKeyArn", Constraint.of().format("AWS::KMS::Key.Arn"))
        .allowed("Type", "aws:kms", "AES256")
        .build();

    public ExportServerSideEncryption() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS KMS key you want to use to encrypt the Amazon S3
     * objects.
     *
     * <p>Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public ExportServerSideEncryption kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public ExportServerSideEncryption kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }

    /**
     * The type of server side encryption used for encrypting the objects in Amazon S3.
     *
     * <p>Required. Allowed values: {@code aws:kms}, {@code AES256}. CloudFormation property {@code
     * Type}.
     */
    public ExportServerSideEncryption type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ExportServerSideEncryption type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Information about the published revision.
   *
   * <p>Property type {@code AWS::DataExchange::EventAction.RevisionPublished}.
   */
  public static final class RevisionPublished extends Struct<RevisionPublished> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataExchange::EventAction.RevisionPublished")
        .required("DataSetId")
        .constrain("DataSetId", Constraint.of().pattern("^[a-zA-Z0-9]{30,40}$"))
        .build();

    public RevisionPublished() {
      super(SCHEMA);
    }

    /**
     * The data set ID of the published revision.
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z0-9]{30,40}$}. CloudFormation property {@code
     * DataSetId}.
     */
    public RevisionPublished dataSetId(String value) {
      return set("DataSetId", Value.of(value));
    }

    /** Sets {@code DataSetId} to this value; see {@link #dataSetId(String)}. */
    public RevisionPublished dataSetId(Value<String> value) {
      return set("DataSetId", value);
    }
  }
}
