// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.groundstation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Mission profiles specify parameters and provide references to config objects to define how Ground
 * Station lists and executes contacts.
 *
 * <p>CloudFormation type {@code AWS::GroundStation::MissionProfile}.
 */
public final class MissionProfile extends Resource<MissionProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::MissionProfile")
      .required("DataflowEdges", "MinimumViableContactDurationSeconds", "Name", "TrackingConfigArn")
      .constrain("ContactPostPassDurationSeconds", Constraint.of().minimum(0).maximum(21600))
      .constrain("ContactPrePassDurationSeconds", Constraint.of().minimum(0).maximum(21600))
      .constrain("MinimumViableContactDurationSeconds", Constraint.of().minimum(1).maximum(21600))
      .constrain("Name", Constraint.of().pattern("^[ a-zA-Z0-9_:-]{1,256}$"))
      .constrain("StreamsKmsRole", Constraint.of().pattern("^arn:[a-z0-9-.]{1,63}:iam::[0-9]{12}:role/[\\w+=,.@-]{1,64}$").minLength(30).maxLength(165))
      .constrain("TelemetrySinkConfigArn", Constraint.of().pattern("^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$").minLength(82).maxLength(424))
      .constrain("TrackingConfigArn", Constraint.of().pattern("^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$").minLength(82).maxLength(424))
      .references("TrackingConfigArn", "AWS::GroundStation::Config.Ref")
      .attributes("Arn", "Id", "Region")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MissionProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Amount of time in seconds after a contact ends that you’d like to receive a Ground Station
   * Contact State Change indicating the pass has finished.
   *
   * <p>Range: 0 to 21600. CloudFormation property {@code ContactPostPassDurationSeconds}.
   */
  public MissionProfile contactPostPassDurationSeconds(int value) {
    return set("ContactPostPassDurationSeconds", Value.of(value));
  }

  /**
   * Sets {@code ContactPostPassDurationSeconds} to this value; see {@link
   * #contactPostPassDurationSeconds(int)}.
   */
  public MissionProfile contactPostPassDurationSeconds(Value<Integer> value) {
    return set("ContactPostPassDurationSeconds", value);
  }

  /**
   * Amount of time in seconds prior to contact start that you'd like to receive a Ground Station
   * Contact State Change Event indicating an upcoming pass.
   *
   * <p>Range: 0 to 21600. CloudFormation property {@code ContactPrePassDurationSeconds}.
   */
  public MissionProfile contactPrePassDurationSeconds(int value) {
    return set("ContactPrePassDurationSeconds", Value.of(value));
  }

  /**
   * Sets {@code ContactPrePassDurationSeconds} to this value; see {@link
   * #contactPrePassDurationSeconds(int)}.
   */
  public MissionProfile contactPrePassDurationSeconds(Value<Integer> value) {
    return set("ContactPrePassDurationSeconds", value);
  }

  /**
   * A list containing lists of config ARNs. Each list of config ARNs is an edge, with a "from"
   * config and a "to" config.
   *
   * <p>Required. CloudFormation property {@code DataflowEdges}.
   */
  public MissionProfile dataflowEdges(List<DataflowEdge> value) {
    return set("DataflowEdges", Value.listOf(value));
  }

  /** Sets {@code DataflowEdges} to this value; see {@link #dataflowEdges(List)}. */
  public MissionProfile dataflowEdges(Value<List<DataflowEdge>> value) {
    return set("DataflowEdges", value);
  }

  /** Sets {@code DataflowEdges} to a list of these; see {@link #dataflowEdges(List)}. */
  public MissionProfile dataflowEdges(DataflowEdge... values) {
    return set("DataflowEdges", Value.list(values));
  }

  /**
   * Minimum length of a contact in seconds that Ground Station will return when listing contacts.
   * Ground Station will not return contacts shorter than this duration.
   *
   * <p>Required. Range: 1 to 21600. CloudFormation property {@code
   * MinimumViableContactDurationSeconds}.
   */
  public MissionProfile minimumViableContactDurationSeconds(int value) {
    return set("MinimumViableContactDurationSeconds", Value.of(value));
  }

  /**
   * Sets {@code MinimumViableContactDurationSeconds} to this value; see {@link
   * #minimumViableContactDurationSeconds(int)}.
   */
  public MissionProfile minimumViableContactDurationSeconds(Value<Integer> value) {
    return set("MinimumViableContactDurationSeconds", value);
  }

  /**
   * The name of the mission profile.
   *
   * <p>Required. Pattern: {@code ^[ a-zA-Z0-9_:-]{1,256}$}. CloudFormation property {@code Name}.
   */
  public MissionProfile name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public MissionProfile name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * KMS key to use for encrypting streams.
   *
   * <p>CloudFormation property {@code StreamsKmsKey}.
   */
  public MissionProfile streamsKmsKey(Value<StreamsKmsKey> value) {
    return set("StreamsKmsKey", value);
  }

  /**
   * Role to use for encrypting streams with KMS key.
   *
   * <p>Length: 30 to 165 characters. Pattern: {@code
   * ^arn:[a-z0-9-.]{1,63}:iam::[0-9]{12}:role/[&#92;w+=,.&#64;-]{1,64}$}. CloudFormation property
   * {@code StreamsKmsRole}.
   */
  public MissionProfile streamsKmsRole(String value) {
    return set("StreamsKmsRole", Value.of(value));
  }

  /** Sets {@code StreamsKmsRole} to this value; see {@link #streamsKmsRole(String)}. */
  public MissionProfile streamsKmsRole(Value<String> value) {
    return set("StreamsKmsRole", value);
  }

  /**
   * Tags assigned to the mission profile.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MissionProfile tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MissionProfile tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MissionProfile tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * ARN of a Config resource of type TelemetrySinkConfig used for telemetry data sink
   * configuration.
   *
   * <p>Length: 82 to 424 characters. Pattern: {@code ^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$}.
   * CloudFormation property {@code TelemetrySinkConfigArn}.
   */
  public MissionProfile telemetrySinkConfigArn(String value) {
    return set("TelemetrySinkConfigArn", Value.of(value));
  }

  /**
   * Sets {@code TelemetrySinkConfigArn} to this value; see {@link #telemetrySinkConfigArn(String)}.
   */
  public MissionProfile telemetrySinkConfigArn(Value<String> value) {
    return set("TelemetrySinkConfigArn", value);
  }

  /**
   * The ARN of a tracking config objects that defines how to track the satellite through the sky
   * during a contact.
   *
   * <p>Required. Length: 82 to 424 characters. Pattern: {@code
   * ^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$}. CloudFormation property {@code TrackingConfigArn}.
   */
  public MissionProfile trackingConfigArn(String value) {
    return set("TrackingConfigArn", Value.of(value));
  }

  /** Sets {@code TrackingConfigArn} to this value; see {@link #trackingConfigArn(String)}. */
  public MissionProfile trackingConfigArn(Value<String> value) {
    return set("TrackingConfigArn", value);
  }

  /**
   * Sets {@code TrackingConfigArn} to the Ref of {@code AWS::GroundStation::Config}; see {@link
   * #trackingConfigArn(String)}.
   */
  public MissionProfile trackingConfigArn(Config resource) {
    return set("TrackingConfigArn", resource.ref());
  }

  /**
   * The ARN of the mission profile, such as
   * <code>arn:aws:groundstation:us-east-2:1234567890:mission-profile/9940bf3b-d2ba-427e-9906-842b5e5d2296</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the mission profile, such as <code>9940bf3b-d2ba-427e-9906-842b5e5d2296</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The region of the mission profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Region}.
   */
  public Value<String> region() {
    return getAtt("Region");
  }

  /**
   * A dataflow edge defines from where and to where data will flow during a contact.
   *
   * <p>Property type {@code AWS::GroundStation::MissionProfile.DataflowEdge}.
   */
  public static final class DataflowEdge extends Struct<DataflowEdge> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::MissionProfile.DataflowEdge")
        .references("Destination", "AWS::GroundStation::Config.Ref")
        .references("Source", "AWS::GroundStation::Config.Ref")
        .build();

    public DataflowEdge() {
      super(SCHEMA);
    }

    /**
     * The ARN of the destination for this dataflow edge. For example, specify the ARN of a dataflow
     * endpoint config for a downlink edge or an antenna uplink config for an uplink edge.
     *
     * <p>CloudFormation property {@code Destination}.
     */
    public DataflowEdge destination(String value) {
      return set("Destination", Value.of(value));
    }

    /** Sets {@code Destination} to this value; see {@link #destination(String)}. */
    public DataflowEdge destination(Value<String> value) {
      return set("Destination", value);
    }

    /**
     * Sets {@code Destination} to the Ref of {@code AWS::GroundStation::Config}; see {@link
     * #destination(String)}.
     */
    public DataflowEdge destination(Config resource) {
      return set("Destination", resource.ref());
    }

    /**
     * The ARN of the source for this dataflow edge. For example, specify the ARN of an antenna
     * downlink config for a downlink edge or a dataflow endpoint config for an uplink edge.
     *
     * <p>CloudFormation property {@code Source}.
     */
    public DataflowEdge source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public DataflowEdge source(Value<String> value) {
      return set("Source", value);
    }

    /**
     * Sets {@code Source} to the Ref of {@code AWS::GroundStation::Config}; see {@link
     * #source(String)}.
     */
    public DataflowEdge source(Config resource) {
      return set("Source", resource.ref());
    }
  }

  /**
   * KMS key info.
   *
   * <p>Property type {@code AWS::GroundStation::MissionProfile.StreamsKmsKey}.
   */
  public static final class StreamsKmsKey extends Struct<StreamsKmsKey> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::MissionProfile.StreamsKmsKey")
        .constrain("KmsAliasArn", Constraint.of().pattern("^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$"))
        .constrain("KmsAliasName", Constraint.of().pattern("^alias/[a-zA-Z0-9:/_-]+$"))
        .constrain("KmsKeyArn", Constraint.of().pattern("^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$").format("AWS::KMS::Key.Arn"))
        .build();

    public StreamsKmsKey() {
      super(SCHEMA);
    }

    /**
     * KMS Alias Arn.
     *
     * <p>Pattern: {@code ^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$}. CloudFormation property
     * {@code KmsAliasArn}.
     */
    public StreamsKmsKey kmsAliasArn(String value) {
      return set("KmsAliasArn", Value.of(value));
    }

    /** Sets {@code KmsAliasArn} to this value; see {@link #kmsAliasArn(String)}. */
    public StreamsKmsKey kmsAliasArn(Value<String> value) {
      return set("KmsAliasArn", value);
    }

    /**
     * KMS Alias Name.
     *
     * <p>Pattern: {@code ^alias/[a-zA-Z0-9:/_-]+$}. CloudFormation property {@code KmsAliasName}.
     */
    public StreamsKmsKey kmsAliasName(String value) {
      return set("KmsAliasName", Value.of(value));
    }

    /** Sets {@code KmsAliasName} to this value; see {@link #kmsAliasName(String)}. */
    public StreamsKmsKey kmsAliasName(Value<String> value) {
      return set("KmsAliasName", value);
    }

    /**
     * KMS Key Arn.
     *
     * <p>Pattern: {@code ^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$}. Format: {@code
     * AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public StreamsKmsKey kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public StreamsKmsKey kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }
  }
}
