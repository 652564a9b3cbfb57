// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotsitewise;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The AWS IoT SiteWise Monitor feature will no longer be open to new customers starting November 7,
 * 2025 . If you would like to use the AWS IoT SiteWise Monitor feature, sign up prior to that date.
 * Existing customers can continue to use the service as normal. For more information, see <a
 * href="https://docs.aws.amazon.com/iot-sitewise/latest/appguide/iotsitewise-monitor-availability-change.html">AWS
 * IoT SiteWise Monitor availability change</a> .
 *
 * <p>Creates a project in the specified portal.
 *
 * <p>Make sure that the project name and description don't contain confidential information.
 *
 * <p>CloudFormation type {@code AWS::IoTSiteWise::Project}.
 */
public final class Project extends Resource<Project> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Project")
      .required("PortalId", "ProjectName")
      .constrain("PortalId", Constraint.of().pattern("^(?!00000000-0000-0000-0000-000000000000)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$").minLength(36).maxLength(36))
      .constrain("ProjectDescription", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(2048))
      .constrain("ProjectName", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(256))
      .refYields("ProjectId")
      .attributes("ProjectArn", "ProjectId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Project(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list that contains the IDs of each asset associated with the project.
   *
   * <p>CloudFormation property {@code AssetIds}.
   */
  public Project assetIds(List<String> value) {
    return set("AssetIds", Value.listOf(value));
  }

  /** Sets {@code AssetIds} to this value; see {@link #assetIds(List)}. */
  public Project assetIds(Value<List<String>> value) {
    return set("AssetIds", value);
  }

  /**
   * The ID of the portal in which to create the project.
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * ^(?!00000000-0000-0000-0000-000000000000)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$}.
   * CloudFormation property {@code PortalId}.
   */
  public Project portalId(String value) {
    return set("PortalId", Value.of(value));
  }

  /** Sets {@code PortalId} to this value; see {@link #portalId(String)}. */
  public Project portalId(Value<String> value) {
    return set("PortalId", value);
  }

  /**
   * A description for the project.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}.
   * CloudFormation property {@code ProjectDescription}.
   */
  public Project projectDescription(String value) {
    return set("ProjectDescription", Value.of(value));
  }

  /** Sets {@code ProjectDescription} to this value; see {@link #projectDescription(String)}. */
  public Project projectDescription(Value<String> value) {
    return set("ProjectDescription", value);
  }

  /**
   * A friendly name for the project.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code
   * ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}. CloudFormation property {@code ProjectName}.
   */
  public Project projectName(String value) {
    return set("ProjectName", Value.of(value));
  }

  /** Sets {@code ProjectName} to this value; see {@link #projectName(String)}. */
  public Project projectName(Value<String> value) {
    return set("ProjectName", value);
  }

  /**
   * A list of key-value pairs that contain metadata for the project. For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/tag-resources.html">Tagging
   * your AWS IoT SiteWise resources</a> in the <em>AWS IoT SiteWise User Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Project tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Project tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Project tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">ARN</a> of
   * the project, which has the following format.
   *
   * <p><code>arn:${Partition}:iotsitewise:${Region}:${Account}:project/${ProjectId}</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProjectArn}.
   */
  public Value<String> projectArn() {
    return getAtt("ProjectArn");
  }

  /**
   * The ID of the project.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProjectId}.
   */
  public Value<String> projectId() {
    return getAtt("ProjectId");
  }
}
