// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.vpclattice;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Associates the specified service network with the specified resource configuration. This allows
 * the resource configuration to receive connections through the service network, including through
 * a service network VPC endpoint.
 *
 * <p>CloudFormation type {@code AWS::VpcLattice::ServiceNetworkResourceAssociation}.
 */
public final class ServiceNetworkResourceAssociation extends Resource<ServiceNetworkResourceAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::ServiceNetworkResourceAssociation")
      .constrain("ResourceConfigurationId", Constraint.of().pattern("^rcfg-[0-9a-z]{17}$").minLength(17).maxLength(2048))
      .constrain("ServiceNetworkId", Constraint.of().pattern("^((sn-[0-9a-z]{17})|(arn:[a-z0-9\\-]+:vpc-lattice:[a-zA-Z0-9\\-]+:\\d{12}:servicenetwork/sn-[0-9a-z]{17}))$").minLength(3).maxLength(2048))
      .refYields("Arn")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ServiceNetworkResourceAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates if private DNS is enabled for the service network resource association.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PrivateDnsEnabled}.
   */
  public ServiceNetworkResourceAssociation privateDnsEnabled(boolean value) {
    return set("PrivateDnsEnabled", Value.of(value));
  }

  /** Sets {@code PrivateDnsEnabled} to this value; see {@link #privateDnsEnabled(boolean)}. */
  public ServiceNetworkResourceAssociation privateDnsEnabled(Value<Boolean> value) {
    return set("PrivateDnsEnabled", value);
  }

  /**
   * The ID of the resource configuration associated with the service network.
   *
   * <p>Changing it replaces the resource. Length: 17 to 2048 characters. Pattern: {@code
   * ^rcfg-[0-9a-z]{17}$}. CloudFormation property {@code ResourceConfigurationId}.
   */
  public ServiceNetworkResourceAssociation resourceConfigurationId(String value) {
    return set("ResourceConfigurationId", Value.of(value));
  }

  /**
   * Sets {@code ResourceConfigurationId} to this value; see {@link
   * #resourceConfigurationId(String)}.
   */
  public ServiceNetworkResourceAssociation resourceConfigurationId(Value<String> value) {
    return set("ResourceConfigurationId", value);
  }

  /**
   * The ID of the service network associated with the resource configuration.
   *
   * <p>Changing it replaces the resource. Length: 3 to 2048 characters. Pattern: {@code
   * ^((sn-[0-9a-z]{17})|(arn:[a-z0-9&#92;-]+:vpc-lattice:[a-zA-Z0-9&#92;-]+:&#92;d{12}:servicenetwork/sn-[0-9a-z]{17}))$}.
   * CloudFormation property {@code ServiceNetworkId}.
   */
  public ServiceNetworkResourceAssociation serviceNetworkId(String value) {
    return set("ServiceNetworkId", Value.of(value));
  }

  /** Sets {@code ServiceNetworkId} to this value; see {@link #serviceNetworkId(String)}. */
  public ServiceNetworkResourceAssociation serviceNetworkId(Value<String> value) {
    return set("ServiceNetworkId", value);
  }

  /**
   * A key-value pair to associate with a resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ServiceNetworkResourceAssociation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ServiceNetworkResourceAssociation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ServiceNetworkResourceAssociation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the association between the service network and resource configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
