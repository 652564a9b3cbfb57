// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.emr;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.ec2.VPC;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kms.Key;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * The <code>AWS::EMR::Studio</code> resource specifies an Amazon EMR Studio. An EMR Studio is a
 * web-based, integrated development environment for fully managed Jupyter notebooks that run on
 * Amazon EMR clusters. For more information, see the <a
 * href="https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-studio.html"><em>Amazon EMR
 * Management Guide</em></a> .
 *
 * <p>CloudFormation type {@code AWS::EMR::Studio}.
 */
public final class Studio extends Resource<Studio> {
  private static final Schema SCHEMA = Schema.builder("AWS::EMR::Studio")
      .required("AuthMode", "DefaultS3Location", "EngineSecurityGroupId", "Name", "ServiceRole",
          "SubnetIds", "VpcId", "WorkspaceSecurityGroupId")
      .allowed("AuthMode", "SSO", "IAM")
      .constrain("DefaultS3Location", Constraint.of().pattern("^s3://.*").minLength(6).maxLength(10280))
      .references("DefaultS3Location", "AWS::S3::Bucket.Ref")
      .constrain("Description", Constraint.of().minLength(0).maxLength(256))
      .constrain("EncryptionKeyArn", Constraint.of().pattern("^arn:aws(-(cn|us-gov|iso-f|iso-e))?:[a-z-]+:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$").minLength(0).maxLength(10280))
      .references("EncryptionKeyArn", "AWS::KMS::Key.Arn")
      .constrain("EngineSecurityGroupId", Constraint.of().pattern("^sg-[a-zA-Z0-9\\-._]+$").minLength(4).maxLength(256))
      .references("EngineSecurityGroupId", "AWS::EC2::SecurityGroup.GroupId")
      .constrain("IdcInstanceArn", Constraint.of().minLength(20).maxLength(2048))
      .allowed("IdcUserAssignment", "REQUIRED", "OPTIONAL")
      .constrain("IdpAuthUrl", Constraint.of().pattern("^https://[0-9a-zA-Z]([-.\\w]*[0-9a-zA-Z])(:[0-9]*)*([?/#].*)?$").minLength(0).maxLength(4096))
      .constrain("IdpRelayStateParameterName", Constraint.of().minLength(0).maxLength(256))
      .constrain("Name", Constraint.of().pattern("[a-zA-Z0-9_-]+").minLength(1).maxLength(256))
      .constrain("ServiceRole", Constraint.of().pattern("^arn:aws(-(cn|us-gov|iso-f|iso-e))?:[a-z-]+:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$").minLength(0).maxLength(10280))
      .references("ServiceRole", "AWS::IAM::Role.Arn")
      .constrain("SubnetIds", Constraint.of().pattern("^(subnet-[a-f0-9]{13})|(subnet-[a-f0-9]{8})\\Z"))
      .references("SubnetIds", "AWS::EC2::Subnet.Ref")
      .constrain("UserRole", Constraint.of().pattern("^arn:aws(-(cn|us-gov|iso-f|iso-e))?:[a-z-]+:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$").minLength(0).maxLength(10280))
      .references("UserRole", "AWS::IAM::Role.Arn")
      .constrain("VpcId", Constraint.of().pattern("^(vpc-[0-9a-f]{8}|vpc-[0-9a-f]{17})$").minLength(0).maxLength(256).format("AWS::EC2::VPC.Id"))
      .references("VpcId", "AWS::EC2::VPC.Ref")
      .constrain("WorkspaceSecurityGroupId", Constraint.of().pattern("^sg-[a-zA-Z0-9\\-._]+$").minLength(0).maxLength(256))
      .references("WorkspaceSecurityGroupId", "AWS::EC2::SecurityGroup.GroupId")
      .refYields("StudioId")
      .attributes("Arn", "StudioId", "Url")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Studio(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies whether the Studio authenticates users using SSO or IAM.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code SSO}, {@code IAM}.
   * CloudFormation property {@code AuthMode}.
   */
  public Studio authMode(String value) {
    return set("AuthMode", Value.of(value));
  }

