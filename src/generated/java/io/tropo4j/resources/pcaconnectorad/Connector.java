// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pcaconnectorad;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a connector between AWS Private CA and an Active Directory. You must specify the private
 * CA, directory ID, and security groups.
 *
 * <p>CloudFormation type {@code AWS::PCAConnectorAD::Connector}.
 */
public final class Connector extends Resource<Connector> {
  private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::Connector")
      .required("CertificateAuthorityArn", "DirectoryId", "VpcInformation")
      .constrain("CertificateAuthorityArn", Constraint.of().pattern("^arn:[\\w-]+:acm-pca:[\\w-]+:[0-9]+:certificate-authority\\/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$").minLength(5).maxLength(200))
      .constrain("DirectoryId", Constraint.of().pattern("^d-[0-9a-f]{10}$"))
      .refYields("ConnectorArn")
      .attributes("ConnectorArn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Connector(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the certificate authority being used.
   *
   * <p>Required. Changing it replaces the resource. Length: 5 to 200 characters. Pattern: {@code
   * ^arn:[&#92;w-]+:acm-pca:[&#92;w-]+:[0-9]+:certificate-authority&#92;/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$}.
   * CloudFormation property {@code CertificateAuthorityArn}.
   */
  public Connector certificateAuthorityArn(String value) {
    return set("CertificateAuthorityArn", Value.of(value));
  }

  /**
   * Sets {@code CertificateAuthorityArn} to this value; see {@link
   * #certificateAuthorityArn(String)}.
   */
  public Connector certificateAuthorityArn(Value<String> value) {
    return set("CertificateAuthorityArn", value);
  }

  /**
   * The identifier of the Active Directory.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^d-[0-9a-f]{10}$}.
   * CloudFormation property {@code DirectoryId}.
   */
  public Connector directoryId(String value) {
    return set("DirectoryId", Value.of(value));
  }

  /** Sets {@code DirectoryId} to this value; see {@link #directoryId(String)}. */
  public Connector directoryId(Value<String> value) {
    return set("DirectoryId", value);
  }

  /**
   * Metadata assigned to a connector consisting of a key-value pair.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Connector tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Connector tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Connector tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * Information of the VPC and security group(s) used with the connector.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code VpcInformation}.
   */
  public Connector vpcInformation(Value<VpcInformation> value) {
    return set("VpcInformation", value);
  }

  /**
   * The Amazon Resource Name (ARN) that was returned when you called <a
   * href="https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_CreateConnector.html">CreateConnector</a>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectorArn}.
   */
  public Value<String> connectorArn() {
    return getAtt("ConnectorArn");
  }

  /**
   * Information about your VPC and security groups used with the connector.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Connector.VpcInformation}.
   */
  public static final class VpcInformation extends Struct<VpcInformation> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::Connector.VpcInformation")
        .required("SecurityGroupIds")
        .allowed("IpAddressType", "IPV4", "DUALSTACK")
        .constrain("SecurityGroupIds", Constraint.of().pattern("^(?:sg-[0-9a-f]{8}|sg-[0-9a-f]{17})$").minLength(11).maxLength(20).format("AWS::EC2::SecurityGroup.Id"))
        .build();

    public VpcInformation() {
      super(SCHEMA);
    }

    /**
     * The VPC IP address type.
     *
     * <p>Allowed values: {@code IPV4}, {@code DUALSTACK}. CloudFormation property {@code
     * IpAddressType}.
     */
    public VpcInformation ipAddressType(String value) {
      return set("IpAddressType", Value.of(value));
    }

    /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
    public VpcInformation ipAddressType(Value<String> value) {
      return set("IpAddressType", value);
    }

    /**
     * The security groups used with the connector. You can use a maximum of 4 security groups with
     * a connector.
     *
     * <p>Required. Changing it replaces the resource. Length: 11 to 20 characters. Pattern: {@code
     * ^(?:sg-[0-9a-f]{8}|sg-[0-9a-f]{17})$}. Format: {@code AWS::EC2::SecurityGroup.Id}.
     * CloudFormation property {@code SecurityGroupIds}.
     */
    public VpcInformation securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcInformation securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }
  }
}
