// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pinpoint;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Updates the configuration, dimension, and other settings for an existing segment.
 *
 * <p>CloudFormation type {@code AWS::Pinpoint::Segment}.
 */
public final class Segment extends Resource<Segment> {
  private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::Segment")
      .required("ApplicationId", "Name")
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("SegmentId")
      .attributes("Arn", "SegmentId")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Segment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier for the Amazon Pinpoint application that the segment is associated with.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApplicationId}.
   */
  public Segment applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public Segment applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * An array that defines the dimensions for the segment.
   *
   * <p>CloudFormation property {@code Dimensions}.
   */
  public Segment dimensions(Value<SegmentDimensions> value) {
    return set("Dimensions", value);
  }

  /**
   * The name of the segment.
   *
   * <p>A segment must have a name otherwise it will not appear in the Amazon Pinpoint console.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public Segment name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Segment name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The segment group to use and the dimensions to apply to the group's base segments in order to
   * build the segment. A segment group can consist of zero or more base segments. Your request can
   * include only one segment group.
   *
   * <p>CloudFormation property {@code SegmentGroups}.
   */
  public Segment segmentGroups(Value<SegmentGroups> value) {
    return set("SegmentGroups", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public Segment tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public Segment tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the segment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier for the segment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SegmentId}.
   */
  public Value<String> segmentId() {
    return getAtt("SegmentId");
  }

  /** Property type {@code AWS::Pinpoint::Segment.AttributeDimension}. */
  public static final class AttributeDimension extends Struct<AttributeDimension> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Segment.AttributeDimension");

    public AttributeDimension() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AttributeType}. */
    public AttributeDimension attributeType(String value) {
      return set("AttributeType", Value.of(value));
    }

    /** Sets {@code AttributeType} to this value; see {@link #attributeType(String)}. */
    public AttributeDimension attributeType(Value<String> value) {
      return set("AttributeType", value);
    }

    /** CloudFormation property {@code Values}. */
    public AttributeDimension values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public AttributeDimension values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * Specifies behavior-based criteria for the segment, such as how recently users have used your
   * app.
   *
   * <p>Property type {@code AWS::Pinpoint::Segment.Behavior}.
   */
  public static final class Behavior extends Struct<Behavior> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Segment.Behavior");

    public Behavior() {
      super(SCHEMA);
    }

    /**
     * Specifies how recently segment members were active.
     *
     * <p>CloudFormation property {@code Recency}.
     */
    public Behavior recency(Value<Recency> value) {
      return set("Recency", value);
    }
  }

  /**
   * Specifies the GPS coordinates of a location.
   *
   * <p>Property type {@code AWS::Pinpoint::Segment.Coordinates}.
   */
  public static final class Coordinates extends Struct<Coordinates> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::Segment.Coordinates")
        .required("Latitude", "Longitude")
        .build();

    public Coordinates() {
      super(SCHEMA);
    }

    /**
     * The latitude coordinate of the location.
     *
     * <p>Required. CloudFormation property {@code Latitude}.
     */
    public Coordinates latitude(double value) {
      return set("Latitude", Value.of(value));
    }

    /** Sets {@code Latitude} to this value; see {@link #latitude(double)}. */
    public Coordinates latitude(Value<Double> value) {
      return set("Latitude", value);
    }

    /**
     * The longitude coordinate of the location.
     *
     * <p>Required. CloudFormation property {@code Longitude}.
     */
    public Coordinates longitude(double value) {
      return set("Longitude", Value.of(value));
    }

    /** Sets {@code Longitude} to this value; see {@link #longitude(double)}. */
    public Coordinates longitude(Value<Double> value) {
      return set("Longitude", value);
    }
  }

  /**
   * Specifies demographic-based criteria, such as device platform, for the segment.
   *
   * <p>Property type {@code AWS::Pinpoint::Segment.Demographic}.
   */
  public static final class Demographic extends Struct<Demographic> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Segment.Demographic");

    public Demographic() {
      super(SCHEMA);
    }

    /**
     * The app version criteria for the segment.
     *
     * <p>CloudFormation property {@code AppVersion}.
     */
    public Demographic appVersion(Value<SetDimension> value) {
      return set("AppVersion", value);
    }

    /**
     * The channel criteria for the segment.
     *
     * <p>CloudFormation property {@code Channel}.
     */
    public Demographic channel(Value<SetDimension> value) {
      return set("Channel", value);
    }

    /**
     * The device type criteria for the segment.
     *
     * <p>CloudFormation property {@code DeviceType}.
     */
    public Demographic deviceType(Value<SetDimension> value) {
      return set("DeviceType", value);
    }

    /**
     * The device make criteria for the segment.
     *
     * <p>CloudFormation property {@code Make}.
     */
    public Demographic make(Value<SetDimension> value) {
      return set("Make", value);
    }

    /**
     * The device model criteria for the segment.
     *
     * <p>CloudFormation property {@code Model}.
     */
    public Demographic model(Value<SetDimension> value) {
      return set("Model", value);
    }

    /**
     * The device platform criteria for the segment.
     *
     * <p>CloudFormation property {@code Platform}.
     */
    public Demographic platform(Value<SetDimension> value) {
      return set("Platform", value);
    }
  }

  /**
   * Specifies the GPS coordinates of the endpoint location.
   *
   * <p>Property type {@code AWS::Pinpoint::Segment.GPSPoint}.
   */
  public static final class GPSPoint extends Struct<GPSPoint> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::Segment.GPSPoint")
        .required("Coordinates", "RangeInKilometers")
        .build();

    public GPSPoint() {
      super(SCHEMA);
    }

    /**
     * The GPS coordinates to measure distance from.
     *
     * <p>Required. CloudFormation property {@code Coordinates}.
     */
    public GPSPoint coordinates(Value<Coordinates> value) {
      return set("Coordinates", value);
    }

    /**
     * The range, in kilometers, from the GPS coordinates.
     *
     * <p>Required. CloudFormation property {@code RangeInKilometers}.
     */
    public GPSPoint rangeInKilometers(double value) {
      return set("RangeInKilometers", Value.of(value));
    }

    /** Sets {@code RangeInKilometers} to this value; see {@link #rangeInKilometers(double)}. */
    public GPSPoint rangeInKilometers(Value<Double> value) {
      return set("RangeInKilometers", value);
    }
  }

  /**
   * An array that defines the set of segment criteria to evaluate when handling segment groups for
   * the segment.
   *
   * <p>Property type {@code AWS::Pinpoint::Segment.Groups}.
   */
  public static final class Groups extends Struct<Groups> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Segment.Groups");

    public Groups() {
      super(SCHEMA);
    }

    /**
     * An array that defines the dimensions to include or exclude from the segment.
     *
     * <p>CloudFormation property {@code Dimensions}.
     */
    public Groups dimensions(List<SegmentDimensions> value) {
      return set("Dimensions", Value.listOf(value));
    }

    /** Sets {@code Dimensions} to this value; see {@link #dimensions(List)}. */
    public Groups dimensions(Value<List<SegmentDimensions>> value) {
      return set("Dimensions", value);
    }

    /** Sets {@code Dimensions} to a list of these; see {@link #dimensions(List)}. */
    public Groups dimensions(SegmentDimensions... values) {
      return set("Dimensions", Value.list(values));
    }

    /**
     * The base segment to build the segment on. A base segment, also called a <em>source
     * segment</em> , defines the initial population of endpoints for a segment. When you add
     * dimensions to the segment, Amazon Pinpoint filters the base segment by using the dimensions
     * that you specify.
     *
     * <p>You can specify more than one dimensional segment or only one imported segment. If you
     * specify an imported segment, the segment size estimate that displays on the Amazon Pinpoint
     * console indicates the size of the imported segment without any filters applied to it.
     *
     * <p>CloudFormation property {@code SourceSegments}.
     */
    public Groups sourceSegments(List<SourceSegments> value) {
      return set("SourceSegments", Value.listOf(value));
    }

    /** Sets {@code SourceSegments} to this value; see {@link #sourceSegments(List)}. */
    public Groups sourceSegments(Value<List<SourceSegments>> value) {
      return set("SourceSegments", value);
    }

    /** Sets {@code SourceSegments} to a list of these; see {@link #sourceSegments(List)}. */
    public Groups sourceSegments(SourceSegments... values) {
      return set("SourceSegments", Value.list(values));
    }

    /**
     * Specifies how to handle multiple base segments for the segment. For example, if you specify
     * three base segments for the segment, whether the resulting segment is based on all, any, or
     * none of the base segments.
     *
     * <p>CloudFormation property {@code SourceType}.
     */
    public Groups sourceType(String value) {
      return set("SourceType", Value.of(value));
    }

    /** Sets {@code SourceType} to this value; see {@link #sourceType(String)}. */
    public Groups sourceType(Value<String> value) {
      return set("SourceType", value);
    }

    /**
     * Specifies how to handle multiple dimensions for the segment. For example, if you specify
     * three dimensions for the segment, whether the resulting segment includes endpoints that match
     * all, any, or none of the dimensions.
     *
     * <p>CloudFormation property {@code Type}.
     */
    public Groups type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Groups type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Specifies location-based criteria, such as region or GPS coordinates, for the segment.
   *
   * <p>Property type {@code AWS::Pinpoint::Segment.Location}.
   */
  public static final class Location extends Struct<Location> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Segment.Location");

    public Location() {
      super(SCHEMA);
    }

    /**
     * The country or region code, in ISO 3166-1 alpha-2 format, for the segment.
     *
     * <p>CloudFormation property {@code Country}.
     */
    public Location country(Value<SetDimension> value) {
      return set("Country", value);
    }

    /**
     * The GPS point dimension for the segment.
     *
     * <p>CloudFormation property {@code GPSPoint}.
     */
    public Location gpsPoint(Value<GPSPoint> value) {
      return set("GPSPoint", value);
    }
  }

  /**
   * Specifies how recently segment members were active.
   *
   * <p>Property type {@code AWS::Pinpoint::Segment.Recency}.
   */
  public static final class Recency extends Struct<Recency> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::Segment.Recency")
        .required("Duration", "RecencyType")
        .build();

    public Recency() {
      super(SCHEMA);
    }

    /**
     * The duration to use when determining which users have been active or inactive with your app.
     *
     * <p>Possible values: <code>HR_24</code> | <code>DAY_7</code> | <code>DAY_14</code> |
     * <code>DAY_30</code> .
     *
     * <p>Required. CloudFormation property {@code Duration}.
     */
    public Recency duration(String value) {
      return set("Duration", Value.of(value));
    }

    /** Sets {@code Duration} to this value; see {@link #duration(String)}. */
    public Recency duration(Value<String> value) {
      return set("Duration", value);
    }

    /**
     * The type of recency dimension to use for the segment. Valid values are: <code>ACTIVE</code>
     * and <code>INACTIVE</code> . If the value is <code>ACTIVE</code> , the segment includes users
     * who have used your app within the specified duration are included in the segment. If the
     * value is <code>INACTIVE</code> , the segment includes users who haven't used your app within
     * the specified duration are included in the segment.
     *
     * <p>Required. CloudFormation property {@code RecencyType}.
     */
    public Recency recencyType(String value) {
      return set("RecencyType", Value.of(value));
    }

    /** Sets {@code RecencyType} to this value; see {@link #recencyType(String)}. */
    public Recency recencyType(Value<String> value) {
      return set("RecencyType", value);
    }
  }

  /**
   * Specifies the dimension settings for a segment.
   *
   * <p>Property type {@code AWS::Pinpoint::Segment.SegmentDimensions}.
   */
  public static final class SegmentDimensions extends Struct<SegmentDimensions> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::Segment.SegmentDimensions")
        .constrain("Attributes", Constraint.of().format("json"))
        .constrain("Metrics", Constraint.of().format("json"))
        .constrain("UserAttributes", Constraint.of().format("json"))
        .build();

    public SegmentDimensions() {
      super(SCHEMA);
    }

    /**
     * One or more custom attributes to use as criteria for the segment. For more information see <a
     * href="https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-segments.html#apps-application-id-segments-model-attributedimension">AttributeDimension</a>
     *
     * <p>Format: {@code json}. CloudFormation property {@code Attributes}.
     */
    public SegmentDimensions attributes(Value<Json> value) {
      return set("Attributes", value);
    }

    /**
     * The behavior-based criteria, such as how recently users have used your app, for the segment.
     *
     * <p>CloudFormation property {@code Behavior}.
     */
    public SegmentDimensions behavior(Value<Behavior> value) {
      return set("Behavior", value);
    }

    /**
     * The demographic-based criteria, such as device platform, for the segment.
     *
     * <p>CloudFormation property {@code Demographic}.
     */
    public SegmentDimensions demographic(Value<Demographic> value) {
      return set("Demographic", value);
    }

    /**
     * The location-based criteria, such as region or GPS coordinates, for the segment.
     *
     * <p>CloudFormation property {@code Location}.
     */
    public SegmentDimensions location(Value<Location> value) {
      return set("Location", value);
    }

    /**
     * One or more custom metrics to use as criteria for the segment.
     *
     * <p>Format: {@code json}. CloudFormation property {@code Metrics}.
     */
    public SegmentDimensions metrics(Value<Json> value) {
      return set("Metrics", value);
    }

    /**
     * One or more custom user attributes to use as criteria for the segment.
     *
     * <p>Format: {@code json}. CloudFormation property {@code UserAttributes}.
     */
    public SegmentDimensions userAttributes(Value<Json> value) {
      return set("UserAttributes", value);
    }
  }

  /**
   * Specifies the set of segment criteria to evaluate when handling segment groups for the segment.
   *
   * <p>Property type {@code AWS::Pinpoint::Segment.SegmentGroups}.
   */
  public static final class SegmentGroups extends Struct<SegmentGroups> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Segment.SegmentGroups");

    public SegmentGroups() {
      super(SCHEMA);
    }

    /**
     * Specifies the set of segment criteria to evaluate when handling segment groups for the
     * segment.
     *
     * <p>CloudFormation property {@code Groups}.
     */
    public SegmentGroups groups(List<Groups> value) {
      return set("Groups", Value.listOf(value));
    }

    /** Sets {@code Groups} to this value; see {@link #groups(List)}. */
    public SegmentGroups groups(Value<List<Groups>> value) {
      return set("Groups", value);
    }

    /** Sets {@code Groups} to a list of these; see {@link #groups(List)}. */
    public SegmentGroups groups(Groups... values) {
      return set("Groups", Value.list(values));
    }

    /**
     * Specifies how to handle multiple segment groups for the segment. For example, if the segment
     * includes three segment groups, whether the resulting segment includes endpoints that match
     * all, any, or none of the segment groups.
     *
     * <p>CloudFormation property {@code Include}.
     */
    public SegmentGroups include(String value) {
      return set("Include", Value.of(value));
    }

    /** Sets {@code Include} to this value; see {@link #include(String)}. */
    public SegmentGroups include(Value<String> value) {
      return set("Include", value);
    }
  }

  /**
   * Specifies the dimension type and values for a segment dimension.
   *
   * <p>Property type {@code AWS::Pinpoint::Segment.SetDimension}.
   */
  public static final class SetDimension extends Struct<SetDimension> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Segment.SetDimension");

    public SetDimension() {
      super(SCHEMA);
    }

    /**
     * The type of segment dimension to use. Valid values are: <code>INCLUSIVE</code> , endpoints
     * that match the criteria are included in the segment; and, <code>EXCLUSIVE</code> , endpoints
     * that match the criteria are excluded from the segment.
     *
     * <p>CloudFormation property {@code DimensionType}.
     */
    public SetDimension dimensionType(String value) {
      return set("DimensionType", Value.of(value));
    }

    /** Sets {@code DimensionType} to this value; see {@link #dimensionType(String)}. */
    public SetDimension dimensionType(Value<String> value) {
      return set("DimensionType", value);
    }

    /**
     * The criteria values to use for the segment dimension. Depending on the value of the
     * <code>DimensionType</code> property, endpoints are included or excluded from the segment if
     * their values match the criteria values.
     *
     * <p>CloudFormation property {@code Values}.
     */
    public SetDimension values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public SetDimension values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * Specifies the base segment to build the segment on. A base segment, also called a <em>source
   * segment</em> , defines the initial population of endpoints for a segment. When you add
   * dimensions to the segment, Amazon Pinpoint filters the base segment by using the dimensions
   * that you specify.
   *
   * <p>You can specify more than one dimensional segment or only one imported segment. If you
   * specify an imported segment, the segment size estimate that displays on the Amazon Pinpoint
   * console indicates the size of the imported segment without any filters applied to it.
   *
   * <p>Property type {@code AWS::Pinpoint::Segment.SourceSegments}.
   */
  public static final class SourceSegments extends Struct<SourceSegments> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::Segment.SourceSegments")
        .required("Id")
        .build();

    public SourceSegments() {
      super(SCHEMA);
    }

    /**
     * The unique identifier for the source segment.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public SourceSegments id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public SourceSegments id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The version number of the source segment.
     *
     * <p>CloudFormation property {@code Version}.
     */
    public SourceSegments version(int value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(int)}. */
    public SourceSegments version(Value<Integer> value) {
      return set("Version", value);
    }
  }
}