  /** Sets {@code AuthMode} to this value; see {@link #authMode(String)}. */
  public Studio authMode(Value<String> value) {
    return set("AuthMode", value);
  }

  /**
   * The Amazon S3 location to back up EMR Studio Workspaces and notebook files.
   *
   * <p>Required. Length: 6 to 10280 characters. Pattern: {@code ^s3://.*}. CloudFormation property
   * {@code DefaultS3Location}.
   */
  public Studio defaultS3Location(String value) {
    return set("DefaultS3Location", Value.of(value));
  }

  /** Sets {@code DefaultS3Location} to this value; see {@link #defaultS3Location(String)}. */
  public Studio defaultS3Location(Value<String> value) {
    return set("DefaultS3Location", value);
  }

  /**
   * Sets {@code DefaultS3Location} to the Ref of {@code AWS::S3::Bucket}; see {@link
   * #defaultS3Location(String)}.
   */
  public Studio defaultS3Location(Bucket resource) {
    return set("DefaultS3Location", resource.ref());
  }

  /**
   * A detailed description of the Amazon EMR Studio.
   *
   * <p>Length: 0 to 256 characters. CloudFormation property {@code Description}.
   */
  public Studio description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Studio description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The AWS key identifier (ARN) used to encrypt Amazon EMR Studio workspace and notebook files
   * when backed up to Amazon S3.
   *
   * <p>Changing it replaces the resource. Length: 0 to 10280 characters. Pattern: {@code
   * ^arn:aws(-(cn|us-gov|iso-f|iso-e))?:[a-z-]+:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$}.
   * CloudFormation property {@code EncryptionKeyArn}.
   */
  public Studio encryptionKeyArn(String value) {
    return set("EncryptionKeyArn", Value.of(value));
  }

  /** Sets {@code EncryptionKeyArn} to this value; see {@link #encryptionKeyArn(String)}. */
  public Studio encryptionKeyArn(Value<String> value) {
    return set("EncryptionKeyArn", value);
  }

  /**
   * Sets {@code EncryptionKeyArn} to the Arn of {@code AWS::KMS::Key}; see {@link
   * #encryptionKeyArn(String)}.
   */
  public Studio encryptionKeyArn(Key resource) {
    return set("EncryptionKeyArn", resource.arn());
  }

  /**
   * The ID of the Amazon EMR Studio Engine security group. The Engine security group allows inbound
   * network traffic from the Workspace security group, and it must be in the same VPC specified by
   * <code>VpcId</code> .
   *
   * <p>Required. Changing it replaces the resource. Length: 4 to 256 characters. Pattern: {@code
   * ^sg-[a-zA-Z0-9&#92;-._]+$}. CloudFormation property {@code EngineSecurityGroupId}.
   */
  public Studio engineSecurityGroupId(String value) {
    return set("EngineSecurityGroupId", Value.of(value));
  }

  /**
   * Sets {@code EngineSecurityGroupId} to this value; see {@link #engineSecurityGroupId(String)}.
   */
  public Studio engineSecurityGroupId(Value<String> value) {
    return set("EngineSecurityGroupId", value);
  }

  /**
   * Sets {@code EngineSecurityGroupId} to the GroupId of {@code AWS::EC2::SecurityGroup}; see
   * {@link #engineSecurityGroupId(String)}.
   */
  public Studio engineSecurityGroupId(SecurityGroup resource) {
    return set("EngineSecurityGroupId", resource.groupId());
  }

  /**
   * The ARN of the IAM Identity Center instance the Studio application belongs to.
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. CloudFormation property
   * {@code IdcInstanceArn}.
   */
  public Studio idcInstanceArn(String value) {
    return set("IdcInstanceArn", Value.of(value));
  }

