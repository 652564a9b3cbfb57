// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ssm;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::SSM::MaintenanceWindowTarget</code> resource registers a target with a maintenance
 * window for AWS Systems Manager . For more information, see <a
 * href="https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_RegisterTargetWithMaintenanceWindow.html">RegisterTargetWithMaintenanceWindow</a>
 * in the <em>AWS Systems Manager API Reference</em> .
 *
 * <p>CloudFormation type {@code AWS::SSM::MaintenanceWindowTarget}.
 */
public final class MaintenanceWindowTarget extends Resource<MaintenanceWindowTarget> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSM::MaintenanceWindowTarget")
      .required("ResourceType", "Targets", "WindowId")
      .constrain("Description", Constraint.of().minLength(1).maxLength(128))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_\\-.]{3,128}$").minLength(3).maxLength(128))
      .constrain("OwnerInformation", Constraint.of().minLength(1).maxLength(128))
      .allowed("ResourceType", "INSTANCE", "RESOURCE_GROUP")
      .constrain("WindowId", Constraint.of().pattern("^mw-[0-9a-f]{17}$").minLength(20).maxLength(20))
      .refYields("WindowTargetId")
      .attributes("WindowTargetId")
      .build();

  public MaintenanceWindowTarget(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description for the target.
   *
   * <p>Length: 1 to 128 characters. CloudFormation property {@code Description}.
   */
  public MaintenanceWindowTarget description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public MaintenanceWindowTarget description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name for the maintenance window target.
   *
   * <p>Length: 3 to 128 characters. Pattern: {@code ^[a-zA-Z0-9_&#92;-.]{3,128}$}. CloudFormation
   * property {@code Name}.
   */
  public MaintenanceWindowTarget name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public MaintenanceWindowTarget name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A user-provided value that will be included in any Amazon CloudWatch Events events that are
   * raised while running tasks for these targets in this maintenance window.
   *
   * <p>Length: 1 to 128 characters. CloudFormation property {@code OwnerInformation}.
   */
  public MaintenanceWindowTarget ownerInformation(String value) {
    return set("OwnerInformation", Value.of(value));
  }

  /** Sets {@code OwnerInformation} to this value; see {@link #ownerInformation(String)}. */
  public MaintenanceWindowTarget ownerInformation(Value<String> value) {
    return set("OwnerInformation", value);
  }

  /**
   * The type of target that is being registered with the maintenance window.
   *
   * <p>Required. Allowed values: {@code INSTANCE}, {@code RESOURCE_GROUP}. CloudFormation property
   * {@code ResourceType}.
   */
  public MaintenanceWindowTarget resourceType(String value) {
    return set("ResourceType", Value.of(value));
  }

  /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
  public MaintenanceWindowTarget resourceType(Value<String> value) {
    return set("ResourceType", value);
  }

  /**
   * The targets to register with the maintenance window. In other words, the instances to run
   * commands on when the maintenance window runs.
   *
   * <p>You must specify targets by using the <code>WindowTargetIds</code> parameter.
   *
   * <p>Required. CloudFormation property {@code Targets}.
   */
  public MaintenanceWindowTarget targets(List<Targets> value) {
    return set("Targets", Value.listOf(value));
  }

  /** Sets {@code Targets} to this value; see {@link #targets(List)}. */
  public MaintenanceWindowTarget targets(Value<List<Targets>> value) {
    return set("Targets", value);
  }

  /** Sets {@code Targets} to a list of these; see {@link #targets(List)}. */
  public MaintenanceWindowTarget targets(Targets... values) {
    return set("Targets", Value.list(values));
  }

  /**
   * The ID of the maintenance window to register the target with.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 20 characters. Pattern: {@code
   * ^mw-[0-9a-f]{17}$}. CloudFormation property {@code WindowId}.
   */
  public MaintenanceWindowTarget windowId(String value) {
    return set("WindowId", Value.of(value));
  }

  /** Sets {@code WindowId} to this value; see {@link #windowId(String)}. */
  public MaintenanceWindowTarget windowId(Value<String> value) {
    return set("WindowId", value);
  }

  /**
   * The ID of the target.
   *
   * <p>{@code Fn::GetAtt} attribute {@code WindowTargetId}.
   */
  public Value<String> windowTargetId() {
    return getAtt("WindowTargetId");
  }

  /**
   * The <code>Targets</code> property type specifies adding a target to a maintenance window target
   * in AWS Systems Manager .
   *
   * <p><code>Targets</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-maintenancewindowtarget.html">AWS::SSM::MaintenanceWindowTarget</a>
   * resource.
   *
   * <p>Property type {@code AWS::SSM::MaintenanceWindowTarget.Targets}.
   */
  public static final class Targets extends Struct<Targets> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSM::MaintenanceWindowTarget.Targets")
        .required("Key", "Values")
        .constrain("Key", Constraint.of().pattern("^[\\p{L}\\p{Z}\\p{N}_.:/=\\-@]*$|resource-groups:ResourceTypeFilters|resource-groups:Name$").minLength(1).maxLength(163))
        .build();

    public Targets() {
      super(SCHEMA);
    }

    /**
     * User-defined criteria for sending commands that target managed nodes that meet the criteria.
     *
     * <p>Required. Length: 1 to 163 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=&#92;-&#64;]*$|resource-groups:ResourceTypeFilters|resource-groups:Name$}.
     * CloudFormation property {@code Key}.
     */
    public Targets key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public Targets key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * User-defined criteria that maps to <code>Key</code> . For example, if you specified
     * <code>tag:ServerRole</code> , you could specify <code>value:WebServer</code> to run a command
     * on instances that include EC2 tags of <code>ServerRole,WebServer</code> .
     *
     * <p>Depending on the type of target, the maximum number of values for a key might be lower
     * than the global maximum of 50.
     *
     * <p>Required. CloudFormation property {@code Values}.
     */
    public Targets values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public Targets values(Value<List<String>> value) {
      return set("Values", value);
    }
  }
}
