// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.dms;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::DMS::ReplicationTask</code> resource creates an AWS DMS replication task.
 *
 * <p>CloudFormation type {@code AWS::DMS::ReplicationTask}.
 */
public final class ReplicationTask extends Resource<ReplicationTask> {
  private static final Schema SCHEMA = Schema.builder("AWS::DMS::ReplicationTask")
      .required("MigrationType", "ReplicationInstanceArn", "SourceEndpointArn", "TableMappings",
          "TargetEndpointArn")
      .allowed("MigrationType", "full-load", "cdc", "full-load-and-cdc")
      .constrain("ReplicationTaskIdentifier", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9]*(?:-[a-zA-Z0-9]+)*$"))
      .refYields("ReplicationTaskArn")
      .attributes("ReplicationTaskArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ReplicationTask(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates when you want a change data capture (CDC) operation to start. Use either
   * <code>CdcStartPosition</code> or <code>CdcStartTime</code> to specify when you want a CDC
   * operation to start. Specifying both values results in an error.
   *
   * <p>The value can be in date, checkpoint, log sequence number (LSN), or system change number
   * (SCN) format.
   *
   * <p>Here is a date example: <code>--cdc-start-position "2018-03-08T12:12:12"</code>
   *
   * <p>Here is a checkpoint example: <code>--cdc-start-position
   * "checkpoint:V1#27#mysql-bin-changelog.157832:1975:-1:2002:677883278264080:mysql-bin-changelog.157832:1876#0#0#*#0#93"</code>
   *
   * <p>Here is an LSN example: <code>--cdc-start-position “mysql-bin-changelog.000024:373”</code>
   *
   * <p>When you use this task setting with a source PostgreSQL database, a logical replication slot
   * should already be created and associated with the source endpoint. You can verify this by
   * setting the <code>slotName</code> extra connection attribute to the name of this logical
   * replication slot. For more information, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.PostgreSQL.html#CHAP_Source.PostgreSQL.ConnectionAttrib">Extra
   * Connection Attributes When Using PostgreSQL as a Source for AWS DMS</a> in the <em>AWS Database
   * Migration Service User Guide</em> .
   *
   * <p>CloudFormation property {@code CdcStartPosition}.
   */
  public ReplicationTask cdcStartPosition(String value) {
    return set("CdcStartPosition", Value.of(value));
  }

  /** Sets {@code CdcStartPosition} to this value; see {@link #cdcStartPosition(String)}. */
  public ReplicationTask cdcStartPosition(Value<String> value) {
    return set("CdcStartPosition", value);
  }

  /**
   * Indicates the start time for a change data capture (CDC) operation.
   *
   * <p>CloudFormation property {@code CdcStartTime}.
   */
  public ReplicationTask cdcStartTime(double value) {
    return set("CdcStartTime", Value.of(value));
  }

  /** Sets {@code CdcStartTime} to this value; see {@link #cdcStartTime(double)}. */
  public ReplicationTask cdcStartTime(Value<Double> value) {
    return set("CdcStartTime", value);
  }

  /**
   * Indicates when you want a change data capture (CDC) operation to stop. The value can be either
   * server time or commit time.
   *
   * <p>Here is a server time example: <code>--cdc-stop-position
   * "server_time:2018-02-09T12:12:12"</code>
   *
   * <p>Here is a commit time example: <code>--cdc-stop-position "commit_time:
   * 2018-02-09T12:12:12"</code>
   *
   * <p>CloudFormation property {@code CdcStopPosition}.
   */
  public ReplicationTask cdcStopPosition(String value) {
    return set("CdcStopPosition", Value.of(value));
  }

  /** Sets {@code CdcStopPosition} to this value; see {@link #cdcStopPosition(String)}. */
  public ReplicationTask cdcStopPosition(Value<String> value) {
    return set("CdcStopPosition", value);
  }

  /**
   * The migration type. Valid values: <code>full-load</code> | <code>cdc</code> |
   * <code>full-load-and-cdc</code>
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code full-load}, {@code cdc},
   * {@code full-load-and-cdc}. CloudFormation property {@code MigrationType}.
   */
  public ReplicationTask migrationType(String value) {
    return set("MigrationType", Value.of(value));
  }

  /** Sets {@code MigrationType} to this value; see {@link #migrationType(String)}. */
  public ReplicationTask migrationType(Value<String> value) {
    return set("MigrationType", value);
  }

  /**
   * The Amazon Resource Name (ARN) of a replication instance.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ReplicationInstanceArn}.
   */
  public ReplicationTask replicationInstanceArn(String value) {
    return set("ReplicationInstanceArn", Value.of(value));
  }

  /**
   * Sets {@code ReplicationInstanceArn} to this value; see {@link #replicationInstanceArn(String)}.
   */
  public ReplicationTask replicationInstanceArn(Value<String> value) {
    return set("ReplicationInstanceArn", value);
  }

  /**
   * An identifier for the replication task.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must contain 1-255 alphanumeric characters or hyphens. <li>First character must be a
   * letter. <li>Cannot end with a hyphen or contain two consecutive hyphens. </ul>
   *
   * <p>Pattern: {@code ^[a-zA-Z][a-zA-Z0-9]*(?:-[a-zA-Z0-9]+)*$}. CloudFormation property {@code
   * ReplicationTaskIdentifier}.
   */
  public ReplicationTask replicationTaskIdentifier(String value) {
    return set("ReplicationTaskIdentifier", Value.of(value));
  }

  /**
   * Sets {@code ReplicationTaskIdentifier} to this value; see {@link
   * #replicationTaskIdentifier(String)}.
   */
  public ReplicationTask replicationTaskIdentifier(Value<String> value) {
    return set("ReplicationTaskIdentifier", value);
  }

  /**
   * Overall settings for the task, in JSON format. For more information, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Tasks.CustomizingTasks.TaskSettings.html">Specifying
   * Task Settings for AWS Database Migration Service Tasks</a> in the <em>AWS Database Migration
   * Service User Guide</em> .
   *
   * <p>CloudFormation property {@code ReplicationTaskSettings}.
   */
  public ReplicationTask replicationTaskSettings(String value) {
    return set("ReplicationTaskSettings", Value.of(value));
  }

  /**
   * Sets {@code ReplicationTaskSettings} to this value; see {@link
   * #replicationTaskSettings(String)}.
   */
  public ReplicationTask replicationTaskSettings(Value<String> value) {
    return set("ReplicationTaskSettings", value);
  }

  /**
   * A display name for the resource identifier at the end of the <code>EndpointArn</code> response
   * parameter that is returned in the created <code>Endpoint</code> object. The value for this
   * parameter can have up to 31 characters. It can contain only ASCII letters, digits, and hyphen
   * ('-'). Also, it can't end with a hyphen or contain two consecutive hyphens, and can only begin
   * with a letter, such as <code>Example-App-ARN1</code> .
   *
   * <p>For example, this value might result in the <code>EndpointArn</code> value
   * <code>arn:aws:dms:eu-west-1:012345678901:rep:Example-App-ARN1</code> . If you don't specify a
   * <code>ResourceIdentifier</code> value, AWS DMS generates a default identifier value for the end
   * of <code>EndpointArn</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ResourceIdentifier}.
   */
  public ReplicationTask resourceIdentifier(String value) {
    return set("ResourceIdentifier", Value.of(value));
  }

  /** Sets {@code ResourceIdentifier} to this value; see {@link #resourceIdentifier(String)}. */
  public ReplicationTask resourceIdentifier(Value<String> value) {
    return set("ResourceIdentifier", value);
  }

  /**
   * An Amazon Resource Name (ARN) that uniquely identifies the source endpoint.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * SourceEndpointArn}.
   */
  public ReplicationTask sourceEndpointArn(String value) {
    return set("SourceEndpointArn", Value.of(value));
  }

  /** Sets {@code SourceEndpointArn} to this value; see {@link #sourceEndpointArn(String)}. */
  public ReplicationTask sourceEndpointArn(Value<String> value) {
    return set("SourceEndpointArn", value);
  }

  /**
   * The table mappings for the task, in JSON format. For more information, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Tasks.CustomizingTasks.TableMapping.html">Using
   * Table Mapping to Specify Task Settings</a> in the <em>AWS Database Migration Service User
   * Guide</em> .
   *
   * <p>Required. CloudFormation property {@code TableMappings}.
   */
  public ReplicationTask tableMappings(String value) {
    return set("TableMappings", Value.of(value));
  }

  /** Sets {@code TableMappings} to this value; see {@link #tableMappings(String)}. */
  public ReplicationTask tableMappings(Value<String> value) {
    return set("TableMappings", value);
  }

  /**
   * One or more tags to be assigned to the replication task.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ReplicationTask tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ReplicationTask tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ReplicationTask tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * An Amazon Resource Name (ARN) that uniquely identifies the target endpoint.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TargetEndpointArn}.
   */
  public ReplicationTask targetEndpointArn(String value) {
    return set("TargetEndpointArn", Value.of(value));
  }

  /** Sets {@code TargetEndpointArn} to this value; see {@link #targetEndpointArn(String)}. */
  public ReplicationTask targetEndpointArn(Value<String> value) {
    return set("TargetEndpointArn", value);
  }

  /**
   * Supplemental information that the task requires to migrate the data for certain source and
   * target endpoints. For more information, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Tasks.TaskData.html">Specifying
   * Supplemental Data for Task Settings</a> in the <em>AWS Database Migration Service User
   * Guide.</em>
   *
   * <p>CloudFormation property {@code TaskData}.
   */
  public ReplicationTask taskData(String value) {
    return set("TaskData", Value.of(value));
  }

  /** Sets {@code TaskData} to this value; see {@link #taskData(String)}. */
  public ReplicationTask taskData(Value<String> value) {
    return set("TaskData", value);
  }

  /**
   * The ARN of the ReplicationTask. Also serves the purpise of Primary Identifier.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReplicationTaskArn}.
   */
  public Value<String> replicationTaskArn() {
    return getAtt("ReplicationTaskArn");
  }
}