  /** Sets {@code IdcInstanceArn} to this value; see {@link #idcInstanceArn(String)}. */
  public Studio idcInstanceArn(Value<String> value) {
    return set("IdcInstanceArn", value);
  }

  /**
   * Indicates whether the Studio has <code>REQUIRED</code> or <code>OPTIONAL</code> IAM Identity
   * Center user assignment. If the value is set to <code>REQUIRED</code> , users must be explicitly
   * assigned to the Studio application to access the Studio.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code REQUIRED}, {@code OPTIONAL}.
   * CloudFormation property {@code IdcUserAssignment}.
   */
  public Studio idcUserAssignment(String value) {
    return set("IdcUserAssignment", Value.of(value));
  }

  /** Sets {@code IdcUserAssignment} to this value; see {@link #idcUserAssignment(String)}. */
  public Studio idcUserAssignment(Value<String> value) {
    return set("IdcUserAssignment", value);
  }

  /**
   * Your identity provider's authentication endpoint. Amazon EMR Studio redirects federated users
   * to this endpoint for authentication when logging in to a Studio with the Studio URL.
   *
   * <p>Length: 0 to 4096 characters. Pattern: {@code
   * ^https://[0-9a-zA-Z]([-.&#92;w]*[0-9a-zA-Z])(:[0-9]*)*([?/#].*)?$}. CloudFormation property
   * {@code IdpAuthUrl}.
   */
  public Studio idpAuthUrl(String value) {
    return set("IdpAuthUrl", Value.of(value));
  }

  /** Sets {@code IdpAuthUrl} to this value; see {@link #idpAuthUrl(String)}. */
  public Studio idpAuthUrl(Value<String> value) {
    return set("IdpAuthUrl", value);
  }

  /**
   * The name of your identity provider's <code>RelayState</code> parameter.
   *
   * <p>Length: 0 to 256 characters. CloudFormation property {@code IdpRelayStateParameterName}.
   */
  public Studio idpRelayStateParameterName(String value) {
    return set("IdpRelayStateParameterName", Value.of(value));
  }

  /**
   * Sets {@code IdpRelayStateParameterName} to this value; see {@link
   * #idpRelayStateParameterName(String)}.
   */
  public Studio idpRelayStateParameterName(Value<String> value) {
    return set("IdpRelayStateParameterName", value);
  }

  /**
   * A descriptive name for the Amazon EMR Studio.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code [a-zA-Z0-9_-]+}. CloudFormation
   * property {@code Name}.
   */
  public Studio name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Studio name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role that will be assumed by the Amazon EMR Studio.
   * The service role provides a way for Amazon EMR Studio to interoperate with other AWS services.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 10280 characters. Pattern: {@code
   * ^arn:aws(-(cn|us-gov|iso-f|iso-e))?:[a-z-]+:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$}.
   * CloudFormation property {@code ServiceRole}.
   */
  public Studio serviceRole(String value) {
    return set("ServiceRole", Value.of(value));
  }

  /** Sets {@code ServiceRole} to this value; see {@link #serviceRole(String)}. */
  public Studio serviceRole(Value<String> value) {
    return set("ServiceRole", value);
  }

  /**
   * Sets {@code ServiceRole} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #serviceRole(String)}.
   */
  public Studio serviceRole(Role resource) {
    return set("ServiceRole", resource.arn());
  }

