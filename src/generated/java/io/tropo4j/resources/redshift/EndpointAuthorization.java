// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.redshift;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.VPC;
import java.util.List;

/**
 * Describes an endpoint authorization for authorizing Redshift-managed VPC endpoint access to a
 * cluster across AWS accounts .
 *
 * <p>CloudFormation type {@code AWS::Redshift::EndpointAuthorization}.
 */
public final class EndpointAuthorization extends Resource<EndpointAuthorization> {
  private static final Schema SCHEMA = Schema.builder("AWS::Redshift::EndpointAuthorization")
      .required("Account", "ClusterIdentifier")
      .constrain("Account", Constraint.of().pattern("^\\d{12}$"))
      .constrain("ClusterIdentifier", Constraint.of().pattern("^(?=^[a-z][a-z0-9]*(-[a-z0-9]+)*$).{1,63}$"))
      .constrain("VpcIds", Constraint.of().pattern("^vpc-[A-Za-z0-9]{1,17}$"))
      .references("VpcIds", "AWS::EC2::VPC.Ref")
      .attributes("AllowedAllVPCs", "AllowedVPCs", "AuthorizeTime", "ClusterStatus",
          "EndpointCount", "Grantee", "Grantor", "Status")
      .build();

  public EndpointAuthorization(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The AWS account ID of either the cluster owner (grantor) or grantee. If <code>Grantee</code>
   * parameter is true, then the <code>Account</code> value is of the grantor.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^&#92;d{12}$}. CloudFormation
   * property {@code Account}.
   */
  public EndpointAuthorization account(String value) {
    return set("Account", Value.of(value));
  }

  /** Sets {@code Account} to this value; see {@link #account(String)}. */
  public EndpointAuthorization account(Value<String> value) {
    return set("Account", value);
  }

  /**
   * The cluster identifier.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^(?=^[a-z][a-z0-9]*(-[a-z0-9]+)*$).{1,63}$}. CloudFormation property {@code ClusterIdentifier}.
   */
  public EndpointAuthorization clusterIdentifier(String value) {
    return set("ClusterIdentifier", Value.of(value));
  }

  /** Sets {@code ClusterIdentifier} to this value; see {@link #clusterIdentifier(String)}. */
  public EndpointAuthorization clusterIdentifier(Value<String> value) {
    return set("ClusterIdentifier", value);
  }

  /**
   * Indicates whether to force the revoke action. If true, the Redshift-managed VPC endpoints
   * associated with the endpoint authorization are also deleted.
   *
   * <p>CloudFormation property {@code Force}.
   */
  public EndpointAuthorization force(boolean value) {
    return set("Force", Value.of(value));
  }

  /** Sets {@code Force} to this value; see {@link #force(boolean)}. */
  public EndpointAuthorization force(Value<Boolean> value) {
    return set("Force", value);
  }

  /**
   * The virtual private cloud (VPC) identifiers to grant access to.
   *
   * <p>Pattern: {@code ^vpc-[A-Za-z0-9]{1,17}$}. CloudFormation property {@code VpcIds}.
   */
  public EndpointAuthorization vpcIds(List<String> value) {
    return set("VpcIds", Value.listOf(value));
  }

  /** Sets {@code VpcIds} to this value; see {@link #vpcIds(List)}. */
  public EndpointAuthorization vpcIds(Value<List<String>> value) {
    return set("VpcIds", value);
  }

  /** Sets {@code VpcIds} to the Ref of each {@code AWS::EC2::VPC}; see {@link #vpcIds(List)}. */
  public EndpointAuthorization vpcIds(VPC... resources) {
    return set("VpcIds", Value.refs(resources));
  }

  /**
   * Indicates whether all VPCs in the grantee account are allowed access to the cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AllowedAllVPCs}.
   */
  public Value<Boolean> allowedAllVPCs() {
    return getAtt("AllowedAllVPCs");
  }

  /**
   * The VPCs allowed access to the cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AllowedVPCs}.
   */
  public Value<List<String>> allowedVPCs() {
    return getAtt("AllowedVPCs");
  }

  /**
   * The time (UTC) when the authorization was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AuthorizeTime}.
   */
  public Value<String> authorizeTime() {
    return getAtt("AuthorizeTime");
  }

  /**
   * The status of the cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterStatus}.
   */
  public Value<String> clusterStatus() {
    return getAtt("ClusterStatus");
  }

  /**
   * The number of Redshift-managed VPC endpoints created for the authorization.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EndpointCount}.
   */
  public Value<Integer> endpointCount() {
    return getAtt("EndpointCount");
  }

  /**
   * The AWS account ID of the grantee of the cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Grantee}.
   */
  public Value<String> grantee() {
    return getAtt("Grantee");
  }

  /**
   * The AWS account ID of the cluster owner.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Grantor}.
   */
  public Value<String> grantor() {
    return getAtt("Grantor");
  }

  /**
   * The status of the authorization action.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
