// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appstream;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an app block builder.
 *
 * <p>CloudFormation type {@code AWS::AppStream::AppBlockBuilder}.
 */
public final class AppBlockBuilder extends Resource<AppBlockBuilder> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppStream::AppBlockBuilder")
      .required("InstanceType", "Name", "Platform", "VpcConfig")
      .constrain("Description", Constraint.of().minLength(0).maxLength(256))
      .constrain("DisplayName", Constraint.of().minLength(0).maxLength(100))
      .constrain("IamRoleArn", Constraint.of().pattern("^arn:aws(?:\\-cn|\\-iso\\-b|\\-iso|\\-us\\-gov)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.\\\\-]{0,1023}$").format("AWS::IAM::Role.Arn"))
      .constrain("InstanceType", Constraint.of().minLength(1))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$"))
      .allowed("Platform", "WINDOWS_SERVER_2019")
      .refYields("Name")
      .attributes("Arn", "CreatedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AppBlockBuilder(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The access endpoints of the app block builder.
   *
   * <p>CloudFormation property {@code AccessEndpoints}.
   */
  public AppBlockBuilder accessEndpoints(List<AccessEndpoint> value) {
    return set("AccessEndpoints", Value.listOf(value));
  }

  /** Sets {@code AccessEndpoints} to this value; see {@link #accessEndpoints(List)}. */
  public AppBlockBuilder accessEndpoints(Value<List<AccessEndpoint>> value) {
    return set("AccessEndpoints", value);
  }

  /** Sets {@code AccessEndpoints} to a list of these; see {@link #accessEndpoints(List)}. */
  public AppBlockBuilder accessEndpoints(AccessEndpoint... values) {
    return set("AccessEndpoints", Value.list(values));
  }

  /**
   * The ARN of the app block.
   *
   * <p><em>Maximum</em> : <code>1</code>
   *
   * <p>CloudFormation property {@code AppBlockArns}.
   */
  public AppBlockBuilder appBlockArns(List<String> value) {
    return set("AppBlockArns", Value.listOf(value));
  }

  /** Sets {@code AppBlockArns} to this value; see {@link #appBlockArns(List)}. */
  public AppBlockBuilder appBlockArns(Value<List<String>> value) {
    return set("AppBlockArns", value);
  }

  /**
   * The description of the app block builder.
   *
   * <p>Length: 0 to 256 characters. CloudFormation property {@code Description}.
   */
  public AppBlockBuilder description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public AppBlockBuilder description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The display name of the app block builder.
   *
   * <p>Length: 0 to 100 characters. CloudFormation property {@code DisplayName}.
   */
  public AppBlockBuilder displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public AppBlockBuilder displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * Indicates whether default internet access is enabled for the app block builder.
   *
   * <p>CloudFormation property {@code EnableDefaultInternetAccess}.
   */
  public AppBlockBuilder enableDefaultInternetAccess(boolean value) {
    return set("EnableDefaultInternetAccess", Value.of(value));
  }

  /**
   * Sets {@code EnableDefaultInternetAccess} to this value; see {@link
   * #enableDefaultInternetAccess(boolean)}.
   */
  public AppBlockBuilder enableDefaultInternetAccess(Value<Boolean> value) {
    return set("EnableDefaultInternetAccess", value);
  }

  /**
   * The ARN of the IAM role that is applied to the app block builder.
   *
   * <p>Pattern: {@code
   * ^arn:aws(?:&#92;-cn|&#92;-iso&#92;-b|&#92;-iso|&#92;-us&#92;-gov)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,&#64;.&#92;&#92;-]{0,1023}$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code IamRoleArn}.
   */
  public AppBlockBuilder iamRoleArn(String value) {
    return set("IamRoleArn", Value.of(value));
  }

  /** Sets {@code IamRoleArn} to this value; see {@link #iamRoleArn(String)}. */
  public AppBlockBuilder iamRoleArn(Value<String> value) {
    return set("IamRoleArn", value);
  }

  /**
   * The instance type of the app block builder.
   *
   * <p>Required. Length: at least 1 characters. CloudFormation property {@code InstanceType}.
   */
  public AppBlockBuilder instanceType(String value) {
    return set("InstanceType", Value.of(value));
  }

  /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
  public AppBlockBuilder instanceType(Value<String> value) {
    return set("InstanceType", value);
  }

  /**
   * The name of the app block builder.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$}. CloudFormation property {@code Name}.
   */
  public AppBlockBuilder name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AppBlockBuilder name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The platform of the app block builder.
   *
   * <p><em>Allowed values</em> : <code>WINDOWS_SERVER_2019</code>
   *
   * <p>Required. Allowed values: {@code WINDOWS_SERVER_2019}. CloudFormation property {@code
   * Platform}.
   */
  public AppBlockBuilder platform(String value) {
    return set("Platform", Value.of(value));
  }

  /** Sets {@code Platform} to this value; see {@link #platform(String)}. */
  public AppBlockBuilder platform(Value<String> value) {
    return set("Platform", value);
  }

  /**
   * The tags of the app block builder.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AppBlockBuilder tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AppBlockBuilder tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AppBlockBuilder tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The VPC configuration for the app block builder.
   *
   * <p>Required. CloudFormation property {@code VpcConfig}.
   */
  public AppBlockBuilder vpcConfig(Value<VpcConfig> value) {
    return set("VpcConfig", value);
  }

  /**
   * The ARN of the app block builder.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time when the app block builder was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * Describes an interface VPC endpoint (interface endpoint) that lets you create a private
   * connection between the virtual private cloud (VPC) that you specify and AppStream 2.0. When you
   * specify an interface endpoint for a stack, users of the stack can connect to AppStream 2.0 only
   * through that endpoint. When you specify an interface endpoint for an image builder,
   * administrators can connect to the image builder only through that endpoint.
   *
   * <p>Property type {@code AWS::AppStream::AppBlockBuilder.AccessEndpoint}.
   */
  public static final class AccessEndpoint extends Struct<AccessEndpoint> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppStream::AppBlockBuilder.AccessEndpoint")
        .required("EndpointType", "VpceId")
        .allowed("EndpointType", "STREAMING")
        .constrain("VpceId", Constraint.of().minLength(1))
        .build();

    public AccessEndpoint() {
      super(SCHEMA);
    }

    /**
     * The type of interface endpoint.
     *
     * <p>Required. Allowed values: {@code STREAMING}. CloudFormation property {@code EndpointType}.
     */
    public AccessEndpoint endpointType(String value) {
      return set("EndpointType", Value.of(value));
    }

    /** Sets {@code EndpointType} to this value; see {@link #endpointType(String)}. */
    public AccessEndpoint endpointType(Value<String> value) {
      return set("EndpointType", value);
    }

    /**
     * The identifier (ID) of the VPC in which the interface endpoint is used.
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code VpceId}.
     */
    public AccessEndpoint vpceId(String value) {
      return set("VpceId", Value.of(value));
    }

    /** Sets {@code VpceId} to this value; see {@link #vpceId(String)}. */
    public AccessEndpoint vpceId(Value<String> value) {
      return set("VpceId", value);
    }
  }

  /**
   * Describes VPC configuration information for fleets and image builders.
   *
   * <p>Property type {@code AWS::AppStream::AppBlockBuilder.VpcConfig}.
   */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppStream::AppBlockBuilder.VpcConfig")
        .constrain("SecurityGroupIds", Constraint.of().minLength(1).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("SubnetIds", Constraint.of().minLength(1))
        .build();

    public VpcConfig() {
      super(SCHEMA);
    }

    /**
     * The identifiers of the security groups for the fleet or image builder.
     *
     * <p>Length: at least 1 characters. Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation
     * property {@code SecurityGroupIds}.
     */
    public VpcConfig securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcConfig securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The identifiers of the subnets to which a network interface is attached from the fleet
     * instance or image builder instance. Fleet instances use one or more subnets. Image builder
     * instances use one subnet.
     *
     * <p>Length: at least 1 characters. CloudFormation property {@code SubnetIds}.
     */
    public VpcConfig subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public VpcConfig subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }
  }
}