  /**
   * A list of subnet IDs to associate with the Amazon EMR Studio. A Studio can have a maximum of 5
   * subnets. The subnets must belong to the VPC specified by <code>VpcId</code> . Studio users can
   * create a Workspace in any of the specified subnets.
   *
   * <p>Required. Pattern: {@code ^(subnet-[a-f0-9]{13})|(subnet-[a-f0-9]{8})&#92;Z}. CloudFormation
   * property {@code SubnetIds}.
   */
  public Studio subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public Studio subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * Sets {@code SubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
   * #subnetIds(List)}.
   */
  public Studio subnetIds(Subnet... resources) {
    return set("SubnetIds", Value.refs(resources));
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Studio tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Studio tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Studio tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Indicates whether the Studio has Trusted identity propagation enabled. The default value is
   * <code>false</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * TrustedIdentityPropagationEnabled}.
   */
  public Studio trustedIdentityPropagationEnabled(boolean value) {
    return set("TrustedIdentityPropagationEnabled", Value.of(value));
  }

  /**
   * Sets {@code TrustedIdentityPropagationEnabled} to this value; see {@link
   * #trustedIdentityPropagationEnabled(boolean)}.
   */
  public Studio trustedIdentityPropagationEnabled(Value<Boolean> value) {
    return set("TrustedIdentityPropagationEnabled", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM user role that will be assumed by users and groups
   * logged in to a Studio. The permissions attached to this IAM role can be scoped down for each
   * user or group using session policies. You only need to specify <code>UserRole</code> when you
   * set <code>AuthMode</code> to <code>SSO</code> .
   *
   * <p>Changing it replaces the resource. Length: 0 to 10280 characters. Pattern: {@code
   * ^arn:aws(-(cn|us-gov|iso-f|iso-e))?:[a-z-]+:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$}.
   * CloudFormation property {@code UserRole}.
   */
  public Studio userRole(String value) {
    return set("UserRole", Value.of(value));
  }

  /** Sets {@code UserRole} to this value; see {@link #userRole(String)}. */
  public Studio userRole(Value<String> value) {
    return set("UserRole", value);
  }

  /** Sets {@code UserRole} to the Arn of {@code AWS::IAM::Role}; see {@link #userRole(String)}. */
  public Studio userRole(Role resource) {
    return set("UserRole", resource.arn());
  }

  /**
   * The ID of the Amazon Virtual Private Cloud (Amazon VPC) to associate with the Studio.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * ^(vpc-[0-9a-f]{8}|vpc-[0-9a-f]{17})$}. Format: {@code AWS::EC2::VPC.Id}. CloudFormation
   * property {@code VpcId}.
   */
  public Studio vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public Studio vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
  public Studio vpcId(VPC resource) {
    return set("VpcId", resource.ref());
  }

  /**
   * The ID of the Workspace security group associated with the Amazon EMR Studio. The Workspace
   * security group allows outbound network traffic to resources in the Engine security group and to
   * the internet.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * ^sg-[a-zA-Z0-9&#92;-._]+$}. CloudFormation property {@code WorkspaceSecurityGroupId}.
   */
  public Studio workspaceSecurityGroupId(String value) {
    return set("WorkspaceSecurityGroupId", Value.of(value));
  }

  /**
   * Sets {@code WorkspaceSecurityGroupId} to this value; see {@link
   * #workspaceSecurityGroupId(String)}.
   */
  public Studio workspaceSecurityGroupId(Value<String> value) {
    return set("WorkspaceSecurityGroupId", value);
  }

  /**
   * Sets {@code WorkspaceSecurityGroupId} to the GroupId of {@code AWS::EC2::SecurityGroup}; see
   * {@link #workspaceSecurityGroupId(String)}.
   */
  public Studio workspaceSecurityGroupId(SecurityGroup resource) {
    return set("WorkspaceSecurityGroupId", resource.groupId());
  }

  /**
   * The Amazon Resource Name (ARN) of the Amazon EMR Studio. For example:
   * <code>arn:aws:elasticmapreduce:us-east-1:653XXXXXXXXX:studio/es-EXAMPLE12345678XXXXXXXXXXX</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the Amazon EMR Studio. For example: <code>es-EXAMPLE12345678XXXXXXXXXXX</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code StudioId}.
   */
  public Value<String> studioId() {
    return getAtt("StudioId");
  }

  /**
   * The unique access URL of the Amazon EMR Studio. For example:
   * <code>https://es-EXAMPLE12345678XXXXXXXXXXX.emrstudio-prod.us-east-1.amazonaws.com</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Url}.
   */
  public Value<String> url() {
    return getAtt("Url");
  }
}
